package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mmsys.testing.Oracles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference §9.3: a two-part concatenated SMS in PDU mode, and what the SMSC sink records. */
class SmsTranscriptTest {

    static final String PART1_TEXT = ("The quick brown fox jumps over the lazy dog and keeps running through the "
            + "long grass until the evening light fades over the quiet hills and the river bends toward the sea")
            .substring(0, 153);
    static final String PART2_TEXT = "This second part carries the end of the message and its last words";

    @TempDir
    Path dir;

    @Test
    void twoPartConcatenatedSms() throws Exception {
        assertEquals(153, PART1_TEXT.length());
        assertEquals(66, PART2_TEXT.length());
        String part1 = TestPdus.concatPart("15551234567", 0x2A, 2, 1, PART1_TEXT);
        String part2 = TestPdus.concatPart("15551234567", 0x2A, 2, 2, PART2_TEXT);
        assertEquals(153, TestPdus.cmgsLength(part1));
        assertEquals(77, TestPdus.cmgsLength(part2));
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir)) {
            HostSession h = m.host;
            h.exchange("AT+CMGF=0\r", "\r\nOK\r\n");
            h.exchange("AT+CSCA?\r", "\r\n+CSCA: \"+15555550000\",145\r\n\r\nOK\r\n");
            h.exchange("AT+CMGS=153\r", "\r\n> ");
            h.exchange(part1 + "\u001a", "\r\n+CMGS: 0\r\n\r\nOK\r\n");
            h.exchange("AT+CMGS=77\r", "\r\n> ");
            h.exchange(part2 + "\u001a", "\r\n+CMGS: 1\r\n\r\nOK\r\n");
        }
    }

    @Test
    void sinkRecordsEveryAcceptedPduForReassembly() throws Exception {
        String part1 = TestPdus.concatPart("15551234567", 0x2A, 2, 1, PART1_TEXT);
        String part2 = TestPdus.concatPart("15551234567", 0x2A, 2, 2, PART2_TEXT);
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
             HostSession h = HostSession.of(modem.connect())) {
            h.expect(PtyModem.BOOT);
            h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
            h.exchange("AT+CMGS=153\r", "\r\n> ");
            h.exchange(part1.toLowerCase() + "\u001a", "\r\n+CMGS: 0\r\n\r\nOK\r\n");    // lower-case hex is fine
            h.exchange("AT+CMGS=77\r", "\r\n> ");
            h.exchange(part2 + "\u001a", "\r\n+CMGS: 1\r\n\r\nOK\r\n");
            List<SubmittedSms> sent = modem.smsc().await(2, Duration.ofSeconds(5));
            assertEquals(part1, sent.get(0).pduHex());
            assertEquals(0, sent.get(0).mr());
            assertEquals(153, sent.get(0).tpduOctets());
            assertEquals("+15551234567", sent.get(0).destination());
            assertEquals("+15555550000", sent.get(0).smsc());
            assertEquals(new SubmittedSms.Concat(0x2A, 2, 1, 8), sent.get(0).concat());
            assertEquals(new SubmittedSms.Concat(0x2A, 2, 2, 8), sent.get(1).concat());
            assertEquals(1, sent.get(1).mr());

            // the project's SMS codec reassembles the recorded PDUs
            List<dev.mmsys.sms.UserDataPdu> parts = sent.stream()
                    .map(p -> (dev.mmsys.sms.UserDataPdu) dev.mmsys.sms.SmsPduDecoder.decodeHex(p.pduHex())).toList();
            assertEquals(PART1_TEXT + PART2_TEXT, dev.mmsys.sms.SmsReassembler.assemble(parts).text());

            // and so does an independent decoder
            JsonNode node = Oracles.smsDecodeNode(List.of(sent.get(0).pduHex(), sent.get(1).pduHex())).json();
            assertTrue(node.path("concatenated").path("ok").asBoolean(), node.toString());
            assertEquals(PART1_TEXT + PART2_TEXT, node.path("concatenated").path("text").asText());
        }
    }

    @Test
    void gammuAgreesWithTheTestVectors() {
        String part1 = TestPdus.concatPart("15551234567", 0x2A, 2, 1, PART1_TEXT);
        String part2 = TestPdus.concatPart("15551234567", 0x2A, 2, 2, PART2_TEXT);
        Oracles.Result r = Oracles.smsDecodeGammu(List.of(part1, part2));
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains(PART1_TEXT + PART2_TEXT), r.toString());
    }
}
