package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mmsys.testing.Oracles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The "done when": for a broad table of texts, the encoding and part count equal the three segment
 * counters' (8-bit references; where they disagree among themselves, at least two must agree with us and with
 * the hand count below), and every PDU set decodes with node-pdu ({@code --cmgs-len}) and with libGammu to
 * exactly the original text as one complete concatenated set. Skipped where ../shared or a tool is absent.
 *
 * <p>Process launches: one counter run per 8-bit text, one node-pdu run per set, one libGammu run for all.
 * Texts avoid the decoders' documented defects (node-pdu: § and form feed; libGammu: ~ in UCS-2).
 */
class SmsOracleTest {

    private static final String GSM_BASE = "The quick brown fox jumps over the lazy dog; 0123456789! ";
    private static final String CYRILLIC = "Съешь же ещё этих мягких французских булок, да выпей чаю. ";
    private static final String MIXED = "Hello Привет Γειά σου 你好 مرحبا שלום नमस्ते 😀 ";
    private static final String ALL_GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€";

    /** A text and what a hand count per TS 23.038/23.040 says it needs. */
    record Case(String name, String text, int referenceBits, SmsAlphabet alphabet, int parts) {
        @Override
        public String toString() {
            return name + " (" + text.length() + " UTF-16 units, " + referenceBits + "-bit ref)";
        }
    }

    private static String cut(String base, int length) {
        return base.repeat(length / base.length() + 1).substring(0, length);
    }

    static final List<Case> CASES = List.of(
            new Case("short GSM", "Hello from MMSYS: parcel #42 is ready (pick-up @ 5pm, £3).", 8, SmsAlphabet.GSM_7BIT, 1),
            new Case("GSM 160", cut(GSM_BASE, 160), 8, SmsAlphabet.GSM_7BIT, 1),
            new Case("GSM 161", cut(GSM_BASE, 161), 8, SmsAlphabet.GSM_7BIT, 2),
            new Case("GSM 306", cut(GSM_BASE, 306), 8, SmsAlphabet.GSM_7BIT, 2),
            new Case("GSM 307", cut(GSM_BASE, 307), 8, SmsAlphabet.GSM_7BIT, 3),
            new Case("UCS-2 70", cut(CYRILLIC, 70), 8, SmsAlphabet.UCS2, 1),
            new Case("UCS-2 71", cut(CYRILLIC, 71), 8, SmsAlphabet.UCS2, 2),
            new Case("UCS-2 134", cut(CYRILLIC, 134), 8, SmsAlphabet.UCS2, 2),
            new Case("UCS-2 135", cut(CYRILLIC, 135), 8, SmsAlphabet.UCS2, 3),
            new Case("ESC pair fills 160", cut(GSM_BASE, 158) + "€", 8, SmsAlphabet.GSM_7BIT, 1),
            new Case("ESC pair tips over 160", cut(GSM_BASE, 159) + "€", 8, SmsAlphabet.GSM_7BIT, 2),
            new Case("ESC pair straddles 153", cut(GSM_BASE, 152) + "[ok]" + cut(GSM_BASE, 20), 8,
                    SmsAlphabet.GSM_7BIT, 2),
            new Case("ESC pairs at every boundary", cut(GSM_BASE, 152) + "{" + cut(GSM_BASE, 151) + "}~"
                    + cut(GSM_BASE, 10), 8, SmsAlphabet.GSM_7BIT, 3),
            new Case("emoji fills 70", cut(CYRILLIC, 68) + "😀", 8, SmsAlphabet.UCS2, 1),
            new Case("emoji tips over 70", cut(CYRILLIC, 69) + "😀", 8, SmsAlphabet.UCS2, 2),
            new Case("emoji straddles 67", cut(CYRILLIC, 66) + "😀" + "tail", 8, SmsAlphabet.UCS2, 2),
            new Case("every GSM character", ALL_GSM, 8, SmsAlphabet.GSM_7BIT, 1),
            new Case("lines", "Line one\r\nLine two\nLine three, with a tab-free layout", 8, SmsAlphabet.GSM_7BIT, 1),
            new Case("mixed scripts", cut(MIXED, 300), 8, SmsAlphabet.UCS2, 5),
            new Case("typographic look-alikes stay UCS-2", "Don’t “quote” me — it’s\u00a0fine… ç", 8,
                    SmsAlphabet.UCS2, 1),
            new Case("GSM 2,000+", cut(GSM_BASE + "Price: 5€ [net] {gross} ", 2100), 8, SmsAlphabet.GSM_7BIT, 15),
            new Case("UCS-2 2,000+", cut(CYRILLIC + MIXED, 2050), 8, SmsAlphabet.UCS2, 31),
            new Case("GSM 305, 16-bit", cut(GSM_BASE, 305), 16, SmsAlphabet.GSM_7BIT, 3),
            new Case("ESC pair straddles 152, 16-bit", cut(GSM_BASE, 151) + "€" + cut(GSM_BASE, 10), 16,
                    SmsAlphabet.GSM_7BIT, 2),
            new Case("UCS-2 133 with emoji, 16-bit", cut(CYRILLIC, 65) + "😀" + cut(CYRILLIC, 66), 16,
                    SmsAlphabet.UCS2, 3));

