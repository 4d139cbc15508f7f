package dev.mmsys.app.cli;

import dev.mmsys.app.CliException;
import dev.mmsys.app.Mmsys;
import dev.mmsys.app.MmsysApplication;
import dev.mmsys.app.MmsysConfig;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mmsys run}: the service, until Ctrl-C or SIGTERM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Start the MMSYS service: the outbox folder (<spool>/outbox), the REST API "
                + "(camel.server.host:camel.server.port, 127.0.0.1:8080 by default), the JMS queue when "
                + "mmsys.queue.enabled=true, and the delivery pipeline (MMS, retries, SMS fallback).",
                "Messages left unfinished by an earlier run are resumed at start. Stop with Ctrl-C or SIGTERM; "
                        + "messages not yet sent stay in the spool for the next start.",
                "With the default port 'emulator', the built-in SIM7600 and MMSC emulators stand in for the modem."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped cleanly", "1:could not start (e.g. the HTTP port is taken)",
                "2:bad option or configuration"})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "start everything, print the ready banner, then stop: checks the "
            + "configuration, the spool and the HTTP port (the launcher also uses it once after a build to record "
            + "a class-data archive for a faster start)")
    boolean check;

    @Override
    public Integer call() {
        MmsysConfig config = common.load();
        PrintWriter out = spec.commandLine().getOut();
        MmsysApplication app = MmsysApplication.service(config);
        app.onReady(() -> {
            long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("mmsys: ready in " + sinceLaunch + " ms");
            out.println("  REST    http://" + config.get("camel.server.host") + ":" + app.httpPort()
                    + "/api  (token " + (config.isSet("mmsys.rest.token") ? "required" : "not required") + ")");
            out.println("  outbox  " + app.beans().spool().outbox());
            out.println("  modem   " + config.get("mmsys.modem.port"));
            app.beans().banner().forEach(l -> out.println("  " + l));
            if (config.getBoolean("mmsys.queue.enabled")) {
                out.println("  queue   " + config.get("mmsys.queue.name") + " at " + config.get("mmsys.queue.url"));
            }
            out.flush();
        });
        try {
            if (check) {
                app.start();
                return Mmsys.EXIT_OK;
            }
            app.runUntilStopped();
        } catch (MmsysConfig.ConfigException e) {
            throw e;
        } catch (IllegalStateException e) {
            throw CliException.failed("could not start: " + e.getMessage());
        } catch (Exception e) {
            throw CliException.failed("could not start: " + rootMessage(e));
        } finally {
            try {
                app.close();
            } catch (Exception e) {
                spec.commandLine().getErr().println("mmsys run: while stopping: " + e);
            }
        }
        return Mmsys.EXIT_OK;
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + c + ")";
    }
}
