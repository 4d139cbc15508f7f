package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.Mmsys;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.emulator.MmscResponse;
import dev.mmsys.mms.SendReq;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mmsys send} through the emulated modem on a pty and the MMSC. */
class SendCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int send(EmulatedCarrier carrier, String... args) {
        CommandLine cl = Mmsys.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> a = new ArrayList<>(List.of("send"));
        a.addAll(List.of(args));
        for (Map.Entry<String, String> e : carrier.settings().entrySet()) {
            a.addAll(List.of("--set", e.getKey() + "=" + e.getValue()));
        }
        a.addAll(List.of("--set", "mmsys.spool.dir=" + dir.resolve("spool"), "--set", "mmsys.retry.initial-delay=50ms"));
        return cl.execute(a.toArray(String[]::new));
    }

    @Test
    void sendsOneMmsAndExitsZero() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            String text = "A long text that must arrive as one bubble. ".repeat(20);
            assertEquals(0, send(carrier, "--to", "+16195550100,+16195550101", "--text", text, "--subject", "Hi"),
                    out + "\n" + err);
            SendReq r = carrier.requests().get(0);
            assertEquals(text, r.text().orElseThrow());
            assertEquals(List.of("+16195550100/TYPE=PLMN", "+16195550101/TYPE=PLMN"), r.recipients());
            assertTrue(out.toString().contains("Sent as MMS to +16195550100, +16195550101: Message-ID " + carrier.mmsc.received().get(0).summary().get("messageId").asText()), out.toString());
        }
    }

    @Test
    void permanentMmsFailureFallsBackToSmsAndExitsThree() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            carrier.mmsc.script().always(MmscResponse.permanentFailure());
            assertEquals(3, send(carrier, "--to", "+16195550100", "--text", "Short but refused as MMS"), out + "\n" + err);
            assertEquals(1, carrier.modem.smsc().all().size());
            assertTrue(out.toString().contains("Sent as SMS to +16195550100: 1 part(s)"), out.toString());
        }
    }

    @Test
    void permanentMmsFailureWithoutFallbackExitsOnePrintingTheReason() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            carrier.mmsc.script().always(MmscResponse.permanentFailure());
            int code = send(carrier, "--to", "+16195550100", "--text", "Refused as MMS, and no SMS allowed",
                    "--set", "mmsys.fallback=none");
            assertEquals(1, code, out + "\n" + err);
            String printed = out.toString();
            assertTrue(printed.contains("Failed: MMS failed: ") && printed.contains("refused the message: "
                    + "Error-permanent-failure") && printed.contains("no SMS fallback (mmsys.fallback=none)"), printed);
            Matcher id = Pattern.compile("Message (\\S+) \\(details: mmsys status \\1\\)")
                    .matcher(printed);
            assertTrue(id.find(), printed);
            assertTrue(Files.exists(dir.resolve("spool/failed").resolve(id.group(1) + ".json")),
                    "the failure is recorded in failed/");
            assertEquals(1, carrier.mmsc.received().size(), "a permanent refusal is not retried");
            assertEquals(0, carrier.modem.smsc().all().size(), "no SMS");
        }
    }

    @Test
    void badInputExitsTwoNamingTheProblem() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            assertEquals(2, send(carrier, "--to", "not-a-number", "--text", "x"));
            assertTrue(err.toString().contains("to[0]: 'not-a-number' is not a phone number"), err.toString());
            assertEquals(2, send(carrier, "--to", "+16195550100,,", "--text", "x"));
            assertTrue(err.toString().contains("--to '+16195550100,,': entry 2 of 3 is empty"), err.toString());
            assertEquals(2, send(carrier, "--to", "+16195550100", "--text", "x", "--subject", "bell\u0007"));
            assertTrue(err.toString().contains("subject: contains the control character U+0007"), err.toString());
            assertEquals(0, carrier.mmsc.received().size());
        }
    }
}
