package dev.mmsys.app.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mmsys.app.message.MessageRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageStoreTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-11-22T03:00:00Z");

    @Test
    void recordsSurviveAReopenAndReceiptsAreWrittenOnFinalStates() throws Exception {
        Spool spool = Spool.open(dir);
        MessageStore store = new MessageStore(spool);
        MessageRecord r = MessageRecord.accepted("m1", "rest", MessageRequest.of(List.of("+16195550100"), "hi"), T);
        store.create(r);
        store.update("m1", x -> x.attemptStarted(MessageRecord.MMS, null, T));
        assertTrue(Files.exists(spool.messages().resolve("m1.json")));

        MessageStore reopened = new MessageStore(Spool.open(dir));
        MessageRecord back = reopened.find("m1").orElseThrow();
        assertEquals(MessageState.SENDING, back.state());
        assertEquals(1, back.inFlight().attempt());
        assertEquals("hi", back.request().text());

        reopened.update("m1", x -> x.sentAsMms(new MmsResult("T1", "MID-1", "Ok"), T));
        JsonNode receipt = Spool.JSON.readTree(spool.sent().resolve("m1.json").toFile());
        assertEquals("sent", receipt.get("state").asText());
        assertEquals("MID-1", receipt.at("/mms/messageId").asText());
        assertEquals("+16195550100", receipt.at("/to/0").asText());
        assertFalse(receipt.get("possibleDuplicate").asBoolean());
    }

    @Test
    void countsAndNewestFollowTheFilesAlsoWhenAnotherProcessWritesThem() throws Exception {
        Spool spool = Spool.open(dir);
        MessageStore service = new MessageStore(spool);
        MessageRequest req = MessageRequest.of(List.of("+16195550100"), "hi");
        for (int i = 0; i < 5; i++) {
            service.create(MessageRecord.accepted("m" + i, "rest", req, T.plusSeconds(i)));
        }
        service.update("m1", x -> x.attemptStarted(MessageRecord.MMS, null, T).sentAsMms(
                new MmsResult("T", "M", "Ok"), T));
        assertEquals(4L, service.countByState((p, e) -> { }).get(MessageState.QUEUED));
        assertEquals(1L, service.countByState((p, e) -> { }).get(MessageState.SENT));
        assertEquals(List.of("m4", "m3"), service.newest(null, 2, (p, e) -> { }).stream()
                .map(MessageRecord::id).toList());
        assertEquals(List.of("m1"), service.newest(MessageState.SENT, 10, (p, e) -> { }).stream()
                .map(MessageRecord::id).toList());

        // another process (mmsys send on the same spool) adds one and finishes another
        MessageStore other = new MessageStore(Spool.open(dir));
        other.create(MessageRecord.accepted("m9", "cli", req, T.plusSeconds(9)));
        other.update("m2", x -> x.failed("refused", T));
        Files.delete(spool.messages().resolve("m0.json"));
        var counts = service.countByState((p, e) -> { });
        assertEquals(3L, counts.get(MessageState.QUEUED), counts.toString());   // m3, m4, m9; m0 is gone
        assertEquals(1L, counts.get(MessageState.FAILED));
        assertEquals(List.of("m9", "m4"), service.newest(null, 2, (p, e) -> { }).stream()
                .map(MessageRecord::id).toList());
        assertEquals(List.of("m2"), service.newest(MessageState.FAILED, 10, (p, e) -> { }).stream()
                .map(MessageRecord::id).toList());
        Files.writeString(spool.messages().resolve("m3.json"), "{\"id\": ");
        List<Path> damaged = new ArrayList<>();
        service.countByState((p, e) -> damaged.add(p));
        assertEquals(List.of(spool.messages().resolve("m3.json")), damaged);
    }

    @Test
    void failedReceiptCarriesTheReason() throws Exception {
        Spool spool = Spool.open(dir);
        MessageStore store = new MessageStore(spool);
        store.create(MessageRecord.accepted("m2", "rest", MessageRequest.of(List.of("+16195550100"), "hi"), T));
        store.update("m2", x -> x.failed("MMSC refused it: Error-permanent-content-not-accepted", T));
        JsonNode f = Spool.JSON.readTree(spool.failed().resolve("m2.json").toFile());
        assertEquals("MMSC refused it: Error-permanent-content-not-accepted", f.get("reason").asText());
        assertEquals("failed", f.get("state").asText());
    }

    @Test
    void damagedRecordsAreReportedNotFatal() throws Exception {
        Spool spool = Spool.open(dir);
        MessageStore store = new MessageStore(spool);
        store.create(MessageRecord.accepted("ok", "rest", MessageRequest.of(List.of("+16195550100"), "hi"), T));
        Files.writeString(spool.messages().resolve("bad.json"), "{\"id\":");
        List<Path> damaged = new ArrayList<>();
        List<MessageRecord> all = store.list((p, e) -> damaged.add(p));
        assertEquals(List.of("ok"), all.stream().map(MessageRecord::id).toList());
        assertEquals(List.of(spool.messages().resolve("bad.json")), damaged);
    }

    @Test
    void idsFromOutsideAreCheckedBeforeAnyPathIsBuilt() {
        MessageStore store = new MessageStore(Spool.open(dir));
        assertTrue(store.find("../../etc/passwd").isEmpty());
        assertTrue(store.find("").isEmpty());
        assertTrue(MessageIds.isValid(MessageIds.next(T)));
    }

    @Test
    void atomicWritesLeaveNoTemporaryFilesAndLeftoversAreCleaned() throws Exception {
        Path f = dir.resolve("x.json");
        AtomicFiles.write(f, "one".getBytes());
        AtomicFiles.write(f, "two".getBytes());
        assertEquals("two", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList());
        }
        Files.writeString(dir.resolve(".y.json.1234.tmp"), "half");
        assertEquals(1, AtomicFiles.removeLeftovers(dir));
    }

    @Test
    void quarantineKeepsTheFileNextToItsReasonWithoutOverwriting() throws Exception {
        Spool spool = Spool.open(dir);
        Quarantine q = new Quarantine(spool);
        Path a = Files.writeString(spool.outbox().resolve("bad.txt"), "one");
        Path b = Files.writeString(dir.resolve("bad.txt"), "two");
        Path qa = q.quarantine(a, "file", "names no recipient", "outbox");
        Path qb = q.quarantine(b, "file", "second", "outbox");
        assertEquals("one", Files.readString(qa));
        assertEquals("two", Files.readString(qb));
        assertFalse(qa.equals(qb));
        JsonNode err = Spool.JSON.readTree(Quarantine.errorFile(qa).toFile());
        assertEquals("names no recipient", err.get("error").asText());
        assertFalse(Files.exists(a));
    }
}
