package dev.mmsys.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.Mmsys;
import dev.mmsys.sms.Hex;
import dev.mmsys.sms.SmsPduDecoder;
import dev.mmsys.sms.SmsReassembler;
import dev.mmsys.sms.SmsSubmit;
import dev.mmsys.sms.UserDataPdu;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SmsSplitCommandTest {

    private static final Pattern LINE = Pattern.compile("AT\\+CMGS=(\\d+) ([0-9A-F]+)");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        // an explicit, empty configuration file: the test does not depend on config/application.properties
        Path config = dir.resolve("empty.properties");
        if (!Files.exists(config)) {
            Files.writeString(config, "");
        }
        List<String> all = new ArrayList<>(List.of("sms-split", "--config", config.toString()));
        all.addAll(List.of(args));
        CommandLine cl = Mmsys.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Every output line is AT+CMGS=<tpdu octets> and the PDU; the PDUs decode to the text as one set. */
    private static String decodeLines(String out) {
        List<UserDataPdu> pdus = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            assertTrue(m.matches(), "not an AT+CMGS line: " + line);
            byte[] pdu = Hex.decode(m.group(2));
            assertEquals(pdu.length - 1, Integer.parseInt(m.group(1)), "AT+CMGS length of " + line);
            pdus.add((SmsSubmit) SmsPduDecoder.decode(pdu));
        }
        return SmsReassembler.assemble(pdus).text();
    }

    @Test
    void printsOneAtCmgsLinePerPart() throws Exception {
        String text = "Your appointment is confirmed for Tuesday at 10:30. ".repeat(4);
        Run r = run("--to", "+16195550100", "--text", text);
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, r.out().strip().split("\n").length, r.out());
        assertEquals(text, decodeLines(r.out()));
        assertEquals("", r.err());
    }

    @Test
    void jsonAddsTheEncodingAndEachPartsText() throws Exception {
        String text = "Привет! ".repeat(10);
        Run r = run("--to", "+79161234567", "--text", text, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("+79161234567", j.get("to").asText());
        assertEquals("UCS-2", j.get("encoding").asText());
        assertEquals(8, j.get("referenceBits").asInt());
        assertTrue(j.get("reference").isInt());
        JsonNode parts = j.get("parts");
        assertEquals(2, parts.size());
        StringBuilder joined = new StringBuilder();
        for (JsonNode p : parts) {
            assertEquals(Hex.decode(p.get("hex").asText()).length - 1, p.get("cmgsLength").asInt());
            joined.append(p.get("text").asText());
        }
        assertEquals(text, joined.toString());
        assertEquals(67, parts.get(0).get("units").asInt());
    }

    @Test
    void readsATextFileAndDropsOneFinalLineBreak() throws Exception {
        Path f = dir.resolve("msg.txt");
        Files.writeString(f, "Line one\nLine two\n", StandardCharsets.UTF_8);
        Run r = run("--to", "0612345678", "--text-file", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Line one\nLine two", decodeLines(r.out()));
        assertTrue(r.out().contains("000A81"), "national digits go with TON unknown: " + r.out());
    }

    @Test
    void settingsReachThePdus() throws Exception {
        Run r = run("--to", "+905321234567", "--text", "Işık ağaç", "--set", "mmsys.sms.national-languages=turkish",
                "--set", "mmsys.sms.status-report=true", "--set", "mmsys.sms.validity=1d", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("turkish", j.get("lockingShift").asText());
        SmsSubmit s = (SmsSubmit) SmsPduDecoder.decodeHex(j.get("parts").get(0).get("hex").asText());
        assertTrue(s.statusReportRequest());
        assertEquals(167, s.validity().relativeOctet());
        assertEquals("Işık ağaç", s.userData().text());
    }

    @Test
    void transliterationIsReportedOnStandardError() throws Exception {
        Run r = run("--to", "+16195550100", "--text", "It’s “done”", "--set", "mmsys.sms.transliterate=true");
        assertEquals(0, r.exit(), r.err());
        assertEquals("It's \"done\"", decodeLines(r.out()));
        assertTrue(r.err().contains("3 look-alike character(s) replaced"), r.err());
    }

    @Test
    void badInputExitsTwoWithAnErrorThatNamesTheInput() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9});
        String[][] cases = {
                {"--to: 'call me' is not a valid phone number", "--to", "call me", "--text", "hi"},
                {"--to '+16195550100,': sms-split makes the PDUs for one recipient", "--to", "+16195550100,",
                        "--text", "hi"},
                {"--to '+16195550100,+16195550101': sms-split makes the PDUs for one recipient", "--to",
                        "+16195550100,+16195550101", "--text", "hi"},
                {"--to: '' is not a valid phone number: it is empty", "--to", "", "--text", "hi"},
                {"--text: the text is empty", "--to", "+16195550100", "--text", ""},
                {"needs 3 SMS parts (GSM-7) but at most 2 are allowed by mmsys.sms.max-parts",
                        "--to", "+16195550100", "--text", "x".repeat(400), "--set", "mmsys.sms.max-parts=2"},
                {"mmsys.sms.reference-bits=7 is not 8 or 16", "--to", "+16195550100", "--text", "hi",
                        "--set", "mmsys.sms.reference-bits=7"},
                {"no such file", "--to", "+16195550100", "--text-file", dir.resolve("nope.txt").toString()},
                {"not valid UTF-8", "--to", "+16195550100", "--text-file", latin1.toString()},
                {"Missing required option: '--to=NUMBER'", "--text", "hi"},
                {"mutually exclusive", "--to", "+16195550100", "--text", "hi", "--text-file", "x"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            Run r = run(args);
            assertEquals(Mmsys.EXIT_BAD_INPUT, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().contains(c[0]), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void helpDescribesTheOutput() throws Exception {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("AT+CMGS") && r.out().contains("--text-file") && r.out().contains("--json"),
                r.out());
    }
}
