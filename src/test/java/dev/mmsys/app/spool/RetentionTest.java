package dev.mmsys.app.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.rest.MessageView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final MessageRequest REQ = MessageRequest.of(List.of("+16195550100"), "hi");

    @Test
    void finishedRecordsOlderThanTheRetentionGoTheirReceiptsStay() throws Exception {
        Spool spool = Spool.open(dir);
        MessageStore store = new MessageStore(spool);
        sent(store, "old-sent", T);
        sent(store, "old-torn", T);
        Files.write(spool.sent().resolve("old-torn.json"), new byte[0]);   // its receipt did not survive a crash
        store.create(MessageRecord.accepted("old-failed", "rest", REQ, T));
        store.update("old-failed", r -> r.failed("refused", T));
        store.create(MessageRecord.accepted("old-queued", "rest", REQ, T));
        sent(store, "recent", T.plus(Duration.ofDays(50)));
        IdempotencyKeys keys = new IdempotencyKeys(spool);
        keys.put(new IdempotencyKeys.Entry("k-old", "h", "old-sent"));
        keys.put(new IdempotencyKeys.Entry("k-new", "h", "recent"));
        Files.setLastModifiedTime(dir.resolve("keys").resolve(IdempotencyKeys.sha256("k-old".getBytes()) + ".json"),
                FileTime.from(T));
        Files.setLastModifiedTime(dir.resolve("keys").resolve(IdempotencyKeys.sha256("k-new".getBytes()) + ".json"),
                FileTime.from(T.plus(Duration.ofDays(55))));

        Clock now = Clock.fixed(T.plus(Duration.ofDays(60)), ZoneOffset.UTC);
        new Retention(store, keys, Duration.ofDays(30), now).run();

        assertFalse(Files.exists(spool.messages().resolve("old-sent.json")));
        assertFalse(Files.exists(spool.messages().resolve("old-failed.json")));
        assertTrue(Files.exists(spool.messages().resolve("old-torn.json")), "kept until its receipt is whole");
        assertTrue(Files.exists(spool.messages().resolve("old-queued.json")), "not finished: never removed");
        assertTrue(Files.exists(spool.messages().resolve("recent.json")));
        assertTrue(keys.find("k-old").isEmpty());
        assertTrue(keys.find("k-new").isPresent());

        MessageView v = MessageView.ofReceipt(store.receipt("old-sent").orElseThrow());
        assertEquals("sent", v.state());
        assertEquals("MID-old-sent", v.mms().messageId());
        assertEquals(List.of("+16195550100"), v.to());
        assertEquals(1, v.attempts());
        assertTrue(v.history().stream().anyMatch(h -> h.event().equals("sent")), v.history().toString());
        MessageView f = MessageView.ofReceipt(store.receipt("old-failed").orElseThrow());
        assertEquals("failed", f.state());
        assertEquals("refused", f.error());
        assertEquals(2L, store.countByState((p, e) -> { }).get(MessageState.SENT), "old-torn and recent");

        new Retention(store, keys, Duration.ZERO, now).run();
        assertTrue(Files.exists(spool.messages().resolve("recent.json")), "0 keeps everything");
    }

    private static void sent(MessageStore store, String id, Instant at) {
        store.create(MessageRecord.accepted(id, "rest", REQ, at));
        store.update(id, r -> r.attemptStarted("mms", null, at).sentAsMms(new MmsResult("T", "MID-" + id, "Ok"), at));
    }
}
