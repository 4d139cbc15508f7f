package dev.mmsys.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mmsys.app.CliException;
import dev.mmsys.app.Mmsys;
import dev.mmsys.app.MmsysBeans;
import dev.mmsys.app.MmsysConfig;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.Recipients;
import dev.mmsys.app.modem.BuiltInEmulator;
import dev.mmsys.carrier.CarrierResolver;
import dev.mmsys.doctor.Doctor;
import dev.mmsys.doctor.DoctorListener;
import dev.mmsys.doctor.DoctorOptions;
import dev.mmsys.doctor.DoctorReport;
import dev.mmsys.doctor.ReportText;
import dev.mmsys.modem.ModemSessions;
import dev.mmsys.modem.SessionSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mmsys doctor}: walks the MMS path on the configured modem and says which step fails and what to change. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the MMS path on the configured modem (mmsys.modem.port) step by step: the port answers "
                + "AT, SIM ready, registered with signal, carrier settings (detected from the SIM with "
                + "mmsys.carrier=auto), PDP context up, its addresses, DNS of the MMSC (or proxy), TCP to it on the "
                + "right port, and an HTTP exchange with the MMSC (an M-NotifyResp.ind probe that sends nothing to "
                + "anybody). Each step prints ✔ or ✘ with its evidence.",
                "When the context, DNS or TCP step fails, the other PDP types (IP, IPV6, IPV4V6) and port 80 are "
                        + "tried too, and the diagnosis names the setting to change, e.g. mmsys.pdp-type=IPV4V6.",
                "The doctor needs the modem port to itself: stop 'mmsys run' (or anything else using the port) "
                        + "first. It leaves the modem's data connection closed."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every step passed", "1:a step failed (the diagnosis says what to change)",
                "2:bad option or configuration"})
public final class DoctorCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--send-test", paramLabel = "NUMBER",
            description = "after the checks pass, send a real MMS to this number (e.g. your own phone) and show "
                    + "the MMSC's answer")
    String sendTest;

    @Option(names = {"-v", "--verbose"}, description = "show the AT dialogue of every step")
    boolean verbose;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "20s",
            description = "how long a TCP connection may take before it counts as unanswered (default: "
                    + "${DEFAULT-VALUE})")
    String connectTimeout;

    @Override
    public Integer call() throws Exception {
        MmsysConfig configured = common.load();
        DoctorOptions options = new DoctorOptions(timeout(), sendTestNumber(configured),
                MmsysBeans.mmsVersion(configured));
        PrintWriter out = spec.commandLine().getOut();
        ReportText text = common.json ? null : new ReportText(out, verbose);
        DoctorReport report;
        Optional<BuiltInEmulator> emulator = BuiltInEmulator.forConfig(configured);
        try {
            MmsysConfig config = emulator.map(e -> e.configure(configured)).orElse(configured);
            emulator.ifPresent(BuiltInEmulator::register);
            CarrierResolver resolver = new CarrierResolver(MmsysBeans.carrierCatalog(config));
            String port = config.get("mmsys.modem.port");
            SessionSettings defaults = SessionSettings.defaults().withBaudRate(config.getInt("mmsys.modem.baud-rate"));
            SessionSettings session = defaults.withTimeouts(defaults.commandTimeout(), defaults.netOpenTimeout(),
                    options.connectTimeout(), defaults.sendTimeout(), defaults.dnsTimeout(), defaults.smsTimeout());
            if (text != null) {
                text.header(port);
                emulator.ifPresent(e -> e.describe().forEach(l -> out.println("  " + l)));
            }
            try (ModemSessions.Lease lease = ModemSessions.acquire(port, session)) {
                report = new Doctor(lease.session(), config, resolver, options,
                        text == null ? DoctorListener.NONE : text, Clock.systemUTC()).run();
            }
        } finally {
            emulator.ifPresent(BuiltInEmulator::close);
        }
        if (text != null) {
            text.finish(report);
        } else {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report.toMap()));
        }
        out.flush();
        return report.ok() ? Mmsys.EXIT_OK : Mmsys.EXIT_FAILED;
    }

    private Duration timeout() {
        String key = "mmsys.doctor.connect-timeout";
        try {
            Duration d = MmsysConfig.defaults().with(Map.of(key, connectTimeout)).getDuration(key);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("not positive");
            }
            return d;
        } catch (MmsysConfig.ConfigException | IllegalArgumentException e) {
            throw CliException.badInput("--connect-timeout " + connectTimeout + " is not a positive duration such "
                    + "as 20s or 1500ms");
        }
    }

    private Optional<String> sendTestNumber(MmsysConfig config) {
        if (sendTest == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Recipients(config.get("mmsys.default-region")).normalise(sendTest, "--send-test"));
        } catch (InvalidMessageException e) {
            throw CliException.badInput(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MmsysConfig.ConfigException("mmsys.default-region=" + config.get("mmsys.default-region") + ": "
                    + e.getMessage());
        }
    }
}
