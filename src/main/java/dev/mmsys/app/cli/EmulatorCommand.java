package dev.mmsys.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mmsys.app.CliException;
import dev.mmsys.app.Mmsys;
import dev.mmsys.app.MmsysConfig;
import dev.mmsys.emulator.EmulatorProfile;
import dev.mmsys.emulator.EmulatorProfiles;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.EmulatorStack;
import dev.mmsys.emulator.MmscSettings;
import dev.mmsys.emulator.PtyLink;
import dev.mmsys.emulator.TcpModemServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mmsys emulator}: the SIM7600 and MMSC emulators, for a dry run without a modem. */
@Command(name = "emulator",
        mixinStandardHelpOptions = true,
        description = {
                "Run the SIM7600 modem emulator and the MMSC emulator until stopped (Ctrl-C), and print where to "
                        + "connect. The modem answers AT commands as a SIM7600G-H does and opens its TCP "
                        + "connections onto emulated carrier networks; the MMSC emulator takes the MMS, stores it "
                        + "and shows it on a web page, one bubble per message.",
                "The modem is served on a pseudo-terminal (--pty, needs socat) or as raw TCP like ser2net "
                        + "(--tcp, the default on port 7600). Point MMSYS at it with --port LINK or "
                        + "--port tcp://127.0.0.1:PORT, and use the carrier settings printed.",
                "Profiles: ideal, mint-ipv4-blocked, port80-only, no-sim, not-registered, dns-failure, "
                        + "att-mvno-proxy (default: mmsys.modem.emulator-profile).",
                "Of the options all commands share, only --config, --set and --json apply here: the carrier "
                        + "settings come from the profile."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:stopped cleanly",
                "1:the emulators could not start (port in use, socat missing, store not writable)",
                "2:bad input: unknown profile or option"})
public final class EmulatorCommand implements Callable<Integer> {

    static final int DEFAULT_TCP_PORT = 7600;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Transport transport;

    static final class Transport {
        @Option(names = "--pty", paramLabel = "LINK",
                description = "serve the modem on a pseudo-terminal: LINK becomes a symlink to it (needs socat)")
        Path pty;

        @Option(names = "--tcp", paramLabel = "PORT",
                description = "serve the modem as raw TCP on 127.0.0.1:PORT (default " + DEFAULT_TCP_PORT + ")")
        Integer tcp;
    }

    @Option(names = "--mmsc-port", paramLabel = "P", defaultValue = "0",
            description = "port of the MMSC emulator on 127.0.0.1 (default: any free port)")
    int mmscPort;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "carrier profile to play (default: mmsys.modem.emulator-profile, else ideal)")
    String profile;

    @Option(names = "--store", paramLabel = "DIR",
            description = "where the MMSC emulator stores each message (default: <mmsys.spool.dir>/mmsc-emulator)")
    Path store;

    @Option(names = "--baud", paramLabel = "RATE", defaultValue = "115200",
            description = "line rate of the emulated serial port, both directions (0: unthrottled)")
    int baud;

    @Option(names = "--time-scale", paramLabel = "F", defaultValue = "1.0",
            description = "multiply every modelled delay and modem timeout by F (default 1.0: real-modem timing)")
    double timeScale;

    /** Tripped to stop (by Ctrl-C's shutdown hook, or a test interrupting the thread). */
    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() {
        MmsysConfig config = common.load();
        String name = profile != null ? profile : config.get("mmsys.modem.emulator-profile");
        EmulatorProfile p = EmulatorProfiles.find(name.isEmpty() ? "ideal" : name).orElseThrow(() ->
                CliException.badInput("--profile " + name + ": unknown profile; choose one of "
                        + String.join(", ", EmulatorProfiles.names())));
        if (baud < 0) {
            throw CliException.badInput("--baud " + baud + ": a line rate is 0 (unthrottled) or more");
        }
        if (timeScale < 0 || Double.isNaN(timeScale)) {
            throw CliException.badInput("--time-scale " + timeScale + ": must be 0 or more");
        }
        int tcpPort = transport == null || transport.tcp == null ? DEFAULT_TCP_PORT : transport.tcp;
        if (tcpPort < 0 || tcpPort > 65535 || mmscPort < 0 || mmscPort > 65535) {
            throw CliException.badInput("ports are 0-65535 (--tcp " + tcpPort + ", --mmsc-port " + mmscPort + ")");
        }
        Path dir = store != null ? store : Path.of(config.get("mmsys.spool.dir"), "mmsc-emulator");
        EmulatorSettings settings = EmulatorSettings.defaults().withProfile(p).withBaudRate(baud)
                .withTimeScale(timeScale);
        MmscSettings mmscSettings = MmscSettings.forProfile(p, dir).withPort(mmscPort);
        Thread hook = new Thread(stop::countDown, "mmsys-emulator-stop");
        try (EmulatorStack stack = start(settings, mmscSettings);
             AutoCloseable served = serve(stack, tcpPort)) {
            print(stack, served, dir);
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                removeHook(hook);
            }
        } catch (CliException e) {
            throw e;
        } catch (Exception e) {
            throw CliException.failed("the emulators stopped with an error: " + e.getMessage());
        }
        return Mmsys.EXIT_OK;
    }

    private static EmulatorStack start(EmulatorSettings settings, MmscSettings mmscSettings) {
        try {
            return EmulatorStack.start(settings, mmscSettings);
        } catch (IOException e) {
            throw CliException.failed(e.getMessage());
        }
    }

    private AutoCloseable serve(EmulatorStack stack, int tcpPort) {
        try {
            if (transport != null && transport.pty != null) {
                return stack.modem().servePty(transport.pty);
            }
            return stack.modem().serveTcp(tcpPort);
        } catch (IOException e) {
            String which = transport != null && transport.pty != null ? "--pty " + transport.pty : "--tcp " + tcpPort;
            throw CliException.failed(which + ": " + e.getMessage());
        }
    }

    private void print(EmulatorStack stack, AutoCloseable served, Path dir) {
        EmulatorProfile p = stack.modem().profile();
        EmulatorStack.CarrierSettings c = stack.carrierSettings();
        String port = served instanceof PtyLink link ? link.path().toString()
                : "tcp://127.0.0.1:" + ((TcpModemServer) served).port();
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            ObjectNode n = new ObjectMapper().createObjectNode();
            n.put("profile", p.name());
            n.put("modemPort", port);
            n.put("baudRate", baud);
            n.put("mmscPage", stack.mmsc().pageUri().toString());
            n.put("mmscStore", dir.toAbsolutePath().toString());
            n.put("apn", c.apn());
            n.put("pdpType", c.pdpType().name());
            n.put("mmscUrl", c.mmscUrl());
            n.put("proxy", c.proxy());
            out.println(n);
        } else {
            out.println("SIM7600 emulator, profile " + p.name() + ": " + p.description());
            out.println("  modem port:  " + port + (baud == 0 ? " (unthrottled)" : " (" + baud + " baud)"));
            out.println("               run MMSYS with --port " + port);
            out.println("MMSC emulator: " + stack.mmsc().pageUri() + " shows what it received; messages are "
                    + "stored in " + dir.toAbsolutePath());
            out.println("carrier settings: APN " + c.apn() + ", PDP type " + c.pdpType() + ", MMSC " + c.mmscUrl()
                    + ", proxy " + (c.proxy().isEmpty() ? "none" : c.proxy()));
            out.println("Press Ctrl-C to stop.");
        }
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running
        }
    }
}
