package dev.mmsys.doctor;

import dev.mmsys.app.MmsysConfig;
import dev.mmsys.app.modem.SimReader;
import dev.mmsys.carrier.CarrierException;
import dev.mmsys.carrier.CarrierResolver;
import dev.mmsys.carrier.MmsSettings;
import dev.mmsys.carrier.SimIdentity;
import dev.mmsys.doctor.PathProbe.Stage;
import dev.mmsys.doctor.PathProbe.Target;
import dev.mmsys.mms.MmsDecodeException;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.MmsException;
import dev.mmsys.mms.MmsStatus;
import dev.mmsys.mms.NotifyRespInd;
import dev.mmsys.mms.SendConf;
import dev.mmsys.mms.SendReq;
import dev.mmsys.modem.AuthType;
import dev.mmsys.modem.HttpOptions;
import dev.mmsys.modem.HttpResponse;
import dev.mmsys.modem.MmsSubmission;
import dev.mmsys.modem.MmsSubmitter;
import dev.mmsys.modem.MmscTarget;
import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.ModemHttpClient;
import dev.mmsys.modem.ModemIdentity;
import dev.mmsys.modem.ModemSession;
import dev.mmsys.modem.ModemSocket;
import dev.mmsys.modem.NetworkSettings;
import dev.mmsys.modem.PdpStatus;
import dev.mmsys.modem.PdpType;
import dev.mmsys.modem.ReceiveMode;
import dev.mmsys.modem.Registration;
import dev.mmsys.modem.SocketError;
import dev.mmsys.modem.Transcript;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the MMS path on one modem session, the way a submission goes: the port answers AT, the SIM is ready, the
 * modem is registered for data, the carrier settings are known (from the SIM with {@code mmsys.carrier=auto}), the
 * PDP context comes up and gets addresses, the modem's DNS resolves the MMSC (or proxy), a TCP connection opens on
 * the right port, and the MMSC answers an HTTP POST. The HTTP probe is an M-NotifyResp.ind for a made-up
 * transaction (what a phone posts after an MMS notification), so nothing is sent to anybody; {@code --send-test}
 * adds a real MMS.
 *
 * <p>When the context, DNS or TCP step fails, the other PDP types and ports are tried, so the diagnosis can say
 * which setting to change (the first user's case: an IP context and port 8080, where only IPV4V6 on port 80
 * reaches the MMSC).
 */
public final class Doctor {

    /** The steps in order; {@code send-test} only with {@link DoctorOptions#sendTestTo()}. */
    private static final Pattern SOCKET_ERROR = Pattern.compile("\\+CIPOPEN: \\d+,(\\d+)|\\+NETOPEN: (\\d+)");

    public static final List<String> STEPS = List.of("modem", "sim", "registration", "carrier", "pdp", "addresses",
            "dns", "tcp", "http", "send-test");

    private final ModemSession session;
    private final MmsysConfig config;
    private final CarrierResolver resolver;
    private final DoctorOptions options;
    private final DoctorListener listener;
    private final Clock clock;

    private final List<Check> checks = new ArrayList<>();
    private final List<PathProbe> probes = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private MmsSettings settings;
    private NetworkSettings network;
    private MmscTarget target;
    private Target configuredTarget;
    private List<String> addresses;
    private ModemSocket socket;

    public Doctor(ModemSession session, MmsysConfig config, CarrierResolver resolver, DoctorOptions options,
                  DoctorListener listener, Clock clock) {
        this.session = session;
        this.config = config;
        this.resolver = resolver;
        this.options = options;
        this.listener = listener;
        this.clock = clock;
    }