    private static SmsSubmission compose(Case c, int index) {
        SmsOptions o = SmsOptions.defaults().withMaxParts(255).withReferenceBits(c.referenceBits());
        SmsSubmitComposer composer = new SmsSubmitComposer(o, new ConcatReferenceAllocator(new Random(index), 10));
        // a number per case, so libGammu can never link parts of two cases
        return composer.compose(String.format("+1619555%04d", index), c.text());
    }

    @Test
    void handCountsAreOurCounts() {
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            SmsSplit s = compose(c, i).split();
            assertEquals(c.alphabet(), s.alphabet(), c.toString());
            assertEquals(c.parts(), s.partCount(), c + ": " + s.units());
            assertEquals(c.text(), s.text());
        }
    }

    @TestFactory
    Stream<DynamicTest> segmentCountersAgree() {
        return CASES.stream().filter(c -> c.referenceBits() == 8)
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    SmsSplit ours = compose(c, 0).split();
                    JsonNode j = Oracles.smsSegments(c.text()).json();
                    assertEquals(c.text(), j.get("text").asText(), "the counter saw another text");
                    List<String> agreeing = new ArrayList<>();
                    List<String> others = new ArrayList<>();
                    j.get("packages").properties().forEach(e -> {
                        String enc = e.getValue().get("encoding").asText();
                        String family = enc.matches("(?i).*(gsm|7bit|7-bit).*") ? "GSM-7" : "UCS-2";
                        int segments = e.getValue().get("segments").asInt();
                        String answer = e.getKey() + ": " + family + " x" + segments;
                        (family.equals(ours.alphabet().label()) && segments == ours.partCount() ? agreeing : others)
                                .add(answer);
                    });
                    String why = c + ": ours " + ours.alphabet().label() + " x" + ours.partCount() + ", agreeing "
                            + agreeing + ", disagreeing " + others;
                    assertTrue(agreeing.size() >= 2, why);
                    if (j.get("agree").asBoolean()) {
                        assertEquals(3, agreeing.size(), why);
                    }
                    assertEquals(c.parts(), ours.partCount(), why);
                }));
    }

    @TestFactory
    Stream<DynamicTest> nodePduDecodesEverySet() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest(c.toString(), () -> nodePdu(c, compose(c, index))));
        }
        return tests.stream();
    }

    /**
     * One node-pdu run per set, with {@code --cmgs-len} of the first part: parts of another length are then
     * reported as a mismatch naming their TPDU length, which must be the length we give for them.
     */
    private static void nodePdu(Case c, SmsSubmission s) {
        List<String> args = new ArrayList<>(List.of("--cmgs-len", String.valueOf(s.parts().get(0).tpduLength())));
        s.parts().forEach(p -> args.add(p.hex()));
        Oracles.Result r = Oracles.smsDecodeNode(args);
        JsonNode j = r.json();
        List<JsonNode> parts = new ArrayList<>();
        if (s.parts().size() == 1) {
            parts.add(j);
        } else {
            j.get("parts").forEach(parts::add);
            JsonNode set = j.get("concatenated");
            assertTrue(set.get("ok").asBoolean(), c + ": " + set);
            assertEquals(c.text(), set.get("text").asText(), c.toString());
            assertEquals(s.reference().getAsInt(), set.get("ref").asInt());
            assertEquals(c.referenceBits(), set.get("ref_bits").asInt());
            assertEquals(s.parts().size(), set.get("total").asInt());
        }
        String alphabet = c.alphabet() == SmsAlphabet.GSM_7BIT ? "GSM7" : "UCS2";
        for (int i = 0; i < parts.size(); i++) {
            JsonNode p = parts.get(i);
            SmsSubmission.Part ours = s.parts().get(i);
            assertEquals(ours.tpduLength(), p.get("tpdu_octets").asInt(), c + " part " + (i + 1));
            for (JsonNode e : p.get("errors")) {
                assertEquals("AT+CMGS length " + s.parts().get(0).tpduLength() + " != TPDU length "
                        + ours.tpduLength(), e.asText(), c + " part " + (i + 1) + ": " + p);
            }
            assertEquals("SMS-SUBMIT", p.get("type").asText());
            assertEquals(alphabet, p.get("dcs").get("alphabet").asText());
            assertEquals(s.destination().value(), p.get("destination").get("number").asText());
            assertEquals("0x91", p.get("destination").get("toa").asText());
            assertEquals(ours.text(), p.get("text").asText(), c + " part " + (i + 1));
        }
        if (s.parts().size() == 1) {
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals(c.text(), j.get("text").asText());
        }
    }

    @Test
    void libGammuDecodesEverySetAsOneCompleteMessage() {
        List<String> hex = new ArrayList<>();
        List<SmsSubmission> subs = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            SmsSubmission s = compose(CASES.get(i), i);
            subs.add(s);
            s.parts().forEach(p -> hex.add(p.hex()));
        }
        JsonNode j = Oracles.smsDecodeGammu(hex).json();
        JsonNode parts = j.get("parts");
        assertEquals(hex.size(), parts.size());
        int k = 0;
        for (SmsSubmission s : subs) {
            for (SmsSubmission.Part p : s.parts()) {
                JsonNode g = parts.get(k++);
                assertTrue(g.get("ok").asBoolean(), g.toString());
                assertEquals("+" + s.destination().value(), g.get("destination").get("number").asText());
                if (s.parts().size() > 1) {
                    JsonNode concat = g.get("udh").get("concat");
                    assertEquals(s.reference().getAsInt(), concat.get("ref").asInt());
                    assertEquals(p.sequence(), concat.get("seq").asInt());
                    assertEquals(s.parts().size(), concat.get("total").asInt());
                }
            }
        }
        JsonNode messages = j.get("concatenated").get("messages");
        assertEquals(CASES.size(), messages.size(), "libGammu linked the parts into " + messages.size() + " messages");
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            JsonNode match = null;
            for (JsonNode m : messages) {
                if (m.get("text").asText().equals(c.text())) {
                    match = m;
                }
            }
            if (match == null) {
                fail(c + ": no message libGammu linked has exactly this text; it linked " + messages);
            }
            assertEquals(subs.get(i).parts().size(), match.get("pdus").asInt(), c.toString());
            assertTrue(match.get("complete").asBoolean(), c.toString());
        }
    }

    @Test
    void nationalTablePdusAreStructurallySound() {
        // node-pdu has no national tables (its text is wrong by design), but it checks header, fill and lengths
        SmsOptions o = SmsOptions.defaults().withNationalLanguages(Set.of(NationalLanguage.TURKISH));
        SmsSubmission s = new SmsSubmitComposer(o, new ConcatReferenceAllocator(new Random(3), 10))
                .compose("+905321234567", "Işık ağaç, çiçek ve şeker. ".repeat(8));
        List<String> args = new ArrayList<>();
        s.parts().forEach(p -> args.add(p.hex()));
        JsonNode j = Oracles.smsDecodeNode(args).json();
        assertTrue(j.get("concatenated").get("ok").asBoolean(), j.toString());
        for (JsonNode p : j.get("parts")) {
            assertEquals(0, p.get("errors").size(), p.toString());
            assertEquals("0x25", p.get("udh").get("ies").get(1).get("iei").asText(), p.toString());
        }
    }
}
