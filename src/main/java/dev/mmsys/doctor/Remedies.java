package dev.mmsys.doctor;

import dev.mmsys.carrier.CarrierProfile;
import dev.mmsys.carrier.MmsSettings;
import dev.mmsys.carrier.Origin;
import dev.mmsys.carrier.Setting;
import dev.mmsys.doctor.PathProbe.Stage;
import dev.mmsys.doctor.PathProbe.Target;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;
import dev.mmsys.modem.MmscTarget;
import dev.mmsys.modem.PdpType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns what the doctor observed into a diagnosis that names the setting to change. Pure functions of the
 * observations, so each rule is tested on its own.
 */
final class Remedies {

    /** The order other PDP types are tried in: the dual-stack type first, as carriers provision it most. */
    private static final List<PdpType> PREFERENCE = List.of(PdpType.IPV4V6, PdpType.IPV6, PdpType.IP);

    private Remedies() {
    }

    /** {@code configured} first, then the other types. */
    static List<PdpType> allTypes(PdpType configured) {
        List<PdpType> l = new ArrayList<>(List.of(configured));
        l.addAll(otherTypes(configured));
        return l;
    }

    static List<PdpType> otherTypes(PdpType configured) {
        return PREFERENCE.stream().filter(t -> t != configured).toList();
    }

    /**
     * Destinations worth trying besides the configured one: the MMSC itself when a proxy is configured, and port
     * 80 when the MMSC URL names another port (a carrier's "MMS port" 8080 copied into the URL).
     */
    static List<Target> otherTargets(MmsSettings s) {
        List<Target> l = new ArrayList<>();
        if (s.proxy().value().isPresent()) {
            l.add(new Target(s.mmscHost(), s.mmscPort(), false));
        }
        if (s.mmscPort() != 80) {
            l.add(new Target(s.mmscHost(), 80, false));
        }
        return l;
    }