    /** Runs every step (stopping at the first that fails) and leaves the modem's network closed. */
    public DoctorReport run() {
        try {
            boolean ok = step("modem", this::modem, this::modemFinding)
                    && step("sim", this::sim, Doctor::asIs)
                    && step("registration", this::registration, Doctor::asIs)
                    && step("carrier", this::carrier, Doctor::asIs)
                    && pathStep("pdp", this::pdp)
                    && step("addresses", this::addresses, Doctor::asIs)
                    && pathStep("dns", this::dns)
                    && pathStep("tcp", this::tcp)
                    && step("http", this::http, e -> Remedies.noHttpAnswer(target, e.getMessage()));
            if (ok && options.sendTestTo().isPresent()) {
                step("send-test", this::sendTest, e -> Finding.of(e.getMessage(),
                        "the checks before passed, so look at the MMSC's answer above; try again later"));
            }
        } finally {
            closeQuietly();
        }
        List<Check> all = new ArrayList<>(checks);
        String failed = checks.isEmpty() ? "" : checks.get(checks.size() - 1).name();
        for (String name : STEPS.subList(checks.size(), STEPS.size())) {
            if (!name.equals("send-test") || options.sendTestTo().isPresent()) {
                all.add(Check.skipped(name, "not checked: the " + failed + " step failed"));
            }
        }
        return new DoctorReport(session.port(), all, probes, findings, Optional.ofNullable(settings));
    }

    // ---- the steps ---------------------------------------------------------------------------------------------

    private Outcome modem() throws ModemException {
        ModemIdentity id = session.start();
        String what = id.toString().isEmpty() ? "a modem" : id.toString();
        return Outcome.passed(what + " answers AT commands on " + session.port(),
                id.imei().isEmpty() ? List.of() : List.of("IMEI " + redact(id.imei())));
    }

    private Finding modemFinding(ModemException e) {
        String port = session.port();
        if (port.startsWith("tcp://")) {
            return Finding.of(e.getMessage(), "check that ser2net (or 'mmsys emulator') serves the modem at " + port
                    + ", or set mmsys.modem.port to where it is");
        }
        return Finding.of(e.getMessage(), "set mmsys.modem.port to the modem's AT port (now " + port
                + "; Linux: usually /dev/ttyUSB2, see ls -l /dev/serial/by-id/; Windows: the \"SimTech HS-USB AT "
                + "Port\" COM port), and make sure no other program (ModemManager, mmsys run) holds it");
    }

    private Outcome sim() throws ModemException {
        String state = session.checkSim();
        return Outcome.passed(state.equals("READY") ? "SIM ready (AT+CPIN? READY)" : "SIM " + state, List.of());
    }

    private Outcome registration() throws ModemException {
        Registration r = session.requireRegistration();
        return Outcome.passed(r.toString(), List.of());
    }

    private Outcome carrier() {
        Optional<SimIdentity> sim = Optional.empty();
        List<String> details = new ArrayList<>();
        try {
            sim = Optional.of(SimReader.read(session));
        } catch (ModemException e) {
            details.add("the SIM could not be read for carrier detection: " + e.getMessage());
        }
        try {
            settings = resolver.resolve(config, sim);
        } catch (CarrierException | MmsysConfig.ConfigException e) {
            return Outcome.failed(e.getMessage(), details, Finding.of(e.getMessage(),
                    "name your carrier with mmsys.carrier (see config/carriers.yaml), or set mmsys.apn and "
                            + "mmsys.mmsc.url yourself"));
        }
        settings.match().ifPresentOrElse(m -> details.addAll(m.explanation()),
                () -> details.add("carrier detection was not needed: mmsys.apn and mmsys.mmsc.url are set"));
        details.addAll(settings.describe());
        try {
            target = MmscTarget.of(settings.mmscUrl().value().toString(),
                    settings.proxy().value().map(p -> p.host() + ":" + p.port()).orElse(""));
            network = network(settings, PdpType.valueOf(settings.pdpType().value().name()));
        } catch (IllegalArgumentException e) {
            return Outcome.failed(e.getMessage(), details, Finding.of(e.getMessage(),
                    "correct mmsys.apn, mmsys.mmsc.url or mmsys.mmsc.proxy"));
        }
        configuredTarget = new Target(target.connectHost(), target.connectPort(), target.viaProxy());
        String profile = settings.profile().map(p -> "carrier profile " + p.id() + " (" + p.name() + ")")
                .orElse("no carrier profile");
        String how = settings.profile().isEmpty() ? "the configured settings"
                : settings.carrier().equals("auto") ? "detected from the SIM" : "mmsys.carrier=" + settings.carrier();
        return Outcome.passed(profile + ", " + how + ": APN " + settings.apn().value() + ", "
                + settings.pdpType().value() + ", MMSC " + settings.mmscUrl().value()
                + settings.proxy().value().map(p -> " through proxy " + p).orElse(""), details);
    }

