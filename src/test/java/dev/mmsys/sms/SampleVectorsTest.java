package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.testing.Oracles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The third-party SMS vectors in {@code ../shared/oracle-samples/sms/vectors.json}: every good one decodes to its
 * recorded text and fields, every {@code neg-*} one is rejected with an error naming the fault. Skipped when
 * {@code ../shared} is absent.
 */
class SampleVectorsTest {

    /** The field each broken vector must be reported at. */
    private static final Map<String, String> NEGATIVE_FIELDS = Map.of(
            "neg-truncated", "TP-UD",
            "neg-udl-too-large", "TP-UD",
            "neg-trailing-octet", "end of PDU");

    @TestFactory
    Stream<DynamicTest> vectors() throws Exception {
        Path file = Oracles.requireShared("oracle-samples/sms/vectors.json");
        JsonNode all = new ObjectMapper().readTree(file.toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : all) {
            String name = v.get("name").asText();
            List<String> hex = StreamSupport.stream(v.get("pdus").spliterator(), false).map(JsonNode::asText).toList();
            if (v.path("expect_fail").asBoolean(false)) {
                tests.add(DynamicTest.dynamicTest(name, () -> rejected(name, hex)));
            } else {
                tests.add(DynamicTest.dynamicTest(name, () -> decodes(hex, v.get("expect"))));
            }
        }
        assertTrue(tests.size() >= 20, "vectors.json holds " + tests.size() + " vectors");
        return tests.stream();
    }

    private static void decodes(List<String> hex, JsonNode expect) {
        List<UserDataPdu> pdus = new ArrayList<>();
        for (String h : hex) {
            pdus.add(assertInstanceOf(SmsSubmit.class, SmsPduDecoder.decodeHex(h)));
        }
        SmsSubmit first = (SmsSubmit) pdus.get(0);
        ReassembledMessage m = SmsReassembler.assemble(pdus);
        if (expect.has("text")) {
            assertEquals(expect.get("text").asText(), m.text());
        }
        if (expect.has("number")) {
            assertEquals(expect.get("number").asText(), first.destination().value());
        }
        if (expect.has("toa")) {
            assertEquals(expect.get("toa").asText(), String.format("0x%02X", first.destination().typeOfAddress()));
        }
        if (expect.has("alphabet")) {
            String want = switch (expect.get("alphabet").asText()) {
                case "GSM7" -> "GSM_7BIT";
                case "8BIT" -> "EIGHT_BIT";
                default -> expect.get("alphabet").asText();
            };
            for (UserDataPdu p : pdus) {
                assertEquals(want, p.dcs().alphabet().name());
            }
        }
        if (expect.has("vpf")) {
            assertEquals(expect.get("vpf").asText().toUpperCase(), first.validity().format().name());
        }
        if (expect.has("vp_raw")) {
            assertEquals(Integer.parseInt(expect.get("vp_raw").asText(), 16), first.validity().relativeOctet());
        }
        if (expect.has("tpdu_octets")) {
            assertEquals(expect.get("tpdu_octets").asInt(), SmsPduEncoder.tpduLength(Hex.decode(hex.get(0))));
        }
        if (expect.has("sca")) {
            assertEquals(expect.get("sca").asText(), first.smsc().orElseThrow().value());
        }
        if (expect.has("dcs")) {
            assertEquals(Integer.decode(expect.get("dcs").asText()), first.dcs().value());
        }
        if (expect.has("message_class")) {
            assertEquals(expect.get("message_class").asInt(), first.dcs().messageClass().orElseThrow());
        }
        if (expect.has("srr")) {
            assertEquals(expect.get("srr").asBoolean(), first.statusReportRequest());
        }
        if (expect.has("udl")) {
            assertFalse(first.userData().isText());
            assertEquals(expect.get("udl").asInt(), first.userData().header().octets() + first.userData().data().length);
        }
        if (expect.has("total")) {
            assertEquals(expect.get("total").asInt(), pdus.size());
            for (UserDataPdu p : pdus) {
                Concatenation c = p.userData().header().concatenation().orElseThrow();
                assertEquals(expect.get("total").asInt(), c.total());
                if (expect.has("ref")) {
                    assertEquals(expect.get("ref").asInt(), c.reference());
                }
                if (expect.has("ref_bits")) {
                    assertEquals(expect.get("ref_bits").asInt(), c.referenceBits());
                }
            }
        }
        // what decodes must encode back to the same octets
        for (int i = 0; i < hex.size(); i++) {
            assertEquals(hex.get(i), SmsPduEncoder.encodeHex(pdus.get(i)), "re-encoding part " + (i + 1));
        }
    }

    private static void rejected(String name, List<String> hex) {
        SmsException e = assertThrows(SmsException.class, () -> {
            List<UserDataPdu> pdus = new ArrayList<>();
            for (String h : hex) {
                pdus.add((UserDataPdu) SmsPduDecoder.decodeHex(h));
            }
            SmsReassembler.assemble(pdus);
        });
        String field = NEGATIVE_FIELDS.get(name);
        if (field != null) {
            MalformedPduException m = assertInstanceOf(MalformedPduException.class, e);
            assertEquals(field, m.field(), m.getMessage());
        } else if (name.contains("missing")) {
            IncompleteMessageException m = assertInstanceOf(IncompleteMessageException.class, e);
            assertFalse(m.missing().isEmpty(), m.getMessage());
            assertTrue(m.getMessage().contains("missing"), m.getMessage());
        }
    }
}