    /**
     * The diagnosis once the configured way to the MMSC failed and the others were tried ({@code probes}, the
     * configured attempt among them): the working way that changes least, or why none works.
     */
    static Finding fromProbes(MmsSettings s, PdpType configuredType, Target configured, List<PathProbe> probes) {
        List<PathProbe> working = probes.stream().filter(PathProbe::ok).toList();
        if (working.isEmpty()) {
            return nothingWorks(s, configuredType, configured, probes);
        }
        PathProbe best = working.stream().filter(p -> p.target().equals(configured)).findFirst()
                .or(() -> working.stream().filter(p -> p.pdpType() == configuredType).findFirst())
                .orElse(working.get(0));
        boolean typeChanged = best.pdpType() != configuredType;
        boolean targetChanged = !best.target().equals(configured);
        Map<String, String> set = new LinkedHashMap<>();
        List<String> not = new ArrayList<>();
        StringBuilder problem = new StringBuilder("the MMSC answers only");
        if (typeChanged) {
            List<PdpType> there = working.stream().filter(p -> p.target().equals(best.target()))
                    .map(PathProbe::pdpType).distinct().toList();
            problem.append(" over an ")
                    .append(there.stream().map(Enum::name).collect(Collectors.joining(" or "))).append(" context");
            not.add("not over " + configuredType + (configuredType == PdpType.IP
                    ? " (IPv4 only; carriers on T-Mobile's network, Mint among them, serve MMS over IPv6)" : ""));
            set.put("mmsys.pdp-type", best.pdpType().name());
        }
        if (targetChanged) {
            Target t = best.target();
            if (configured.viaProxy() && !t.viaProxy()) {
                problem.append(" directly on port ").append(t.port());
                not.add("not through the MMS proxy " + configured.host() + ":" + configured.port());
                set.put("mmsys.mmsc.proxy", "none");
            } else {
                problem.append(" on port ").append(t.port());
                not.add("not on port " + configured.port() + (configured.viaProxy() ? ""
                        : " (the MMSC URL names port " + configured.port() + ", but a carrier's \"MMS port\" belongs "
                        + "to its proxy, and there is none)"));
            }
            if (!t.viaProxy() && t.port() != s.mmscPort()) {
                set.put("mmsys.mmsc.url", withPort(s.mmscUrl().value(), t.port()));
            }
        }
        problem.append(", ").append(String.join(", and ", not));
        String fix = "set " + set.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" and ")) + origins(s, set);
        return new Finding(problem.toString(), fix, set);
    }

    private static Finding nothingWorks(MmsSettings s, PdpType configuredType, Target configured,
                                        List<PathProbe> probes) {
        String apn = s.apn().value();
        String types = "(" + String.join(", ", allTypes(configuredType).stream().map(Enum::name).toList()) + ")";
        String profileApn = profileValue(s, s.apn(), CarrierProfile::apn)
                .map(a -> "; the carrier profile's APN is '" + a + "'").orElse("");
        if (probes.stream().allMatch(p -> p.reached() == Stage.PDP)) {
            return Finding.of("the network refuses a data connection with APN '" + apn + "' for every PDP type "
                            + types, "check mmsys.apn (and the APN user and password) against the carrier's settings"
                            + profileApn + ", and that the plan includes data");
        }
        if (probes.stream().noneMatch(p -> p.reached() == Stage.TCP)) {
            return Finding.of("the modem's DNS cannot resolve " + configured.host() + " over any PDP type " + types,
                    "check that mmsys.apn ('" + apn + "') is the carrier's MMS APN (MMSC names often resolve only "
                            + "there)" + profileApn + " and the host name in mmsys.mmsc.url; if you know the MMSC's "
                            + "address, put it in the URL instead (mmsys.mmsc.url=http://ADDRESS/path)");
        }
        String ports = probes.stream().filter(p -> p.reached() == Stage.TCP).map(p -> p.target().toString())
                .distinct().collect(Collectors.joining(", "));
        return Finding.of("nothing answers at " + ports + " over any PDP type " + types,
                "check that mmsys.apn ('" + apn + "') is the carrier's MMS APN" + profileApn + " and that the plan "
                        + "includes MMS; whether the carrier needs an MMS proxy (AT&T and its MVNOs: mmsys.mmsc.proxy="
                        + "proxy.mobile.att.net:80); and whether the carrier keeps USB modems (by IMEI) off its MMS "
                        + "APN");
    }

    /** A refusal the HTTP status makes clear, if it is one (another answer still proves the MMSC is there). */
    static Optional<Finding> httpRefusal(MmscTarget target, int status, MmsSettings s) {
        String where = target.connectHost() + ":" + target.connectPort();
        String answered = " (HTTP " + status + ")";
        return Optional.ofNullable(switch (status) {
            case 404 -> Finding.of("there is no MMSC at " + target.url().getRawPath() + " on " + where + answered,
                    "check the path of mmsys.mmsc.url (now " + s.mmscUrl().value() + ")");
            case 401, 403 -> Finding.of("the MMSC refuses this client" + answered,
                    "check that mmsys.apn ('" + s.apn().value() + "') is the carrier's MMS APN; some MMSCs take only "
                            + "known handsets: set mmsys.mms.user-agent and mmsys.mms.uaprof to a phone's");
            case 407 -> Finding.of("the MMS proxy " + where + " wants a login" + answered,
                    "check mmsys.mmsc.proxy: carriers' MMS proxies take no login, so this may be the wrong proxy");
            case 405, 415 -> Finding.of(where + " is an HTTP server but not an MMSC" + answered,
                    "check mmsys.mmsc.url" + (target.viaProxy() ? " and mmsys.mmsc.proxy" : "")
                            + " against the carrier's settings");
            case 502, 504 -> target.viaProxy() ? Finding.of("the MMS proxy " + where + " cannot reach the MMSC "
                    + target.url().getHost() + answered, "check the host of mmsys.mmsc.url (the proxy forwards to "
                    + "it)") : null;
            default -> null;
        });
    }

    /** Connected, but no HTTP answer (silence, a close, or no HTTP at all). */
    static Finding noHttpAnswer(MmscTarget target, String why) {
        return Finding.of("the connection to " + target.connectHost() + ":" + target.connectPort() + " opened, but "
                        + "no HTTP answer came back: " + why,
                "check the port (an MMSC URL without one means 80) and whether the carrier needs an MMS proxy "
                        + "(mmsys.mmsc.proxy)");
    }

    /** The MMSC took the test MMS but refused it (M-Send.conf with an error status). */
    static Finding refusedMessage(SendConf conf) {
        ResponseStatus st = conf.responseStatus().equivalent();
        String problem = "the MMSC refused the test MMS: " + conf.responseStatus().label()
                + conf.responseText().map(t -> " (" + t.text() + ")").orElse("");
        String fix;
        if (st.equals(ResponseStatus.PERMANENT_SERVICE_DENIED) || st.code() == 0xEB) {
            fix = "check with the carrier that the plan includes MMS (picture messaging) and has credit";
        } else if (st.equals(ResponseStatus.PERMANENT_SENDING_ADDRESS_UNRESOLVED) || st.code() == 0xC1) {
            fix = "check the --send-test number";
        } else if (st.equals(ResponseStatus.PERMANENT_CONTENT_NOT_ACCEPTED)) {
            fix = "the MMSC refuses the content; set mmsys.mms.max-size to the carrier's limit";
        } else if (st.isTransient()) {
            fix = "the MMSC is reachable but busy: try again later (MMSYS retries such failures)";
        } else {
            fix = "compare mmsys.mms.user-agent, mmsys.mms.uaprof and mmsys.mms.version with a phone's on the "
                    + "same carrier";
        }
        return Finding.of(problem, fix);
    }

    /**
     * A note on where the values to change come from: configured keys may shadow a profile that has them right,
     * and a profile's wrong value is overridden by setting the key.
     */
    private static String origins(MmsSettings s, Map<String, String> set) {
        if (s.profile().isEmpty()) {
            return "";
        }
        CarrierProfile p = s.profile().get();
        Map<String, Setting<?>> current = Map.of("mmsys.pdp-type", s.pdpType(), "mmsys.mmsc.url", s.mmscUrl(),
                "mmsys.mmsc.proxy", s.proxy());
        Map<String, String> fromProfile = Map.of("mmsys.pdp-type", p.pdpType().name(),
                "mmsys.mmsc.url", p.mmscUrl().toString(),
                "mmsys.mmsc.proxy", p.proxy().map(Object::toString).orElse("none"));
        List<String> shadowing = new ArrayList<>();
        List<String> wrongInProfile = new ArrayList<>();
        set.forEach((key, wanted) -> {
            Origin.Kind kind = current.get(key).origin().kind();
            if (kind == Origin.Kind.CONFIGURATION && wanted.equals(fromProfile.get(key))) {
                shadowing.add(key);
            } else if (kind == Origin.Kind.PROFILE) {
                wrongInProfile.add(key);
            }
        });
        if (!shadowing.isEmpty() && shadowing.size() == set.size()) {
            return " (or remove " + String.join(" and ", shadowing) + " from the configuration: the carrier profile '"
                    + p.id() + "' has the right value" + (shadowing.size() > 1 ? "s" : "") + ")";
        }
        if (!wrongInProfile.isEmpty()) {
            return " (this overrides the carrier profile '" + p.id() + "', whose " + String.join(" and ",
                    wrongInProfile) + " does not work here)";
        }
        return "";
    }

    private static <T> Optional<String> profileValue(MmsSettings s, Setting<T> current,
                                                     Function<CarrierProfile, String> fromProfile) {
        return s.profile().map(fromProfile).filter(v -> !v.equals(String.valueOf(current.value())));
    }

    /** {@code url} with {@code port} (no port when it is 80, the default). */
    static String withPort(URI url, int port) {
        try {
            return new URI(url.getScheme(), url.getRawUserInfo(), url.getHost(), port == 80 ? -1 : port,
                    url.getPath(), url.getQuery(), url.getFragment()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot rebuild " + url, e);
        }
    }
}