    private Outcome pdp() throws ModemException {
        PdpStatus s = session.openNetwork(network);
        return Outcome.passed(s.toString(), List.of());
    }

    private Outcome addresses() throws ModemException {
        PdpStatus s = session.openNetwork(network);
        List<String> reported = new ArrayList<>(s.pdpAddresses());
        reported.add(s.ipAddress());
        Addresses a = Addresses.of(reported);
        String summary = "IPv4 " + (a.ipv4().isEmpty() ? "none" : String.join(", ", a.ipv4())) + "; IPv6 "
                + (a.ipv6().isEmpty() ? "none" : String.join(", ", a.ipv6()));
        if (a.isEmpty()) {
            return Outcome.failed("the context is up but has no address (" + reported + ")", List.of(),
                    Finding.of("the network opened the " + network.pdpType() + " context without giving it an "
                            + "address", "check mmsys.apn (now '" + network.apn() + "') against the carrier's "
                            + "settings, then power-cycle the modem"));
        }
        List<String> notes = new ArrayList<>();
        if (network.pdpType() != PdpType.IP && a.ipv6().isEmpty()) {
            notes.add("an " + network.pdpType() + " context was asked for, but the network granted no IPv6 address");
        }
        if (network.pdpType() != PdpType.IPV6 && a.ipv4().isEmpty()) {
            notes.add("no IPv4 address: the modem's socket stack connects to IPv4 addresses (through the "
                    + "network's 464XLAT translator on IPv6-only networks)");
        }
        return Outcome.passed(summary, notes);
    }

    private Outcome dns() throws ModemException {
        String host = target.connectHost();
        addresses = session.resolve(host);
        if (addresses.size() == 1 && addresses.get(0).equals(host)) {
            return Outcome.passed(host + " is an address; no lookup needed", List.of());
        }
        return Outcome.passed(host + " → " + String.join(", ", addresses) + " (A)",
                List.of("AAAA: not asked; the SIM7600's AT+CDNSGIP answers with one IPv4 address"));
    }

    private Outcome tcp() throws ModemException {
        socket = session.openSocket(addresses.get(0), target.connectPort(), network, options.connectTimeout());
        return Outcome.passed("connected to " + socket.remote() + (target.viaProxy() ? " (the MMS proxy)" : "")
                + (network.transparent() ? ", transparent mode" : ""), List.of());
    }

    private Outcome http() throws ModemException {
        byte[] probe = MmsEncoder.encode(NotifyRespInd.builder().transactionId(probeTransactionId())
                .version(options.mmsVersion()).status(MmsStatus.DEFERRED).reportAllowed(false).build());
        HttpResponse r;
        try (ModemSocket s = socket) {
            r = ModemHttpClient.post(s, target, probe, httpOptions());
        } finally {
            socket = null;
        }
        String said = "POST " + target.requestTarget() + " (an M-NotifyResp.ind probe, " + probe.length
                + " octets; it sends nothing) → " + r.statusLine();
        Optional<Finding> refused = Remedies.httpRefusal(target, r.status(), settings);
        if (refused.isPresent()) {
            return Outcome.failed(said, List.of(), refused.get());
        }
        List<String> notes = r.isSuccess() ? List.of() : List.of("the MMSC answers HTTP, but not with 2xx to the "
                + "probe (MMSCs differ in how they treat an unknown transaction); --send-test NUMBER sends a real "
                + "MMS to be sure");
        return Outcome.passed(said, notes);
    }

