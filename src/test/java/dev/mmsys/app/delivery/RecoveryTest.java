package dev.mmsys.app.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.MmsResult;
import dev.mmsys.app.spool.Quarantine;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.testing.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start finds in the spool after a crash. The modem is unreachable and the fallback is off here, so
 * resumed messages end failed quickly; the end-to-end tests show them delivered.
 */
class RecoveryTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @TempDir
    Path dir;
    private static final Instant T = Instant.parse("2026-11-22T03:00:00Z");

    @Test
    void unfinishedMessagesResumeAndAnInterruptedAttemptIsRecordedAsSuch() throws Exception {
        Spool spool = Spool.open(dir.resolve("spool"));
        MessageStore store = new MessageStore(spool);
        MessageRequest req = MessageRequest.of(List.of("+16195550100"), "hi");
        store.create(MessageRecord.accepted("queued-1", "rest", req, T));
        store.create(MessageRecord.accepted("inflight-1", "rest", req, T));
        store.update("inflight-1", r -> r.switchedToSms("fallback", "MMS failed", T)
                .attemptStarted("sms", "+16195550100", T));
        store.create(MessageRecord.accepted("backoff-1", "rest", req, T));
        store.update("backoff-1", r -> r.attemptStarted("mms", null, T).attemptFailed("transient", "503", T));
        store.create(MessageRecord.accepted("done-1", "rest", req, T));
        store.update("done-1", r -> r.attemptStarted("mms", null, T).sentAsMms(new MmsResult("t", "m", "Ok"), T));
        Files.delete(spool.sent().resolve("done-1.json"));         // as if killed before the receipt
        store.create(MessageRecord.accepted("done-2", "rest", req, T));
        store.update("done-2", r -> r.attemptStarted("mms", null, T).sentAsMms(new MmsResult("t", "m2", "Ok"), T));
        Files.write(spool.sent().resolve("done-2.json"), new byte[0]);  // receipts are not forced to disk
        store.create(MessageRecord.accepted("done-3", "rest", req, T));
        store.update("done-3", r -> r.attemptStarted("mms", null, T).sentAsMms(new MmsResult("t", "m3", "Ok"), T));
        Files.writeString(spool.sent().resolve("done-3.json"), "{\"id\": \"done-3\", \"sta");   // cut short
        Files.writeString(spool.messages().resolve("broken-1.json"), "{\"id\": \"broken-1\", \"sta");
        Files.writeString(spool.messages().resolve(".queued-1.json.77.tmp"), "half");

        try (RunningApp app = RunningApp.start(dir, Map.of("mmsys.modem.port", "tcp://127.0.0.1:1",
                "mmsys.retry.attempts", "1", "mmsys.fallback", "none"))) {
            MessageStore s = new MessageStore(Spool.existing(app.spool));
            RunningApp.await("every resumed message final", Duration.ofSeconds(20), () -> List.of("queued-1",
                    "inflight-1", "backoff-1").stream().allMatch(id -> s.find(id).orElseThrow().state().isFinal()));

            MessageRecord inflight = s.find("inflight-1").orElseThrow();
            assertTrue(inflight.possibleDuplicate());
            assertTrue(inflight.history().stream().anyMatch(h -> h.event().equals("interrupted")
                    && h.detail().contains("attempt 1 (SMS to +16195550100) interrupted, outcome unknown (may have been delivered)")),
                    inflight.history().toString());
            assertEquals(2, inflight.attempts(), "sent again, as SMS where it stopped: " + inflight.history());
        assertTrue(inflight.history().stream().anyMatch(h -> h.detail().equals("attempt 2 as SMS to +16195550100")),
                inflight.history().toString());
            assertFalse(s.find("backoff-1").orElseThrow().possibleDuplicate());
            assertFalse(s.find("queued-1").orElseThrow().possibleDuplicate());
            assertEquals(MessageState.FAILED, s.find("queued-1").orElseThrow().state());
            assertTrue(Files.exists(spool.failed().resolve("inflight-1.json")));
            assertTrue(Files.exists(spool.sent().resolve("done-1.json")), "the missing receipt is rewritten");
            assertEquals("m2", JSON.readTree(spool.sent().resolve("done-2.json").toFile()).at("/mms/messageId").asText(),
                    "the empty receipt is rewritten");
            assertEquals("m3", JSON.readTree(spool.sent().resolve("done-3.json").toFile()).at("/mms/messageId").asText(),
                    "the cut-short receipt is rewritten");
            assertTrue(Files.exists(spool.quarantine().resolve("broken-1.json")));
            assertTrue(Files.exists(Quarantine.errorFile(spool.quarantine().resolve("broken-1.json"))));
            assertFalse(Files.exists(spool.messages().resolve(".queued-1.json.77.tmp")));
        }
    }

    @Test
    void atStartRecordsPastTheRetentionGoAndRestAnswersFromTheirReceipts() throws Exception {
        Spool spool = Spool.open(dir.resolve("spool"));
        MessageStore store = new MessageStore(spool);
        MessageRequest req = MessageRequest.of(List.of("+16195550100"), "hi");
        Instant longAgo = Instant.now().minus(java.time.Duration.ofDays(40));
        store.create(MessageRecord.accepted("20250101-000000-oldonexx", "rest", req, longAgo));
        store.update("20250101-000000-oldonexx", r -> r.attemptStarted("mms", null, longAgo)
                .sentAsMms(new MmsResult("t", "m-old", "Ok"), longAgo));
        try (RunningApp app = RunningApp.start(dir, Map.of("mmsys.modem.port", "tcp://127.0.0.1:1",
                "mmsys.spool.keep-days", "30"))) {
            assertFalse(Files.exists(spool.messages().resolve("20250101-000000-oldonexx.json")));
            assertTrue(Files.exists(spool.sent().resolve("20250101-000000-oldonexx.json")));
            var r = app.get("/api/messages/20250101-000000-oldonexx");
            assertEquals(200, r.statusCode(), r.body());
            var v = JSON.readTree(r.body());
            assertEquals("sent", v.get("state").asText());
            assertEquals("m-old", v.at("/mms/messageId").asText());
        }
    }
}
