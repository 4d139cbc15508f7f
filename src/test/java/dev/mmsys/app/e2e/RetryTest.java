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
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transient failures: back-off without holding up other messages, and a stop during back-off loses nothing. */
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