    private Outcome sendTest() throws ModemException {
        String to = options.sendTestTo().orElseThrow();
        byte[] pdu;
        try {
            pdu = MmsEncoder.encode(SendReq.builder().version(options.mmsVersion()).androidDefaults(clock.instant())
                    .to(to).subject("MMSYS test").text("MMSYS test message: the MMS path through your modem works.")
                    .build());
        } catch (MmsException e) {
            return Outcome.failed("cannot encode the test MMS: " + e.getMessage(), List.of(),
                    Finding.of(e.getMessage(), "give --send-test a phone number such as +16195550100"));
        }
        MmsSubmission sub = new MmsSubmitter(session).submit(network, target, pdu, httpOptions());
        HttpResponse r = sub.response();
        String said = "M-Send.req to " + redact(to) + " (" + pdu.length + " octets) → " + r.statusLine();
        if (!r.isSuccess()) {
            return Outcome.failed(said, List.of(), Remedies.httpRefusal(target, r.status(), settings)
                    .orElse(Finding.of("the MMSC answered " + r.statusLine() + " to a real MMS",
                            "try again later; if it persists, compare mmsys.mms.user-agent and mmsys.mms.uaprof "
                                    + "with a phone's on the same carrier")));
        }
        SendConf conf;
        try {
            conf = MmsDecoder.lenient().decode(r.body(), SendConf.class);
        } catch (MmsDecodeException e) {
            return Outcome.failed(said + " with no M-Send.conf: " + e.getMessage(), List.of(), Finding.of(
                    "the server at " + target.connectHost() + ":" + target.connectPort() + " answered, but not as an "
                            + "MMSC (" + r.mediaType() + ")", "check mmsys.mmsc.url and mmsys.mmsc.proxy"));
        }
        String status = conf.responseStatus().label() + conf.responseText().map(t -> " (" + t.text() + ")").orElse("");
        if (!conf.responseStatus().isOk()) {
            return Outcome.failed(said + ", M-Send.conf " + status, List.of(), Remedies.refusedMessage(conf));
        }
        return Outcome.passed(said + ", M-Send.conf " + status + ", Message-ID " + conf.messageId().orElse("(none)"),
                List.of("check that the phone received it as one bubble"));
    }

    // ---- other ways to the MMSC ----------------------------------------------------------------------------------

    /** A step of the path (context, DNS, TCP): when it fails, the other PDP types and ports are tried. */
    private boolean pathStep(String name, Body body) {
        Check c = run(name, body, e -> null);
        if (c.passed()) {
            return true;
        }
        Stage stage = switch (name) {
            case "pdp" -> Stage.PDP;
            case "dns" -> Stage.DNS;
            default -> Stage.TCP;
        };
        closeSocket();
        PdpType configuredType = network.pdpType();
        probes.add(new PathProbe(configuredType, configuredTarget, true, stage, false, c.summary()));
        listener.probingAlternatives();
        List<Target> targets = new ArrayList<>(List.of(configuredTarget));
        targets.addAll(Remedies.otherTargets(settings));
        for (PdpType type : Remedies.allTypes(configuredType)) {
            // what failed with the configured type fails again there: its context, or its DNS for that host
            List<Target> ts = targets.stream().filter(t -> type != configuredType || !(stage == Stage.PDP
                    || t.equals(configuredTarget) || stage == Stage.DNS && t.host().equals(configuredTarget.host())))
                    .toList();
            if (!ts.isEmpty()) {
                probeAll(type, ts);
            }
        }
        findings.add(Remedies.fromProbes(settings, configuredType, configuredTarget, probes));
        return false;
    }

    /** Tries {@code targets} over a {@code type} context, in command mode (a probe only connects). */
    private void probeAll(PdpType type, List<Target> targets) {
        NetworkSettings n = network(settings, type).withTransparent(false);
        try {
            session.openNetwork(n);
        } catch (ModemException e) {
            record(new PathProbe(type, targets.get(0), false, Stage.PDP, false, briefly(Stage.PDP, e)));
            return;
        }
        Map<String, String> unresolved = new HashMap<>();
        for (Target t : targets) {
            if (unresolved.containsKey(t.host())) {
                record(new PathProbe(type, t, false, Stage.DNS, false, unresolved.get(t.host())));
                continue;
            }
            List<String> ips;
            try {
                ips = session.resolve(t.host());
            } catch (ModemException e) {
                unresolved.put(t.host(), briefly(Stage.DNS, e));
                record(new PathProbe(type, t, false, Stage.DNS, false, unresolved.get(t.host())));
                continue;
            }
            try (ModemSocket s = session.openSocket(ips.get(0), t.port(), n, options.connectTimeout())) {
                record(new PathProbe(type, t, false, Stage.TCP, true, "connected to " + s.remote()));
            } catch (ModemException e) {
                record(new PathProbe(type, t, false, Stage.TCP, false, briefly(Stage.TCP, e)));
            }
        }
    }

