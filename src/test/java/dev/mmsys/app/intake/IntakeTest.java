package dev.mmsys.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.message.MessageValidator;
import dev.mmsys.app.message.Recipients;
import dev.mmsys.app.spool.IdempotencyKeys;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {

    @TempDir
    Path dir;

    private Intake intake(Spool spool) {
        return new Intake(new MessageStore(spool), new IdempotencyKeys(spool),
                new MessageValidator(new Recipients("US"), () -> 300_000, t -> 1, 10), Clock.systemUTC());
    }

    @Test
    void acceptedMessagesAreOnDiskNormalisedAndQueued() throws Exception {
        Spool spool = Spool.open(dir);
        Intake.Accepted a = intake(spool).accept(MessageRequest.of(List.of("619-555-0100"), "hi"), "rest");
        assertTrue(a.created());
        var onDisk = new MessageStore(Spool.open(dir)).find(a.id()).orElseThrow();
        assertEquals(MessageState.QUEUED, onDisk.state());
        assertEquals(List.of("+16195550100"), onDisk.request().to());
    }

    @Test
    void sameKeySameRequestGivesTheSameIdEvenAfterARestart() throws Exception {
        Spool spool = Spool.open(dir);
        MessageRequest r = MessageRequest.of(List.of("+16195550100"), "hi");
        String first = intake(spool).accept(r, "rest", "k-1").id();
        Intake.Accepted again = intake(Spool.open(dir)).accept(r, "rest", "k-1");
        assertEquals(first, again.id());
        assertFalse(again.created());
        assertNotEquals(first, intake(spool).accept(r, "rest", "k-2").id());
    }

    @Test
    void sameKeyDifferentRequestIsRefusedNamingTheFirstMessage() throws Exception {
        Spool spool = Spool.open(dir);
        String first = intake(spool).accept(MessageRequest.of(List.of("+16195550100"), "hi"), "rest", "k").id();
        var e = assertThrows(IdempotencyConflictException.class, () -> intake(spool).accept(
                MessageRequest.of(List.of("+16195550100"), "other"), "rest", "k"));
        assertEquals(first, e.existingId());
        assertTrue(e.getMessage().contains("use a new key"), e.getMessage());
    }

    @Test
    void aKeyWrittenWithoutItsRecordStillYieldsExactlyOneMessage() throws Exception {
        Spool spool = Spool.open(dir);
        MessageRequest r = MessageRequest.of(List.of("+16195550100"), "hi");
        String id = intake(spool).accept(r, "rest", "k").id();
        Files.delete(spool.messages().resolve(id + ".json"));      // as if killed between the two writes
        Intake.Accepted again = intake(Spool.open(dir)).accept(r, "rest", "k");
        assertEquals(id, again.id());
        assertTrue(again.created());
        assertTrue(Files.exists(spool.messages().resolve(id + ".json")));
    }

    @Test
    void aKeyWhoseFinishedRecordWasRemovedAnswersFromTheReceiptAndSendsNothingAgain() throws Exception {
        Spool spool = Spool.open(dir);
        MessageStore store = new MessageStore(spool);
        MessageRequest r = MessageRequest.of(List.of("+16195550100"), "hi");
        String id = intake(spool).accept(r, "rest", "k").id();
        java.time.Instant t = java.time.Instant.now();
        store.update(id, x -> x.attemptStarted("mms", null, t).sentAsMms(new dev.mmsys.app.spool.MmsResult("T", "M",
                "Ok"), t));
        assertEquals(1, store.remove(List.of(id)));               // as mmsys.spool.keep-days does
        Intake.Accepted again = intake(Spool.open(dir)).accept(r, "rest", "k");
        assertEquals(id, again.id());
        assertFalse(again.created(), "not a new message");
        assertEquals(MessageState.SENT, again.state());
        assertFalse(Files.exists(spool.messages().resolve(id + ".json")), "no record made again");
    }
}
