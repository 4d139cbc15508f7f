package dev.mmsys.modem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything MMSYS does with one modem port, one step per method so that a diagnostic can walk them one by one:
 * {@link #start()} (open the port, ATE0/CMEE, identify), {@link #checkSim()}, {@link #checkRegistration()},
 * {@link #openNetwork(NetworkSettings)} (PDP context, NETOPEN), {@link #resolve(String)} (AT+CDNSGIP),
 * {@link #openSocket(String, int, NetworkSettings)}, {@link #sendSms(List)} and {@link #info()}.
 *
 * <p>The port opens lazily on the first call and reopens after it vanished. Every method takes the session
 * lock; {@link #exclusive(Dialogue)} holds it across several steps (an MMS submission). The session follows the
 * modem's state from its URCs: {@code RDY} (rebooted: initialise again), {@code +CIPEVENT} (bearer lost: open
 * the network again), {@code +IPCLOSE} (the peer closed a link), {@code +CIPRXGET: 1} (data waiting).
 */
public final class ModemSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModemSession.class);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final int RX_CAPACITY = 1 << 20;

    private final String port;
    private final SessionSettings settings;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Transcript transcript;
    private final Events events = new Events();

    private volatile AtChannel channel;
    private volatile boolean initialised;
    private volatile boolean netOpen;
    private volatile NetworkSettings applied;
    private volatile PdpStatus pdp;
    private volatile ModemIdentity identity;
    private final Map<Integer, CommandModeSocket> links = new ConcurrentHashMap<>();
    private volatile TransparentSocket transparent;
    private volatile String lastRestart;
    /** The modem booted in front of us and has not yet said SMS DONE (SMS commands fail until it does). */
    private volatile boolean smsStarting;
    /** Answers of the modem's DNS while the network stays open (cleared when it closes or the modem restarts). */
    private final Map<String, List<String>> dnsCache = new ConcurrentHashMap<>();
    static final Duration DNS_CACHE_TTL = Duration.ofMinutes(10);
    private volatile long dnsCacheSince;

    public ModemSession(String port, SessionSettings settings) {
        this.port = port;
        this.settings = settings;
        this.transcript = new Transcript(2000, settings.redact());
    }

    public String port() {
        return port;
    }

    public SessionSettings settings() {
        return settings;
    }

    /** The recent AT traffic, oldest first. */
    public List<String> transcript() {
        return transcript.lines();
    }

    /** A position in the transcript, for {@link #transcriptSince(long)}. */
    public long transcriptMark() {
        return transcript.mark();
    }

    /** The AT traffic after {@code mark} (as far as the bounded transcript still holds it). */
    public List<String> transcriptSince(long mark) {
        return transcript.since(mark);
    }

    /** A unit of work that runs with the session lock held. */
    @FunctionalInterface
    public interface Dialogue<T> {
        T run(ModemSession session) throws ModemException;
    }

    /** Runs {@code d} with the session to itself: no other AT dialogue interleaves. */
    public <T> T exclusive(Dialogue<T> d) throws ModemException {
        lock.lock();
        try {
            return d.run(this);
        } finally {
            lock.unlock();
        }
    }

    // ---- step 1: port and modem -------------------------------------------------------------------------

    /** Opens the port if needed and initialises the modem (echo, numeric errors); returns what it is. */
    public ModemIdentity start() throws ModemException {
        return exclusive(s -> {
            AtChannel ch = channel();
            if (initialised && identity != null) {
                return identity;
            }
            sync(ch);
            ch.execute(cmd(settings.echo() ? "ATE1" : "ATE0"));
            ch.setEcho(settings.echo());
            ch.execute(cmd("AT+CMEE=1"));
            ModemIdentity id = ModemIdentity.parse(ch.execute(cmd("ATI")));
            identity = id;
            initialised = true;
            return id;
        });
    }

    /**
     * The first commands after opening may meet a modem that is still booting (it answers nothing before RDY,
     * and RDY cuts a command short): a few short tries.
     */
    private void sync(AtChannel ch) throws ModemException {
        ModemException last = null;
        AtCommand at = AtCommand.of("AT", Duration.ofMillis(Math.min(2000, settings.commandTimeout().toMillis())))
                .survivingRestart();
        for (int i = 0; i < 2; i++) {
            try {
                ch.execute(at);
                return;
            } catch (AtTimeoutException | ModemRestartedException e) {
                last = e;
            }
        }
        // a modem left in transparent data mode (e.g. MMSYS stopped mid-transfer) forwards "AT" to the server:
        // the escape sequence brings it back to command mode
        boolean escaped = false;
        try {
            TransparentSocket.escape(ch, settings.commandTimeout());
            escaped = true;
        } catch (AtTimeoutException e) {
            last = e; // not in data mode after all: the next line may read "+++AT" and get ERROR
        }
        for (int i = 0; i < 2; i++) {
            try {
                ch.execute(at);
                if (escaped) {
                    transcript.note("the modem was in transparent data mode; escaped with +++");
                }
                return;
            } catch (AtTimeoutException | ModemRestartedException | AtErrorException e) {
                last = e;
            }
        }
        throw new ModemException("the modem on " + ch.describe() + " does not answer AT commands: check that this "
                + "is the AT port (on Linux usually the third ttyUSB of the modem), the baud rate ("
                + settings.baudRate() + "), and that the modem has finished booting", true, "AT", null, last);
    }

    // ---- step 2: SIM ------------------------------------------------------------------------------------------

    /** AT+CPIN?: "READY", or an exception that says what to do about the SIM. */
    public String checkSim() throws ModemException {
        return exclusive(s -> {
            start();
            AtCommand c = cmd("AT+CPIN?").withResponsePrefixes("+CPIN:");
            AtChannel ch = channel();
            try (AtChannel.UrcWait ready = ch.expect(l -> l.equals("+CPIN: READY"))) {
                try {
                    return simState(ch, c);
                } catch (SimBusyException busy) {
                    // right after power-up: the SIM announces itself with +CPIN: READY; give it twice the
                    // command limit, then ask again
                    try {
                        ready.await(settings.commandTimeout().multipliedBy(2), "+CPIN: READY");
                    } catch (AtTimeoutException stillBusy) {
                        throw busy;
                    }
                    return simState(ch, c);
                }
            }
        });
    }

    /** The SIM answered "busy" (CME 14): still initialising. */
    private static final class SimBusyException extends ModemException {
        SimBusyException(String command, String answer, Throwable cause) {
            super("the SIM is still initialising (SIM busy): try again in a few seconds", true, command, answer,
                    cause);
        }
    }

    private String simState(AtChannel ch, AtCommand c) throws ModemException {
        try {
            String state = ch.execute(c).value("+CPIN:");
            if (state == null || state.equals("READY")) {
                return "READY";
            }
            throw new ModemException("the SIM is locked (" + state + "): unlock it once with AT+CPIN=\"<pin>\" "
                    + "in a terminal, or disable its PIN in a phone", false, c.text(), "+CPIN: " + state, null);
        } catch (AtErrorException e) {
            AtError err = e.error();
            if (err.simNotInserted()) {
                throw new ModemException("SIM not inserted: insert a SIM (contacts down, notch first) and power-"
                        + "cycle the modem", false, c.text(), e.answer(), e);
            }
            if (err.kind() == AtError.Kind.CME && (err.code() == 14 || err.text().equalsIgnoreCase("SIM busy"))) {
                throw new SimBusyException(c.text(), e.answer(), e);
            }
            throw new ModemException("the SIM cannot be read (" + err + "): reseat the SIM and power-cycle the "
                    + "modem", false, c.text(), e.answer(), e);
        }
    }

    // ---- step 3: registration ---------------------------------------------------------------------------------

    /** Signal and registration (CSQ, CREG, CGREG, CEREG, COPS). Does not judge; see {@link #requireRegistration}. */
    public Registration checkRegistration() throws ModemException {
        return exclusive(s -> {
            start();
            AtChannel ch = channel();
            int rssi = -1;
            String csq = optional(ch, cmd("AT+CSQ").withResponsePrefixes("+CSQ:"), "+CSQ:");
            if (csq != null) {
                rssi = intField(csq, 0);
            }
            int creg = stat(optional(ch, cmd("AT+CREG?").withResponsePrefixes("+CREG:"), "+CREG:"));
            int cgreg = stat(optional(ch, cmd("AT+CGREG?").withResponsePrefixes("+CGREG:"), "+CGREG:"));
            int cereg = stat(optional(ch, cmd("AT+CEREG?").withResponsePrefixes("+CEREG:"), "+CEREG:"));
            String cops = optional(ch, cmd("AT+COPS?").withResponsePrefixes("+COPS:"), "+COPS:");
            String operator = "";
            int act = -1;
            if (cops != null) {
                Matcher m = QUOTED.matcher(cops);
                if (m.find()) {
                    operator = m.group(1);
                }
                String[] f = cops.split(",");
                if (f.length >= 4) {
                    act = intField(f[3], 0);
                }
            }
            return new Registration(creg, cgreg, cereg, rssi, operator, act);
        });
    }

    /** {@link #checkRegistration()}, failing with advice unless packet service (needed for MMS) is there. */
    public Registration requireRegistration() throws ModemException {
        Registration r = checkRegistration();
        if (r.packetRegistered()) {
            return r;
        }
        if (r.denied()) {
            throw new ModemException("the network denied registration (" + r + "): the SIM may be inactive or "
                    + "barred; check the plan with the carrier", false, "AT+CGREG?", r.toString(), null);
        }
        throw new ModemException("not registered for data (" + r + "): check the antenna and coverage; MMSYS "
                + "tries again later", true, "AT+CGREG?", r.toString(), null);
    }

    // ---- step 4: PDP context and network ------------------------------------------------------------------

    /**
     * Configures the PDP context and the socket stack from {@code n} and opens the network (AT+NETOPEN),
     * reusing it when it is already open with the same settings.
     */
    public PdpStatus openNetwork(NetworkSettings n) throws ModemException {
        return exclusive(s -> {
            start();
            if (netOpen && n.equals(applied) && pdp != null) {
                return pdp;
            }
            AtChannel ch = channel();
            closeAllLinks("the network is being reconfigured");
            if (queryNetOpen(ch)) {
                closeNetwork(ch);
            }
            configure(ch, n);
            boolean already = netOpen(ch, n);
            netOpen = true;
            applied = n;
            String ip = "";
            try {
                ip = channel().execute(cmd("AT+IPADDR").withResponsePrefixes("+IPADDR:")).value("+IPADDR:");
            } catch (AtErrorException e) {
                LOG.debug("AT+IPADDR failed: {}", e.getMessage());
            }
            List<String> addrs = new ArrayList<>();
            String cg = optional(channel(), cmd("AT+CGPADDR=" + n.cid()).withResponsePrefixes("+CGPADDR:"),
                    "+CGPADDR:");
            if (cg != null) {
                String[] f = cg.split(",", 2);
                if (f.length == 2) {
                    for (String a : f[1].split(",")) {
                        String v = a.replace("\"", "").strip();
                        if (!v.isEmpty()) {
                            addrs.add(v);
                        }
                    }
                }
            }
            pdp = new PdpStatus(n, ip == null ? "" : ip, addrs, already);
            return pdp;
        });
    }

    private void configure(AtChannel ch, NetworkSettings n) throws ModemException {
        if (!n.apn().isEmpty()) {
            ch.execute(cmd("AT+CGDCONT=" + n.cid() + ",\"" + n.pdpType() + "\",\"" + n.apn() + "\""));
        }
        if (n.auth() != AuthType.NONE) {
            // SIM7600 order: password before user
            String head = "AT+CGAUTH=" + n.cid() + "," + n.auth().code() + ",\"";
            String tail = "\",\"" + n.user() + "\"";
            ch.execute(cmd(head + n.password() + tail).shownAs(head + "***" + tail));
        }
        if (n.cid() != 1 || n.selectSocketContext()) {
            ch.execute(cmd("AT+CSOCKSETPN=" + n.cid()));
        }
        ch.execute(cmd("AT+CIPMODE=" + (n.transparent() ? 1 : 0)));
        optional(ch, cmd("AT+CIPSENDMODE=0"), null); // the default anyway; older firmware may not know it
        long netopen = clamp(settings.netOpenTimeout());
        long cipopen = clamp(settings.connectTimeout());
        long cipsend = clamp(settings.sendTimeout());
        optional(ch, cmd("AT+CIPTIMEOUT=" + netopen + "," + cipopen + "," + cipsend), null);
    }

    private static long clamp(Duration d) {
        return Math.max(3000, Math.min(120_000, d.toMillis()));
    }

    /** AT+NETOPEN and its URC; true when the modem said it was already open. */
    private boolean netOpen(AtChannel ch, NetworkSettings n) throws ModemException {
        AtCommand c = cmd("AT+NETOPEN");
        try (AtChannel.UrcWait w = ch.expect(l -> l.startsWith("+NETOPEN:"))) {
            try {
                ch.execute(c);
            } catch (AtErrorException e) {
                if (e.error().kind() == AtError.Kind.IP_ERROR
                        && (e.error().code() == 4 || e.error().text().toLowerCase().contains("already opened"))) {
                    return true;
                }
                throw new ModemException("the modem refused to open the network (AT+NETOPEN → " + e.answer()
                        + ") with context " + n + ": check the APN and PDP type for this carrier (some firmware "
                        + "refuses a mis-provisioned IPV4V6 context; try IP or IPV6)", false, c.text(), e.answer(), e);
            }
            String urc = w.await(settings.netOpenTimeout(), "the result of AT+NETOPEN");
            int err = intField(urc.substring(9), 0);
            if (err != 0) {
                // the network may refuse activation for a while (congestion, attach in progress): retry; a wrong
                // APN fails every time, hence the advice
                throw new ModemException("the network refused the data connection (" + urc + ", "
                        + SocketError.describe(err) + ") for context " + n + "; if this persists, check the APN ('"
                        + n.apn() + "') and PDP type with the carrier's settings", true, c.text(), urc, null);
            }
            return false;
        }
    }

    private boolean queryNetOpen(AtChannel ch) throws ModemException {
        String v = optional(ch, cmd("AT+NETOPEN?").withResponsePrefixes("+NETOPEN:"), "+NETOPEN:");
        return v != null && v.startsWith("1");
    }

    private void closeNetwork(AtChannel ch) throws ModemException {
        try (AtChannel.UrcWait w = ch.expect(l -> l.startsWith("+NETCLOSE:"))) {
            try {
                ch.execute(cmd("AT+NETCLOSE").withResponsePrefixes("+NETCLOSE:"));
            } catch (AtErrorException e) {
                netOpen = false;
                return; // +NETCLOSE: 2 / ERROR: it was not open
            }
            w.await(settings.netOpenTimeout(), "the result of AT+NETCLOSE");
        }
        netOpen = false;
        pdp = null;
        dnsCache.clear();
    }

    /** Closes the socket network (AT+NETCLOSE), e.g. to free the modem for something else. */
    public void closeNetwork() throws ModemException {
        exclusive(s -> {
            if (channelIfAlive() != null) {
                closeAllLinks("the network is being closed");
                closeNetwork(channel());
            }
            return null;
        });
    }

    // ---- step 5: DNS ------------------------------------------------------------------------------------------

    /**
     * The addresses of {@code host} from the modem's own DNS (AT+CDNSGIP, over the PDP context); an IP literal
     * is returned as is.
     */
    public List<String> resolve(String host) throws ModemException {
        if (IPV4.matcher(host).matches() || host.contains(":")) {
            return List.of(host);
        }
        List<String> cached = cachedAnswer(host);
        if (cached != null) {
            return cached;
        }
        return exclusive(s -> {
            start();
            AtCommand c = AtCommand.of("AT+CDNSGIP=\"" + host + "\"", settings.dnsTimeout())
                    .withResponsePrefixes("+CDNSGIP:");
            try {
                String v = channel().execute(c).value("+CDNSGIP:");
                List<String> out = new ArrayList<>();
                if (v != null && v.startsWith("1")) {
                    Matcher m = QUOTED.matcher(v);
                    boolean first = true;
                    while (m.find()) {
                        if (!first) {
                            out.add(m.group(1));
                        }
                        first = false;
                    }
                }
                if (out.isEmpty()) {
                    throw new ModemException("the modem's DNS found no address for '" + host + "' (" + v + ")",
                            true, c.text(), v, null);
                }
                if (netOpen) {
                    if (dnsCache.isEmpty()) {
                        dnsCacheSince = System.nanoTime();
                    }
                    dnsCache.put(host, List.copyOf(out));
                }
                return out;
            } catch (AtErrorException e) {
                throw new ModemException("the modem's DNS could not resolve '" + host + "' (" + e.answer()
                        + "): check the MMSC URL, and that the APN is the carrier's MMS APN (MMSC names often "
                        + "resolve only there)", true, c.text(), e.answer(), e);
            }
        });
    }

    /** A DNS answer from this network session, if there is a fresh one. */
    public List<String> cachedAnswer(String host) {
        if (!netOpen || System.nanoTime() - dnsCacheSince > DNS_CACHE_TTL.toNanos()) {
            dnsCache.clear();
            return null;
        }
        return dnsCache.get(host);
    }

    /**
     * True when the network is open with exactly these settings and nothing (bearer loss, reboot, port loss)
     * has happened since: SIM and registration were good then and still are.
     */
    public boolean networkReady(NetworkSettings n) {
        return netOpen && n.equals(applied) && pdp != null && channelIfAlive() != null;
    }

    // ---- step 6: TCP ------------------------------------------------------------------------------------------

    /**
     * Opens a TCP connection from the modem to {@code host:port} (an IPv4 address or a name the modem
     * resolves), in transparent or command mode as the network was opened with.
     */
    public ModemSocket openSocket(String host, int port, NetworkSettings n) throws ModemException {
        return openSocket(host, port, n, settings.connectTimeout());
    }

    /**
     * As {@link #openSocket(String, int, NetworkSettings)}, waiting {@code connectTimeout} for the connection
     * (a diagnostic probing several ports may want less than the session's limit). The modem's own limit
     * (AT+CIPTIMEOUT) stays as the network was opened with.
     */
    public ModemSocket openSocket(String host, int port, NetworkSettings n, Duration connectTimeout)
            throws ModemException {
        return exclusive(s -> {
            openNetwork(n);
            String remote = host + ":" + port;
            if (n.transparent()) {
                return openTransparent(host, port, remote, connectTimeout);
            }
            return openCommandMode(host, port, remote, n.receiveMode(), connectTimeout);
        });
    }

    private ModemSocket openTransparent(String host, int port, String remote, Duration connectTimeout)
            throws ModemException {
        if (transparent != null) {
            transparent.close();
        }
        AtChannel ch = channel();
        TransparentStream stream = new TransparentStream(RX_CAPACITY);
        AtCommand c = AtCommand.of("AT+CIPOPEN=0,\"TCP\",\"" + host + "\"," + port,
                connectTimeout.plus(settings.commandTimeout())).withResponsePrefixes("+CIPOPEN:")
                .expectingConnect(stream);
        try {
            try {
                ch.execute(c);
            } catch (AtErrorException e) {
                if (e.error().kind() != AtError.Kind.RESULT_LINE || e.error().code() != 4) {
                    throw e;
                }
                // link 0 is still open from an earlier run: close it and try once more
                closeLink(0);
                ch.execute(c);
            }
        } catch (AtErrorException e) {
            throw connectFailed(remote, e.answer(), c.text(), e);
        } catch (AtTimeoutException e) {
            throw new ModemException("the MMSC did not answer on " + remote + " within "
                    + connectTimeout.toSeconds() + " s (no CONNECT): " + unreachableAdvice(),
                    true, c.text(), e.answer(), e);
        }
        TransparentSocket sock = new TransparentSocket(this, stream, remote);
        transparent = sock;
        return sock;
    }

    private ModemSocket openCommandMode(String host, int port, String remote, ReceiveMode mode,
                                        Duration connectTimeout) throws ModemException {
        AtChannel ch = channel();
        ch.execute(cmd("AT+CIPRXGET=" + (mode == ReceiveMode.MANUAL ? 1 : 0)));
        int link = freeLink();
        for (int attempt = 0; ; attempt++) {
            AtCommand c = cmd("AT+CIPOPEN=" + link + ",\"TCP\",\"" + host + "\"," + port)
                    .withResponsePrefixes("+CIPOPEN:");
            final int l = link;
            CommandModeSocket sock = new CommandModeSocket(this, link, remote, mode, RX_CAPACITY);
            links.put(link, sock);
            try (AtChannel.UrcWait w = ch.expect(x -> x.startsWith("+CIPOPEN: " + l + ","))) {
                try {
                    ch.execute(c);
                } catch (AtErrorException e) {
                    links.remove(link);
                    if (e.error().kind() == AtError.Kind.RESULT_LINE && e.error().code() == 4 && attempt == 0) {
                        // the modem still has this link open from an earlier run: close it and try again
                        closeLink(link);
                        continue;
                    }
                    throw connectFailed(remote, e.answer(), c.text(), e);
                }
                String urc;
                try {
                    // a little longer than the modem's own limit (AT+CIPTIMEOUT), so that its answer comes first
                    urc = w.await(connectTimeout.plus(settings.commandTimeout()),
                            "the result of the connection to " + remote);
                } catch (AtTimeoutException e) {
                    links.remove(link);
                    throw new ModemException("the MMSC did not answer on " + remote + " within "
                            + connectTimeout.toSeconds() + " s: " + unreachableAdvice(), true, c.text(),
                            null, e);
                }
                int err = intField(urc.substring(urc.indexOf(',') + 1), 0);
                if (err != 0) {
                    links.remove(link);
                    throw connectFailed(remote, urc, c.text(), null);
                }
                return sock;
            }
        }
    }

    private ModemException connectFailed(String remote, String answer, String command, Throwable cause) {
        Matcher m = Pattern.compile("\\+CIPOPEN: \\d+,(\\d+)").matcher(answer == null ? "" : answer);
        String what = m.find() ? answer + ": " + SocketError.describe(Integer.parseInt(m.group(1))) : answer;
        return new ModemException("the MMSC did not answer on " + remote + " (" + what + "): "
                + unreachableAdvice(), true, command, answer, cause);
    }

    /** Advice for an unreachable MMSC, sharpened by the context type in use. */
    private String unreachableAdvice() {
        NetworkSettings n = applied;
        if (n != null && n.pdpType() == PdpType.IP) {
            return "the PDP context is IPv4-only (IP); carriers such as T-Mobile and Mint reach their MMSC only "
                    + "over IPv6, so set the PDP type to IPV4V6 (mmsys.pdp-type=IPV4V6); also check that the port "
                    + "comes from the MMSC URL (80 when it has none) and that no proxy is needed";
        }
        return "check the MMSC URL and its port (80 when the URL has none; the carrier's MMS port applies only with "
                + "a proxy), the proxy setting, and that the APN is the carrier's MMS APN";
    }

    private int freeLink() {
        for (int i = 0; i < 10; i++) {
            if (!links.containsKey(i)) {
                return i;
            }
        }
        return 0;
    }

    /** AT+CIPCLOSE for {@code link}, waiting for its result; "not open" counts as closed. */
    void closeLink(int link) throws ModemException {
        AtChannel ch = channel();
        try (AtChannel.UrcWait w = ch.expect(l -> l.startsWith("+CIPCLOSE: " + link + ","))) {
            try {
                ch.execute(cmd("AT+CIPCLOSE=" + link).withResponsePrefixes("+CIPCLOSE:"));
            } catch (AtErrorException e) {
                return; // +CIPCLOSE: <link>,4 / ERROR: already closed (e.g. by the peer)
            }
            w.await(settings.connectTimeout(), "the result of AT+CIPCLOSE=" + link);
        }
    }

    void forget(CommandModeSocket s) {
        links.remove(s.link(), s);
    }

    void forgetTransparent() {
        transparent = null;
    }

    private void closeAllLinks(String why) {
        for (CommandModeSocket s : links.values()) {
            s.closed(why);
        }
        links.clear();
    }

    // ---- SMS -------------------------------------------------------------------------------------------------

    /**
     * Sends the parts of one message with AT+CMGS in PDU mode, keeping the radio link up between parts
     * (AT+CMMS=2); returns each part's message reference.
     */
    public List<Integer> sendSms(List<SmsPdu> parts) throws ModemException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no SMS parts to send");
        }
        return exclusive(s -> {
            start();
            AtChannel ch = channel();
            awaitSmsReady(ch);
            ch.execute(cmd("AT+CMGF=0"));
            boolean multi = parts.size() > 1;
            if (multi) {
                optional(ch, cmd("AT+CMMS=2"), null);
            }
            List<Integer> refs = new ArrayList<>();
            try {
                for (int i = 0; i < parts.size(); i++) {
                    refs.add(sendPart(ch, parts.get(i), i + 1, parts.size(), refs));
                }
            } finally {
                if (multi && channelIfAlive() != null) {
                    optional(channelIfAlive(), cmd("AT+CMMS=0"), null);
                }
            }
            return refs;
        });
    }

    /** After a boot the SMS service is ready only at its SMS DONE; wait for it (bounded) rather than fail. */
    private void awaitSmsReady(AtChannel ch) throws ModemException {
        if (!smsStarting) {
            return;
        }
        try (AtChannel.UrcWait done = ch.expect(l -> l.equals("SMS DONE"))) {
            if (smsStarting) {
                done.await(settings.smsTimeout(), "SMS DONE");
            }
        } catch (AtTimeoutException e) {
            smsStarting = false; // some firmware never says it: let AT+CMGS answer for itself
        }
    }

    private int sendPart(AtChannel ch, SmsPdu pdu, int index, int total, List<Integer> sent) throws ModemException {
        byte[] data = (pdu.hex() + "\u001a").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        AtCommand c = AtCommand.of("AT+CMGS=" + pdu.tpduLength(), settings.smsTimeout())
                .withPayload(data, "[SMS PDU " + pdu.tpduLength() + " octets]").withResponsePrefixes("+CMGS:");
        String what = "SMS part " + index + " of " + total;
        try {
            String mr = ch.execute(c).value("+CMGS:");
            return mr == null ? -1 : intField(mr, 0);
        } catch (AtErrorException e) {
            AtError err = e.error();
            boolean transientFailure = err.kind() != AtError.Kind.CMS
                    || err.code() == 331 || err.code() == 332 || err.code() == 314 || err.code() == 500;
            String advice = switch (err.code()) {
                case 304, 303, 305 -> "the modem rejected the PDU as malformed; this is a bug in the SMS encoding";
                case 330 -> "the SIM has no SMS centre address: set it once with AT+CSCA=\"+<number>\",145";
                case 331 -> "no network service: check antenna and coverage";
                case 332 -> "the network did not confirm in time";
                case 310 -> "SIM not inserted: insert a SIM";
                default -> "the network or the carrier refused it (no credit, or SMS not provisioned?)";
            };
            throw new SmsSendException(what + " was not sent (" + err + "): " + advice
                    + (sent.isEmpty() ? "" : "; parts already sent: " + sent), transientFailure, c.text(),
                    e.answer(), sent, index, e);
        } catch (ModemException e) {
            throw new SmsSendException(what + " was not confirmed: " + e.getMessage()
                    + (sent.isEmpty() ? "" : "; parts already sent: " + sent), true, c.text(), e.answer(), sent,
                    index, e);
        }
    }

    // ---- info --------------------------------------------------------------------------------------------------

    /** Identity, SIM, registration, IMSI, ICCID, GID1 and own number; what cannot be read is null. */
    public ModemInfo info() throws ModemException {
        return exclusive(s -> {
            ModemIdentity id = start();
            AtChannel ch = channel();
            String sim;
            try {
                sim = checkSim();
            } catch (ModemException e) {
                sim = e.getMessage();
            }
            Registration reg = checkRegistration();
            String imsi = null;
            try {
                imsi = ch.execute(cmd("AT+CIMI")).bareLine();
            } catch (AtErrorException e) {
                LOG.debug("IMSI not readable: {}", e.getMessage());
            }
            String iccid = optional(ch, cmd("AT+CICCID").withResponsePrefixes("+ICCID:"), "+ICCID:");
            String gid1 = readSimFile(ch, 28478, 8);
            String spn = readSimFile(ch, 28486, 17);
            String number = null;
            String cnum = optional(ch, cmd("AT+CNUM").withResponsePrefixes("+CNUM:"), "+CNUM:");
            if (cnum != null) {
                Matcher m = QUOTED.matcher(cnum);
                while (m.find()) {
                    if (!m.group(1).isEmpty() && m.group(1).matches("\\+?\\d+")) {
                        number = m.group(1);
                    }
                }
            }
            return new ModemInfo(id, sim, reg, imsi, iccid, gid1, spn, number);
        });
    }

    /**
     * READ BINARY of a SIM elementary file through AT+CRSM; the content as hex, or null when the SIM refuses.
     * A "wrong length" status ({@code 6C xx}) is retried with the length the SIM names.
     */
    private static String readSimFile(AtChannel ch, int fileId, int length) throws ModemException {
        for (int attempt = 0; attempt < 2; attempt++) {
            String v = optional(ch, AtCommand.of("AT+CRSM=176," + fileId + ",0,0," + length,
                    Duration.ofSeconds(5)).withResponsePrefixes("+CRSM:"), "+CRSM:");
            if (v == null) {
                return null;
            }
            String[] f = v.split(",", 3);
            int sw1 = intField(v, 0);
            if (sw1 == 144 && f.length == 3) {
                return f[2].replace("\"", "").strip();
            }
            if (sw1 == 0x6C && f.length >= 2 && intField(v, 1) > 0) {
                length = intField(v, 1);
                continue;
            }
            return null;
        }
        return null;
    }

    /**
     * Sends any AT command and returns its answer (for carrier detection and diagnostics: SIM files, contexts).
     * An error answer is an {@link AtErrorException}.
     */
    public AtResponse query(String command) throws ModemException {
        return exclusive(s -> {
            start();
            return channel().execute(cmd(command).withResponsePrefixes(prefixOf(command)));
        });
    }

    /** {@code AT+CRSM=…} → {@code +CRSM:}; {@code AT+CGDCONT?} → {@code +CGDCONT:}; bare commands → none. */
    static String prefixOf(String command) {
        String c = command.startsWith("AT") || command.startsWith("at") ? command.substring(2) : command;
        if (!c.startsWith("+")) {
            return "\u0000";
        }
        int end = 1;
        while (end < c.length() && (Character.isLetterOrDigit(c.charAt(end)))) {
            end++;
        }
        return c.substring(0, end) + ":";
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    /** The live channel, opening the port when there is none (or it died). Call with the lock held. */
    AtChannel channel() throws ModemException {
        AtChannel ch = channel;
        if (ch != null && ch.isAlive()) {
            return ch;
        }
        lock.lock();
        try {
            ch = channel;
            if (ch != null && ch.isAlive()) {
                return ch;
            }
            resetState("port reopened");
            Transport t = Transports.open(port, settings.baudRate());
            transcript.note("opened " + t.describe());
            ch = new AtChannel(t, events, transcript);
            channel = ch;
            return ch;
        } finally {
            lock.unlock();
        }
    }

    AtChannel channelIfAlive() {
        AtChannel ch = channel;
        return ch != null && ch.isAlive() ? ch : null;
    }

    /** Whether the port is open now (it opens lazily). */
    public boolean isConnected() {
        return channelIfAlive() != null;
    }

    /** Why the modem was last found restarted, or null. */
    public String lastRestart() {
        return lastRestart;
    }

    private void resetState(String why) {
        dnsCache.clear();
        initialised = false;
        netOpen = false;
        applied = null;
        pdp = null;
        closeAllLinks(why);
        TransparentSocket t = transparent;
        transparent = null;
        if (t != null) {
            LOG.debug("transparent link dropped: {}", why);
        }
    }

    private AtCommand cmd(String text) {
        return AtCommand.of(text, settings.commandTimeout());
    }

    /** Runs a query whose failure is not fatal; returns the value after {@code prefix} (or "" / null). */
    private static String optional(AtChannel ch, AtCommand c, String prefix) throws ModemException {
        try {
            AtResponse r = ch.execute(c);
            return prefix == null ? "" : r.value(prefix);
        } catch (AtErrorException e) {
            LOG.debug("{} not answered: {}", c.text(), e.getMessage());
            return null;
        }
    }

    private static int stat(String value) {
        if (value == null) {
            return -1;
        }
        String[] f = value.split(",");
        return intField(f.length >= 2 ? f[1] : f[0], 0);
    }

    static int intField(String s, int index) {
        String[] f = s.split(",");
        if (index >= f.length) {
            return -1;
        }
        try {
            return Integer.parseInt(f[index].replace("\"", "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            AtChannel ch = channel;
            channel = null;
            resetState("session closed");
            if (ch != null) {
                ch.close();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Keeps the session's picture of the modem in step with its URCs (runs on the reader thread). */
    private final class Events implements AtEvents {
        @Override
        public void urc(String line) {
            if (line.equals("SMS DONE")) {
                smsStarting = false;
            } else if (line.equals("RDY")) {
                smsStarting = true;
                lastRestart = java.time.Instant.now().toString();
                AtChannel ch = channel;
                if (ch != null) {
                    ch.setEcho(true); // a reboot restores ATE1
                }
                resetState("the modem restarted (RDY)");
            } else if (line.startsWith("+CIPEVENT:")) {
                dnsCache.clear();
                netOpen = false;
                pdp = null;
                closeAllLinks("the network connection was lost (" + line + ")");
            } else if (line.startsWith("+SIMCARD: NOT AVAILABLE")) {
                initialised = false;
                netOpen = false;
                closeAllLinks("the SIM became unavailable");
            } else if (line.startsWith("+IPCLOSE:")) {
                int link = intField(line.substring(9), 0);
                int reason = intField(line.substring(9), 1);
                CommandModeSocket s = links.get(link);
                if (s != null && reason == 2) {
                    s.closedForSendingTimeout(line);
                } else if (s != null) {
                    s.closed("closed by the server");
                }
            } else if (line.startsWith("+CIPRXGET: 1,")) {
                CommandModeSocket s = links.get(intField(line.substring(13), 0));
                if (s != null) {
                    s.dataNotice();
                }
            }
        }

        @Override
        public void data(int link, String from, byte[] bytes) {
            CommandModeSocket s = link >= 0 ? links.get(link) : onlyLink();
            if (s != null) {
                s.pushedData(bytes);
            } else {
                LOG.debug("{} octets for no open link (from {})", bytes.length, from);
            }
        }

        private CommandModeSocket onlyLink() {
            var all = links.values();
            return all.size() == 1 ? all.iterator().next() : null;
        }

        @Override
        public void disconnected(String why) {
            initialised = false;
            netOpen = false;
            pdp = null;
            closeAllLinks("the modem port went away (" + why + ")");
        }
    }
}