    /** A probe's failure in a few words (the full advice is the configured attempt's). */
    private String briefly(Stage stage, ModemException e) {
        String answer = e.answer() == null ? null : e.answer().strip();
        Matcher m = SOCKET_ERROR.matcher(answer == null ? "" : answer);
        String said = answer == null ? "" : " (" + answer + (m.find()
                ? ": " + SocketError.describe(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))) : "")
                + ")";
        return switch (stage) {
            case PDP -> "the context did not come up" + said;
            case DNS -> "no address for the host" + said;
            case TCP -> answer == null ? "no answer within " + options.connectTimeout().toSeconds() + " s"
                    : "no connection" + said;
        };
    }

    private void record(PathProbe p) {
        probes.add(p);
        listener.probed(p);
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    /** What a step found: its verdict, one line, further lines, and for a failure the diagnosis. */
    private record Outcome(boolean ok, String summary, List<String> details, Finding finding) {
        static Outcome passed(String summary, List<String> details) {
            return new Outcome(true, summary, details, null);
        }

        static Outcome failed(String summary, List<String> details, Finding finding) {
            return new Outcome(false, summary, details, finding);
        }
    }

    @FunctionalInterface
    private interface Body {
        Outcome run() throws ModemException;
    }

    @FunctionalInterface
    private interface OnError {
        Finding finding(ModemException e);
    }

    private boolean step(String name, Body body, OnError onError) {
        return run(name, body, onError).passed();
    }

    private Check run(String name, Body body, OnError onError) {
        long mark = session.transcriptMark();
        long t0 = System.nanoTime();
        Outcome o;
        try {
            o = body.run();
        } catch (ModemException e) {
            o = Outcome.failed(e.getMessage(), List.of(), onError.finding(e));
        } catch (RuntimeException e) {
            // a fault of MMSYS, not of the path: the report still comes out, with what went wrong
            o = Outcome.failed("MMSYS failed in this step: " + e, List.of(), Finding.of("MMSYS failed in the "
                    + name + " step (" + e + ")", "report it with the output of mmsys doctor --verbose"));
        }
        Check c = new Check(name, o.ok() ? Check.Status.PASSED : Check.Status.FAILED, o.summary(), o.details(),
                Duration.ofNanos(System.nanoTime() - t0), session.transcriptSince(mark));
        checks.add(c);
        if (o.finding() != null) {
            findings.add(o.finding());
        }
        listener.checked(c);
        return c;
    }

    /** The exception's message is the diagnosis (the modem layer's messages say what to do). */
    private static Finding asIs(ModemException e) {
        return Finding.of(e.getMessage(), "");
    }

    private static NetworkSettings network(MmsSettings s, PdpType type) {
        // as the sim7600 component does by default: cid 1, transparent mode, push receive
        return s.apnCredentials().value()
                .map(c -> new NetworkSettings(s.apn().value(), type, 1, AuthType.PAP_OR_CHAP, c.user(), c.password(),
                        false, true, ReceiveMode.PUSH))
                .orElseGet(() -> NetworkSettings.of(s.apn().value(), type));
    }

    private HttpOptions httpOptions() {
        return new HttpOptions(settings.userAgent().value(), settings.uaProf().value().toString(),
                options.connectTimeout().multipliedBy(3), HttpOptions.defaults().maxResponseSize());
    }

    private static String probeTransactionId() {
        byte[] r = new byte[6];
        new SecureRandom().nextBytes(r);
        return "mmsys-doctor-" + HexFormat.of().formatHex(r);
    }

    private String redact(String s) {
        return session.settings().redact() ? Transcript.shortenNumbers(s) : s;
    }

    private void closeSocket() {
        if (socket != null) {
            try {
                socket.close();
            } catch (Exception e) {
                // the modem may have dropped it already
            }
            socket = null;
        }
    }

    private void closeQuietly() {
        closeSocket();
        try {
            if (session.isConnected()) {
                session.closeNetwork();
            }
        } catch (ModemException e) {
            // the modem gets reconfigured by the next user anyway
        }
    }
}
