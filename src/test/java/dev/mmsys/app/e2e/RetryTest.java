package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.spool.HistoryEntry;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.emulator.MmscResponse;
import dev.mmsys.emulator.SubmittedSms;
import dev.mmsys.sms.SmsPduDecoder;
import dev.mmsys.sms.SmsReassembler;
import dev.mmsys.sms.SmsSubmit;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transient failures: back-off without holding up other messages, retries used up falling back to SMS, and a stop
 * during back-off loses nothing.
 */
class RetryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String post(RunningApp app, String number, String text) throws Exception {
        return JSON.readTree(app.post("/api/messages", "{\"to\":[\"" + number + "\"],\"text\":\"" + text + "\"}")
                .body()).get("id").asText();
    }

    private static Instant at(MessageRecord r, String event, int nth) {
        return Instant.parse(r.history().stream().filter(h -> h.event().equals(event)).skip(nth).findFirst()
                .map(HistoryEntry::at).orElseThrow(() -> new AssertionError(event + " #" + nth + " in " + r.history())));
    }

    @Test
    void aMessageInBackOffDoesNotHoldUpTheNextOne() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            carrier.mmsc.script().next(MmscResponse.transientFailure());   // the first POST only
            Map<String, String> s = new HashMap<>(carrier.settings());
            s.put("mmsys.retry.initial-delay", "1s");
            try (RunningApp app = RunningApp.start(dir, s)) {
                String first = post(app, "+16195550100", "first, refused once for now");
                carrier.mmsc.await(1, Duration.ofSeconds(30));
                String second = post(app, "+16195550101", "second, goes straight through");
                MessageStore store = new MessageStore(Spool.existing(app.spool));
                RunningApp.await("both sent", Duration.ofSeconds(30), () -> store.find(first).orElseThrow().state()
                        .isFinal() && store.find(second).orElseThrow().state().isFinal());
                MessageRecord a = store.find(first).orElseThrow();
                MessageRecord b = store.find(second).orElseThrow();
                assertEquals(MessageState.SENT, a.state(), a.history().toString());
                assertEquals(2, a.attempts(), "a transient failure, then sent: " + a.history());
                assertEquals(1, b.attempts(), b.history().toString());
                assertTrue(a.history().stream().filter(h -> h.event().equals("attempt-failed"))
                        .allMatch(h -> h.detail().contains("(transient)")), a.history().toString());
                assertTrue(at(b, "sent", 0).isBefore(at(a, "mms-attempt", 1)),
                        "the second message went out while the first waited for its retry");
                assertTrue(Duration.between(at(a, "attempt-failed", 0), at(a, "mms-attempt", 1)).toMillis() >= 1000,
                        "the first retry waited the back-off");
            }
        }
    }

    @Test
    void retriesUsedUpFallBackToSmsWithEveryAttemptInTheHistory() throws Exception {
        String text = "Your order 4711 is ready for pickup at the north entrance until 6 pm. ".repeat(4).strip();
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            carrier.mmsc.script().always(MmscResponse.transientFailure());
            Map<String, String> s = new HashMap<>(carrier.settings());
            s.put("mmsys.retry.attempts", "4");            // not the default 3: the setting is what counts
            s.put("mmsys.retry.initial-delay", "50ms");
            try (RunningApp app = RunningApp.start(dir, s)) {
                String id = post(app, "+16195550100", text);
                MessageStore store = new MessageStore(Spool.existing(app.spool));
                RunningApp.await("a final state", Duration.ofSeconds(60),
                        () -> store.find(id).orElseThrow().state().isFinal());
                MessageRecord r = store.find(id).orElseThrow();
                assertEquals(MessageState.SENT_AS_SMS, r.state(), r.history().toString());

                List<String> events = r.history().stream().map(HistoryEntry::event).toList();
                assertEquals(List.of("accepted", "mms-attempt", "attempt-failed", "mms-attempt", "attempt-failed",
                        "mms-attempt", "attempt-failed", "mms-attempt", "attempt-failed", "fallback", "sms-attempt", "sms-sent",
                        "sent-as-sms"), events, r.history().toString());
                List<HistoryEntry> tries = r.history().stream().filter(h -> h.event().equals("mms-attempt")).toList();
                for (int i = 0; i < tries.size(); i++) {
                    assertEquals("attempt " + (i + 1) + " as MMS", tries.get(i).detail());
                }
                assertTrue(r.history().stream().filter(h -> h.event().equals("attempt-failed"))
                        .allMatch(h -> h.detail().contains("(transient)")
                                && h.detail().contains("Error-transient-failure")), r.history().toString());
                HistoryEntry fallback = r.history().stream().filter(h -> h.event().equals("fallback")).findFirst()
                        .orElseThrow();
                assertTrue(fallback.detail().startsWith("MMS failed after 4 attempt(s)")
                        && fallback.detail().endsWith("falling back to SMS"), fallback.detail());

                assertEquals(4, carrier.mmsc.received().size(), "one M-Send.req per attempt, none after");
                assertTrue(carrier.requests().stream().allMatch(q -> q.text().orElseThrow().equals(text)));
                List<SubmittedSms> sms = carrier.modem.smsc().all();
                assertEquals(r.sms().parts(), sms.size());
                assertTrue(sms.size() >= 2, "a concatenated SMS: " + sms.size());
                assertTrue(sms.stream().allMatch(x -> x.destination().equals("+16195550100")), sms.toString());
                List<SmsSubmit> parts = sms.stream().map(x -> (SmsSubmit) SmsPduDecoder.decodeHex(x.pduHex())).toList();
                assertEquals(text, SmsReassembler.assemble(parts).text());
            }
        }
    }

    @Test
    void stoppingDuringBackOffNeitherFailsNorFallsBackAndTheNextStartFinishes() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            carrier.mmsc.script().always(MmscResponse.transientFailure());
            Map<String, String> s = new HashMap<>(carrier.settings());
            s.put("mmsys.retry.initial-delay", "30s");
            String id;
            try (RunningApp app = RunningApp.start(dir, s)) {
                id = post(app, "+16195550100", "waits for a retry when MMSYS stops");
                MessageStore store = new MessageStore(Spool.existing(app.spool));
                RunningApp.await("the first attempt failed", Duration.ofSeconds(30), () -> store.find(id).orElseThrow()
                        .history().stream().anyMatch(h -> h.event().equals("attempt-failed")));
            }
            MessageStore store = new MessageStore(Spool.existing(dir.resolve("spool")));
            MessageRecord stopped = store.find(id).orElseThrow();
            assertEquals(MessageState.SENDING, stopped.state(), stopped.history().toString());
            assertNull(stopped.inFlight(), "no attempt was under way");
            assertEquals(0, carrier.modem.smsc().all().size(), "no SMS fallback because of the stop");

            carrier.mmsc.script().always(MmscResponse.ok());
            try (RunningApp app = RunningApp.start(dir, carrier.settings())) {
                MessageStore s2 = new MessageStore(Spool.existing(app.spool));
                RunningApp.await("sent after the restart", Duration.ofSeconds(30),
                        () -> s2.find(id).orElseThrow().state() == MessageState.SENT);
                assertTrue(!s2.find(id).orElseThrow().possibleDuplicate(), "nothing was in flight at the stop");
            }
        }
    }
}
