package dev.mmsys.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.Mmsys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mmsys run} (with --check, which starts everything and stops) and the help of run and send. */
class RunCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int mmsys(String... args) {
        CommandLine cl = Mmsys.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void checkStartsTheServiceOnTheBuiltInEmulatorPrintsTheBannerAndStops() {
        assertEquals(0, mmsys("run", "--check", "--set", "mmsys.spool.dir=" + dir.resolve("spool"), "--set",
                "camel.server.port=0"), err.toString());
        String o = out.toString();
        assertTrue(o.startsWith("mmsys: ready in "), o);
        assertTrue(o.matches("(?s).*REST +http://127\\.0\\.0\\.1:[1-9][0-9]*/api .*"), o);
        assertTrue(o.contains("modem   emulator"), o);
        assertTrue(o.contains("emulator: SIM7600 profile 'ideal'"), o);
        assertTrue(Files.isDirectory(dir.resolve("spool").resolve("outbox")));
    }

    @Test
    void badSettingsStopTheStartWithExitTwoNamingTheKey() {
        assertEquals(2, mmsys("run", "--check", "--set", "mmsys.spool.dir=" + dir.resolve("s"), "--set",
                "mmsys.sms-threshold=-1"));
        assertTrue(err.toString().contains("mmsys.sms-threshold=-1"), err.toString());
        assertEquals(2, mmsys("run", "--check", "--set", "mmsys.spool.dir=" + dir.resolve("s"), "--set",
                "mmsys.carrier=no-such-carrier", "--port", "/dev/ttyUSB9"));
        assertTrue(err.toString().contains("mmsys.carrier=no-such-carrier"), err.toString());
        assertEquals(2, mmsys("run", "--check", "--set", "mmsys.spool.dir=" + dir.resolve("s"), "--set",
                "mmsys.modem.emulator-profile=nowhere"));
        assertTrue(err.toString().contains("mmsys.modem.emulator-profile=nowhere"), err.toString());
    }

    @Test
    void aTakenHttpPortFailsWithExitOneAndAHint() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertEquals(1, mmsys("run", "--check", "--set", "mmsys.spool.dir=" + dir.resolve("spool"), "--set",
                    "camel.server.port=" + taken.getLocalPort()));
            assertTrue(err.toString().contains("camel.server.port"), err.toString());
        }
    }

    @Test
    void helpTellsWhatEachCommandDoes() {
        assertEquals(0, mmsys("run", "--help"));
        assertTrue(out.toString().contains("Start the MMSYS service"), out.toString());
        assertEquals(0, mmsys("send", "--help"));
        assertTrue(out.toString().matches("(?s).*3 +sent as SMS.*"), out.toString());
        assertTrue(out.toString().contains("--text-file"), out.toString());
    }
}
