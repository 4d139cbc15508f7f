package dev.mmsys.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.MmscResponse;
import dev.mmsys.mms.NotifyRespInd;
import dev.mmsys.mms.SendReq;
import dev.mmsys.testing.EmulatedCarrier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mmsys doctor} through jSerialComm, a socat pty and the SIM7600 emulator playing each carrier situation the
 * doctor must recognise, with the MMSC emulator behind it.
 */
class DoctorCommandTest {

    @TempDir
    Path dir;

    private static EmulatorSettings profile(String name) {
        return EmulatorSettings.forTests().withProfile(name);
    }

    /** Runs the doctor with these settings on the carrier's pty; {@code --json} unless told otherwise. */
    private CliRun doctor(EmulatedCarrier carrier, Map<String, String> settings, String... args) {
        List<String> a = new ArrayList<>(List.of("doctor", "--port", carrier.pty.path().toString(),
                "--set", "mmsys.spool.dir=" + dir.resolve("spool")));
        settings.forEach((k, v) -> a.addAll(List.of("--set", k + "=" + v)));
        a.addAll(List.of(args));
        return CliRun.of(a.toArray(String[]::new));
    }

    private static JsonNode json(CliRun r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    /** The carrier's own settings (APN, type, MMSC) with {@code changes} on top. */
    private static Map<String, String> settings(EmulatedCarrier carrier, String... changes) {
        Map<String, String> s = new LinkedHashMap<>(carrier.settings());
        s.remove("mmsys.modem.port");
        for (int i = 0; i < changes.length; i += 2) {
            s.put(changes[i], changes[i + 1]);
        }
        return s;
    }

    private static String status(JsonNode report, String step) {
        for (JsonNode s : report.get("steps")) {
            if (s.get("name").asText().equals(step)) {
                return s.get("status").asText();
            }
        }
        throw new AssertionError("no step " + step + " in " + report);
    }

    private static JsonNode onlyFinding(JsonNode report) {
        assertEquals(1, report.get("diagnosis").size(), report.toPrettyString());
        return report.get("diagnosis").get(0);
    }

    @Test
    void anIdealCarrierPassesEveryStepAndTheProbeSendsNothing() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("ideal"))) {
            CliRun r = doctor(carrier, settings(carrier), "--json");
            assertEquals(0, r.exitCode(), r.toString());
            JsonNode report = json(r);
            assertTrue(report.get("ok").asBoolean());
            for (String step : List.of("modem", "sim", "registration", "carrier", "pdp", "addresses", "dns", "tcp",
                    "http")) {
                assertEquals("passed", status(report, step), step + ": " + report.toPrettyString());
            }
            assertEquals(0, report.get("diagnosis").size());
            assertEquals(0, report.get("alternatives").size());
            assertEquals(1, carrier.mmsc.indications().size(), "the HTTP probe reached the MMSC");
            assertTrue(carrier.mmsc.indications().get(0) instanceof NotifyRespInd);
            assertEquals(0, carrier.mmsc.received().size(), "no message was sent");
            assertTrue(carrier.modem.smsc().all().isEmpty());
        }
    }

    @Test
    void theMintSimPicksTheMintProfileAndItsSettingsGetThrough() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("mint-ipv4-blocked"))) {
            CliRun r = doctor(carrier, Map.of(), "--json");
            assertEquals(0, r.exitCode(), r.toString());
            JsonNode report = json(r);
            JsonNode s = report.get("settings");
            assertEquals("mint", s.get("profile").asText());
            assertEquals("MATCHED", s.get("match").get("outcome").asText());
            assertEquals("Wholesale", s.get("apn").get("value").asText());
            assertEquals("IPV4V6", s.get("pdpType").get("value").asText());
            assertEquals(80, s.get("connectPort").asInt());
            assertTrue(report.get("steps").get(3).get("summary").asText()
                    .startsWith("carrier profile mint (Mint Mobile), detected from the SIM"), report.toPrettyString());
        }
    }

    @Test
    void anIpContextOnMintIsDiagnosedAsThePdpType() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("mint-ipv4-blocked"))) {
            CliRun r = doctor(carrier, Map.of("mmsys.pdp-type", "IP"), "--json");
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode report = json(r);
            assertEquals("passed", status(report, "dns"));
            assertEquals("failed", status(report, "tcp"));
            assertEquals("skipped", status(report, "http"));
            JsonNode f = onlyFinding(report);
            assertEquals(Map.of("mmsys.pdp-type", "IPV4V6"), new ObjectMapper().convertValue(f.get("settings"),
                    Map.class));
            assertTrue(f.get("problem").asText().startsWith("the MMSC answers only over an IPV4V6 or IPV6 context, "
                    + "not over IP"), f.toPrettyString());
        }
    }

    @Test
    void theFirstUsersSettingsIpAndPort8080AreBothNamed() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("mint-ipv4-blocked"))) {
            CliRun r = doctor(carrier, Map.of("mmsys.pdp-type", "IP", "mmsys.mmsc.url",
                    "http://wholesale.mmsmvno.com:8080/mms/wapenc"), "--json");
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode f = onlyFinding(json(r));
            assertEquals(Map.of("mmsys.pdp-type", "IPV4V6", "mmsys.mmsc.url",
                    "http://wholesale.mmsmvno.com/mms/wapenc"), new ObjectMapper().convertValue(f.get("settings"),
                    Map.class));
            JsonNode alternatives = json(r).get("alternatives");
            assertTrue(alternatives.get(0).get("configured").asBoolean());
            long working = 0;
            for (JsonNode a : alternatives) {
                if (a.get("ok").asBoolean()) {
                    working++;
                    assertEquals(80, a.get("port").asInt(), a.toString());
                    assertTrue(!a.get("pdpType").asText().equals("IP"), a.toString());
                }
            }
            assertEquals(2, working, alternatives.toPrettyString());
        }
    }

    @Test
    void port8080WhereOnlyPort80AnswersIsDiagnosedAsTheUrl() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("port80-only"))) {
            CliRun r = doctor(carrier, settings(carrier, "mmsys.mmsc.url", "http://mmsc.carrier.example:8080/mms",
                    "mmsys.pdp-type", "IP"), "--json");
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode f = onlyFinding(json(r));
            assertEquals(Map.of("mmsys.mmsc.url", "http://mmsc.carrier.example/mms"),
                    new ObjectMapper().convertValue(f.get("settings"), Map.class));
            assertTrue(f.get("problem").asText().startsWith("the MMSC answers only on port 80, not on port 8080"),
                    f.toPrettyString());
        }
    }

    @Test
    void anAttMvnoGoesThroughItsProxyAndWithoutItNothingAnswers() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("att-mvno-proxy"))) {
            CliRun r = doctor(carrier, Map.of(), "--json");
            assertEquals(0, r.exitCode(), r.toString());
            JsonNode report = json(r);
            assertTrue(report.get("settings").get("profile").asText().startsWith("red-pocket-att"),
                    report.toPrettyString());
            assertEquals("proxy.mobile.att.net", report.get("settings").get("connectHost").asText());

            CliRun direct = doctor(carrier, Map.of("mmsys.mmsc.proxy", "none"), "--json");
            assertEquals(1, direct.exitCode(), direct.toString());
            JsonNode f = onlyFinding(json(direct));
            assertTrue(f.get("problem").asText().startsWith("nothing answers at mmsc.mobile.att.net:80 over any PDP "
                    + "type"), f.toPrettyString());
            assertTrue(f.get("fix").asText().contains("mmsys.mmsc.proxy=proxy.mobile.att.net:80"), f.toPrettyString());
        }
    }

    @Test
    void noSimStopsAtTheSimStep() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("no-sim"))) {
            CliRun r = doctor(carrier, settings(carrier), "--json");
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode report = json(r);
            assertEquals("passed", status(report, "modem"));
            assertEquals("failed", status(report, "sim"));
            assertEquals("skipped", status(report, "registration"));
            assertTrue(onlyFinding(report).get("problem").asText().startsWith("SIM not inserted: insert a SIM"),
                    report.toPrettyString());
        }
    }

    @Test
    void noCoverageStopsAtRegistration() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("not-registered"))) {
            CliRun r = doctor(carrier, settings(carrier), "--json");
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode report = json(r);
            assertEquals("passed", status(report, "sim"));
            assertEquals("failed", status(report, "registration"));
            String problem = onlyFinding(report).get("problem").asText();
            assertTrue(problem.startsWith("not registered for data (searching") && problem.contains("antenna"),
                    problem);
        }
    }

    @Test
    void aDnsThatResolvesNothingOverAnyContextIsDiagnosedAsDns() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("dns-failure"))) {
            CliRun r = doctor(carrier, settings(carrier), "--json");
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode report = json(r);
            assertEquals("passed", status(report, "addresses"));
            assertEquals("failed", status(report, "dns"));
            assertEquals(3, report.get("alternatives").size(), "each PDP type once: " + report.toPrettyString());
            String problem = onlyFinding(report).get("problem").asText();
            assertTrue(problem.startsWith("the modem's DNS cannot resolve mmsc.carrier.example over any PDP type"),
                    problem);
        }
    }

    @Test
    void anMmscUrlWithTheWrongPathGetsA404Diagnosis() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("ideal"))) {
            CliRun r = doctor(carrier, settings(carrier, "mmsys.mmsc.url", "http://mmsc.carrier.example/wrong"),
                    "--json");
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode report = json(r);
            assertEquals("passed", status(report, "tcp"));
            assertEquals("failed", status(report, "http"));
            assertTrue(onlyFinding(report).get("fix").asText().startsWith("check the path of mmsys.mmsc.url"),
                    report.toPrettyString());
        }
    }

    @Test
    void sendTestSendsARealMmsAndReportsTheMmscsAnswer() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("ideal"))) {
            CliRun r = doctor(carrier, settings(carrier), "--json", "--send-test", "(619) 555-0142");
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals("passed", status(json(r), "send-test"));
            SendReq sent = carrier.requests().get(0);
            assertEquals(List.of("+16195550142/TYPE=PLMN"), sent.recipients());
            carrier.mmsc.script().always(MmscResponse.permanentFailure());
            CliRun refused = doctor(carrier, settings(carrier), "--json", "--send-test", "+16195550142");
            assertEquals(1, refused.exitCode(), refused.toString());
            assertEquals("failed", status(json(refused), "send-test"));
            assertTrue(onlyFinding(json(refused)).get("problem").asText()
                    .startsWith("the MMSC refused the test MMS: Error-permanent-failure"), refused.out());
        }
    }

    @Test
    void theTextReportShowsEachStepAndTheDiagnosis() {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, profile("mint-ipv4-blocked"))) {
            CliRun r = doctor(carrier, Map.of("mmsys.pdp-type", "IP"), "--verbose");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.out().contains("  ✔ dns           wholesale.mmsmvno.com → 10.175.85.144 (A)"), r.out());
            assertTrue(r.out().contains("  ✘ tcp           the MMSC did not answer on 10.175.85.144:80"), r.out());
            assertTrue(r.out().contains("      ✔ IPV4V6 wholesale.mmsmvno.com:80"), r.out());
            assertTrue(r.out().contains("  – http          not checked: the tcp step failed"), r.out());
            assertTrue(r.out().contains("    → set mmsys.pdp-type=IPV4V6"), r.out());
            assertTrue(r.out().matches("(?s).*\\| \\d\\d:\\d\\d:\\d\\d\\.\\d+ > AT\\+CGDCONT=1,\"IP\",\"Wholesale\"\n.*"),
                    "verbose shows the AT dialogue: " + r.out());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theBuiltInEmulatorPassesOnTheDefaults() throws Exception {
        CliRun r = CliRun.of("doctor", "--json", "--port", "emulator", "--set", "mmsys.spool.dir=" + dir);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(json(r).get("ok").asBoolean());
    }

    @Test
    void badOptionsExitTwoAndSayWhatIsWrong() {
        CliRun number = CliRun.of("doctor", "--send-test", "call me", "--set", "mmsys.spool.dir=" + dir);
        assertEquals(2, number.exitCode(), number.toString());
        assertTrue(number.err().contains("--send-test: 'call me' is not a phone number"), number.err());
        CliRun timeout = CliRun.of("doctor", "--connect-timeout", "soon", "--set", "mmsys.spool.dir=" + dir);
        assertEquals(2, timeout.exitCode(), timeout.toString());
        assertTrue(timeout.err().contains("--connect-timeout soon is not a positive duration"), timeout.err());
    }
}
