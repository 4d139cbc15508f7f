package dev.mmsys.carrier;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MMS settings MMSYS will use: the carrier profile's, with every configuration key that is set winning
 * over it; each value says where it came from ({@link Setting#origin()}).
 *
 * @param carrier            the value of {@code mmsys.carrier}: {@code auto} or a profile id
 * @param profile            the carrier profile in use, if any
 * @param match              the SIM matching, when the SIM was read (also with a configured profile)
 * @param apn                APN of the MMS context
 * @param apnCredentials     APN user and password (only with the profile's own APN)
 * @param pdpType            PDP type of that context
 * @param mmscUrl            the MMSC
 * @param proxy              the MMS proxy, if any
 * @param maxMessageSize     largest M-Send.req to send, in octets
 * @param maxImageSize       largest picture, in octets
 * @param maxImageDimensions largest picture, in pixels
 * @param userAgent          HTTP User-Agent for the MMSC
 * @param uaProf             UAProf URL sent as x-wap-profile
 * @param warnings           things the user should look at, e.g. a configured profile that the SIM does not match
 */
public record MmsSettings(String carrier, Optional<CarrierProfile> profile, Optional<CarrierMatch> match,
                          Setting<String> apn, Setting<Optional<ApnCredentials>> apnCredentials,
                          Setting<PdpType> pdpType, Setting<URI> mmscUrl, Setting<Optional<MmsProxy>> proxy,
                          Setting<Long> maxMessageSize, Setting<Long> maxImageSize,
                          Setting<ImageDimensions> maxImageDimensions, Setting<String> userAgent,
                          Setting<URI> uaProf, List<String> warnings) {

    public MmsSettings {
        warnings = List.copyOf(warnings);
    }

    /** Host of the MMSC URL. */
    public String mmscHost() {
        return mmscUrl.value().getHost();
    }

    /** Port of the MMSC URL: its own, else 80. The carrier's "MMS port" belongs to the proxy, never here. */
    public int mmscPort() {
        return MmsValues.port(mmscUrl.value());
    }

    /** Where the TCP connection goes: the proxy when there is one, else the MMSC URL's host. */
    public String connectHost() {
        return proxy.value().map(MmsProxy::host).orElseGet(this::mmscHost);
    }

    /** The port of {@link #connectHost()}: the proxy's port, else the MMSC URL's own port (80 by default). */
    public int connectPort() {
        return proxy.value().map(MmsProxy::port).orElseGet(this::mmscPort);
    }

    /** One line per setting, {@code name = value  (origin)}, then the warnings. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("carrier profile = " + profile.map(p -> p.id() + " (" + p.name() + ")").orElse("none")
                + "  (mmsys.carrier=" + carrier + ")");
        line(lines, "APN", apn.value(), apn.origin());
        apnCredentials.value().ifPresent(c -> line(lines, "APN credentials", c.toString(), apnCredentials.origin()));
        line(lines, "PDP type", pdpType.value().name(), pdpType.origin());
        line(lines, "MMSC", mmscUrl.value() + " (TCP port " + mmscPort() + ")", mmscUrl.origin());
        line(lines, "MMS proxy", proxy.value().map(MmsProxy::toString).orElse("none"), proxy.origin());
        line(lines, "max message size", ByteSize.describe(maxMessageSize.value()), maxMessageSize.origin());
        line(lines, "max image size", ByteSize.describe(maxImageSize.value()) + ", "
                + maxImageDimensions.value() + " pixels", maxImageSize.origin());
        line(lines, "User-Agent", userAgent.value(), userAgent.origin());
        line(lines, "UAProf", uaProf.value().toString(), uaProf.origin());
        warnings.forEach(w -> lines.add("warning: " + w));
        return lines;
    }

    /**
     * The settings as plain maps, lists and strings (for {@code --json}): each setting is
     * {@code {"value": …, "origin": "PROFILE|CONFIGURATION|DEFAULT", "from": "…"}}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("carrier", carrier);
        m.put("profile", profile.map(CarrierProfile::id).orElse(null));
        m.put("apn", entry(apn.value(), apn.origin()));
        m.put("apnUser", entry(apnCredentials.value().map(ApnCredentials::user).orElse(null),
                apnCredentials.origin()));
        m.put("pdpType", entry(pdpType.value().name(), pdpType.origin()));
        m.put("mmscUrl", entry(mmscUrl.value().toString(), mmscUrl.origin()));
        m.put("proxy", entry(proxy.value().map(MmsProxy::toString).orElse(null), proxy.origin()));
        m.put("connectHost", connectHost());
        m.put("connectPort", connectPort());
        m.put("maxMessageSize", entry(maxMessageSize.value(), maxMessageSize.origin()));
        m.put("maxImageSize", entry(maxImageSize.value(), maxImageSize.origin()));
        m.put("maxImageDimensions", entry(maxImageDimensions.value().toString(), maxImageDimensions.origin()));
        m.put("userAgent", entry(userAgent.value(), userAgent.origin()));
        m.put("uaProf", entry(uaProf.value().toString(), uaProf.origin()));
        m.put("match", match.map(x -> {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("outcome", x.outcome().name());
            mm.put("profile", x.profile().map(CarrierProfile::id).orElse(null));
            mm.put("explanation", x.explanation());
            return mm;
        }).orElse(null));
        m.put("warnings", warnings);
        return m;
    }

    private static Map<String, Object> entry(Object value, Origin origin) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("value", value);
        e.put("origin", origin.kind().name());
        e.put("from", origin.detail());
        return e;
    }

    private static void line(List<String> lines, String name, String value, Origin origin) {
        lines.add(name + " = " + value + "  (" + origin + ")");
    }
}
