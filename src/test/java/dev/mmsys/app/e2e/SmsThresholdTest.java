package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.emulator.SubmittedSms;
import dev.mmsys.sms.SmsPduDecoder;
import dev.mmsys.sms.SmsReassembler;
import dev.mmsys.sms.SmsSubmit;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mmsys.sms-threshold}: a text that fits in that many SMS segments goes straight to SMS (no MMS request
 * reaches the MMSC); one segment more and it goes as MMS. GSM-7 concatenated segments hold 153 characters, so
 * 306 characters are two segments and 307 are three.
 */
class SmsThresholdTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A GSM-7 text (basic table only, one septet per character) of exactly {@code n} characters. */
    private static String gsmText(int n) {
        String base = "Reminder: your appointment is on Tuesday at 10:30, room 4. Bring your card, please. ";
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append(base);
        }
        b.setLength(n - 1);
        return b.append('.').toString();
    }

    private static String post(RunningApp app, String to, String text, String mode) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("to", List.of(to), "text", text));
        if (mode != null) {
            body.put("mode", mode);
        }
        var r = app.post("/api/messages", JSON.writeValueAsString(body));
        assertEquals(202, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    @Test
    void aTextWithinTheThresholdGoesAsSmsAndOneSegmentMoreGoesAsMms() throws Exception {
        String twoSegments = gsmText(306);
        String threeSegments = gsmText(307);
        String shortButMms = "Short, but the caller asked for MMS.";
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            Map<String, String> s = new HashMap<>(carrier.settings());
            s.put("mmsys.sms-threshold", "2");
            try (RunningApp app = RunningApp.start(dir, s)) {
                String sms = post(app, "+16195550100", twoSegments, null);
                String mms = post(app, "+16195550101", threeSegments, null);
                String forced = post(app, "+16195550102", shortButMms, "mms");
                MessageStore store = new MessageStore(Spool.existing(app.spool));
                RunningApp.await("all three final", Duration.ofSeconds(60), () -> List.of(sms, mms, forced).stream()
                        .allMatch(id -> store.find(id).orElseThrow().state().isFinal()));

                MessageRecord a = store.find(sms).orElseThrow();
                assertEquals(MessageState.SENT_AS_SMS, a.state(), a.history().toString());
                assertEquals(1, a.attempts(), "one SMS attempt, no MMS attempt: " + a.history());
                assertTrue(a.history().stream().anyMatch(h -> h.event().equals("sms-chosen")
                        && h.detail().contains("fits in 2 segment(s) (mmsys.sms-threshold=2)")), a.history().toString());
                assertTrue(a.history().stream().noneMatch(h -> h.event().equals("mms-attempt")), a.history().toString());
                assertEquals(2, a.sms().parts());

                MessageRecord b = store.find(mms).orElseThrow();
                assertEquals(MessageState.SENT, b.state(), b.history().toString());
                assertTrue(b.history().stream().noneMatch(h -> h.event().equals("sms-chosen")), b.history().toString());
                MessageRecord c = store.find(forced).orElseThrow();
                assertEquals(MessageState.SENT, c.state(), "mode mms is not subject to the threshold: " + c.history());

                // the MMSC saw only the two MMS, the SMSC only the short-enough text, in two parts
                Set<String> mmsTexts = carrier.requests().stream().map(r -> r.text().orElseThrow())
                        .collect(Collectors.toSet());
                assertEquals(Set.of(threeSegments, shortButMms), mmsTexts);
                assertEquals(2, carrier.mmsc.received().size());
                List<SubmittedSms> submitted = carrier.modem.smsc().all();
                assertEquals(2, submitted.size(), submitted.toString());
                assertTrue(submitted.stream().allMatch(x -> x.destination().equals("+16195550100")), submitted.toString());
                List<SmsSubmit> parts = submitted.stream().map(x -> (SmsSubmit) SmsPduDecoder.decodeHex(x.pduHex()))
                        .toList();
                assertEquals(twoSegments, SmsReassembler.assemble(parts).text());
            }
        }
    }

    @Test
    void zeroMeansMmsFirstEvenForAOneSegmentText() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            Map<String, String> s = new HashMap<>(carrier.settings());
            s.put("mmsys.sms-threshold", "0");
            try (RunningApp app = RunningApp.start(dir, s)) {
                String id = post(app, "+16195550100", "ok", null);
                MessageStore store = new MessageStore(Spool.existing(app.spool));
                RunningApp.await("final", Duration.ofSeconds(30), () -> store.find(id).orElseThrow().state().isFinal());
                assertEquals(MessageState.SENT, store.find(id).orElseThrow().state());
                assertEquals(1, carrier.mmsc.received().size());
                assertEquals(0, carrier.modem.smsc().all().size());
            }
        }
    }
}
