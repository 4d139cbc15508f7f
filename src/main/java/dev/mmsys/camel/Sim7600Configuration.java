package dev.mmsys.camel;

import dev.mmsys.sms.SmsOptions;
import dev.mmsys.modem.AuthType;
import dev.mmsys.modem.HttpOptions;
import dev.mmsys.modem.NetworkSettings;
import dev.mmsys.modem.PdpType;
import dev.mmsys.modem.ReceiveMode;
import dev.mmsys.modem.SessionSettings;
import java.time.Duration;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The URI options of a {@code sim7600:} endpoint (and the component's defaults for them). */
@UriParams
public class Sim7600Configuration implements Cloneable {

    @UriParam(defaultValue = "sendMms", description = "What the producer does: sendMms (body = M-Send.req), "
            + "sendSms (body = SMS-SUBMIT PDUs, or a text with the CamelSim7600To header) or info.")
    private Sim7600Operation operation = Sim7600Operation.sendMms;

    // ---- PDP context ------------------------------------------------------------------------------------

    @UriParam(label = "pdp", description = "APN of the context that reaches the MMSC (Mint: Wholesale). Empty "
            + "keeps the context as provisioned (APN and PDP type).")
    private String apn = "";

    @UriParam(label = "pdp", defaultValue = "IPV4V6", description = "PDP type. Carriers whose MMSC is reached "
            + "over IPv6 (T-Mobile, Mint) need IPV4V6 or IPV6.")
    private PdpType pdpType = PdpType.IPV4V6;

    @UriParam(label = "pdp", defaultValue = "1", description = "PDP context id (1-24) for the socket stack; "
            + "another than 1 is selected with AT+CSOCKSETPN.")
    private int cid = 1;

    @UriParam(label = "pdp", defaultValue = "false", description = "Send AT+CSOCKSETPN even for cid 1 (some "
            + "firmware otherwise used the ims context).")
    private boolean selectSocketContext;

    @UriParam(label = "pdp", defaultValue = "NONE", description = "PDP authentication (AT+CGAUTH).")
    private AuthType authentication = AuthType.NONE;

    @UriParam(label = "pdp,security", secret = true, description = "User name for PAP/CHAP.")
    private String username = "";

    @UriParam(label = "pdp,security", secret = true, description = "Password for PAP/CHAP.")
    private String password = "";

    // ---- MMS -------------------------------------------------------------------------------------------

    @UriParam(label = "mms", description = "The MMSC URL (http://...). Its own port applies, 80 when it has none.")
    private String mmsc = "";

    @UriParam(label = "mms", description = "MMS proxy as host:port, only when the carrier has one; the request "
            + "then goes to the proxy in absolute form.")
    private String proxy = "";

    @UriParam(label = "mms", defaultValue = HttpOptions.DEFAULT_USER_AGENT, description = "HTTP User-Agent sent "
            + "to the MMSC.")
    private String userAgent = HttpOptions.DEFAULT_USER_AGENT;

    @UriParam(label = "mms", description = "x-wap-profile (UAProf URL) sent to the MMSC; empty sends none.")
    private String uaProf = "";

    @UriParam(label = "mms", defaultValue = "262144", description = "Largest MMSC response accepted, in octets.")
    private int maxResponseSize = 256 * 1024;

    // ---- modem and sockets -------------------------------------------------------------------------------

    @UriParam(label = "modem", defaultValue = "115200", description = "Serial speed (ignored on USB and TCP).")
    private int baudRate = 115200;

    @UriParam(label = "modem", defaultValue = "false", description = "Leave the modem's command echo on (ATE1).")
    private boolean echo;

    @UriParam(label = "modem", defaultValue = "true", description = "Stream the HTTP request in transparent mode "
            + "(AT+CIPMODE=1, no per-chunk round trips); false sends it with AT+CIPSEND in chunks of 1500 octets.")
    private boolean transparent = true;

    @UriParam(label = "modem", defaultValue = "PUSH", description = "Receive mode in command mode: PUSH (+IPD) "
            + "or MANUAL (AT+CIPRXGET). Not used in transparent mode.")
    private ReceiveMode receiveMode = ReceiveMode.PUSH;

    @UriParam(label = "modem", defaultValue = "true", description = "Shorten phone numbers and identifiers in the "
            + "AT transcript and logs.")
    private boolean redact = true;

    // ---- SMS -------------------------------------------------------------------------------------------------

    @UriParam(label = "sms", description = "How sendSms splits and encodes a text body: an SmsOptions bean "
            + "(#name), e.g. SmsOptions.fromSettings(...) with 16-bit references or national language tables. "
            + "Default: the most compact of GSM 7-bit and UCS-2, 8-bit references, at most 20 parts, the SIM's SMSC. "
            + "Bodies of ready PDUs (the SMS-split processor's) are sent as they are.")
    private SmsOptions smsOptions = SmsOptions.defaults();

    // ---- timeouts ----------------------------------------------------------------------------------------

    @UriParam(label = "timeout", defaultValue = "5000", javaType = "java.time.Duration",
            description = "Limit for ordinary AT commands.")
    private long commandTimeout = 5000;

    @UriParam(label = "timeout", defaultValue = "75000", javaType = "java.time.Duration",
            description = "Limit for AT+NETOPEN.")
    private long netOpenTimeout = 75_000;

    @UriParam(label = "timeout", defaultValue = "30000", javaType = "java.time.Duration",
            description = "Limit for a TCP connection to the MMSC or proxy.")
    private long connectTimeout = 30_000;

    @UriParam(label = "timeout", defaultValue = "30000", javaType = "java.time.Duration",
            description = "Limit for each CIPSEND confirmation.")
    private long sendTimeout = 30_000;

    @UriParam(label = "timeout", defaultValue = "60000", javaType = "java.time.Duration",
            description = "Limit for each part of the MMSC's answer (Android: 60 s).")
    private long responseTimeout = 60_000;

    @UriParam(label = "timeout", defaultValue = "60000", javaType = "java.time.Duration",
            description = "Limit for a DNS lookup through the modem (AT+CDNSGIP).")
    private long dnsTimeout = 60_000;

    @UriParam(label = "timeout", defaultValue = "60000", javaType = "java.time.Duration",
            description = "Limit for each AT+CMGS.")
    private long smsTimeout = 60_000;

    @Metadata(skip = true)
    public Sim7600Configuration copy() {
        try {
            return (Sim7600Configuration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The session settings these options imply (shared per port: the first user's win). */
    public SessionSettings sessionSettings() {
        return new SessionSettings(baudRate, echo, Duration.ofMillis(commandTimeout),
                Duration.ofMillis(netOpenTimeout), Duration.ofMillis(connectTimeout), Duration.ofMillis(sendTimeout),
                Duration.ofMillis(dnsTimeout), Duration.ofMillis(smsTimeout), redact);
    }

    /** The PDP and socket settings; IllegalArgumentException names a bad option. */
    public NetworkSettings networkSettings() {
        return new NetworkSettings(apn, pdpType, cid, authentication, username, password, selectSocketContext,
                transparent, receiveMode);
    }

    public HttpOptions httpOptions() {
        return new HttpOptions(userAgent, uaProf, Duration.ofMillis(responseTimeout), maxResponseSize);
    }

    public Sim7600Operation getOperation() {
        return operation;
    }

    public void setOperation(Sim7600Operation operation) {
        this.operation = operation;
    }

    public String getApn() {
        return apn;
    }

    public void setApn(String apn) {
        this.apn = apn;
    }

    public PdpType getPdpType() {
        return pdpType;
    }

    public void setPdpType(PdpType pdpType) {
        this.pdpType = pdpType;
    }

    public int getCid() {
        return cid;
    }

    public void setCid(int cid) {
        this.cid = cid;
    }

    public boolean isSelectSocketContext() {
        return selectSocketContext;
    }

    public void setSelectSocketContext(boolean selectSocketContext) {
        this.selectSocketContext = selectSocketContext;
    }

    public AuthType getAuthentication() {
        return authentication;
    }

    public void setAuthentication(AuthType authentication) {
        this.authentication = authentication;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getMmsc() {
        return mmsc;
    }

    public void setMmsc(String mmsc) {
        this.mmsc = mmsc;
    }

    public String getProxy() {
        return proxy;
    }

    public void setProxy(String proxy) {
        this.proxy = proxy;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public String getUaProf() {
        return uaProf;
    }

    public void setUaProf(String uaProf) {
        this.uaProf = uaProf;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getBaudRate() {
        return baudRate;
    }

    public void setBaudRate(int baudRate) {
        this.baudRate = baudRate;
    }

    public boolean isEcho() {
        return echo;
    }

    public void setEcho(boolean echo) {
        this.echo = echo;
    }

    public boolean isTransparent() {
        return transparent;
    }

    public void setTransparent(boolean transparent) {
        this.transparent = transparent;
    }

    public ReceiveMode getReceiveMode() {
        return receiveMode;
    }

    public void setReceiveMode(ReceiveMode receiveMode) {
        this.receiveMode = receiveMode;
    }

    public SmsOptions getSmsOptions() {
        return smsOptions;
    }

    public void setSmsOptions(SmsOptions smsOptions) {
        this.smsOptions = smsOptions;
    }

    public boolean isRedact() {
        return redact;
    }

    public void setRedact(boolean redact) {
        this.redact = redact;
    }

    public long getCommandTimeout() {
        return commandTimeout;
    }

    public void setCommandTimeout(long commandTimeout) {
        this.commandTimeout = commandTimeout;
    }

    public long getNetOpenTimeout() {
        return netOpenTimeout;
    }

    public void setNetOpenTimeout(long netOpenTimeout) {
        this.netOpenTimeout = netOpenTimeout;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getSendTimeout() {
        return sendTimeout;
    }

    public void setSendTimeout(long sendTimeout) {
        this.sendTimeout = sendTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getDnsTimeout() {
        return dnsTimeout;
    }

    public void setDnsTimeout(long dnsTimeout) {
        this.dnsTimeout = dnsTimeout;
    }

    public long getSmsTimeout() {
        return smsTimeout;
    }

    public void setSmsTimeout(long smsTimeout) {
        this.smsTimeout = smsTimeout;
    }
}
