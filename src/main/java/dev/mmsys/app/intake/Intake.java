package dev.mmsys.app.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.message.MessageValidator;
import dev.mmsys.app.spool.IdempotencyKeys;
import dev.mmsys.app.spool.MessageIds;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import java.time.Clock;
import java.util.Optional;

/**
 * Accepts a message: validates it, and writes its record ({@code queued}) durably. Nothing is acknowledged
 * (REST 202, outbox file removed, queue message consumed) before this returns. With an idempotency key, the
 * same key and request give the same id again; the key is written before the record, so a crash in between
 * still ends with one message for the key.
 */
public final class Intake {

    private final MessageStore store;
    private final IdempotencyKeys keys;
    private final MessageValidator validator;
    private final Clock clock;
    private final Object[] keyLocks = new Object[32];

    public Intake(MessageStore store, IdempotencyKeys keys, MessageValidator validator, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.validator = validator;
        this.clock = clock;
        for (int i = 0; i < keyLocks.length; i++) {
            keyLocks[i] = new Object();
        }
    }

    /**
     * @param state   the message's state now ({@code queued} for a new one)
     * @param created false when an earlier request with the same idempotency key made this message
     */
    public record Accepted(String id, MessageState state, boolean created) {
        static Accepted of(MessageRecord r, boolean created) {
            return new Accepted(r.id(), r.state(), created);
        }
    }

    /** Accepts {@code request} from {@code source} ({@code rest}, {@code outbox:<file>}, ...). */
    public Accepted accept(MessageRequest request, String source) throws InvalidMessageException {
        MessageRequest valid = validator.validate(request);
        MessageRecord r = MessageRecord.accepted(MessageIds.next(clock.instant()), source, valid, clock.instant());
        store.create(r);
        return Accepted.of(r, true);
    }

    /**
     * Accepts {@code request} once per {@code key}: a repeat with the same request returns the first message,
     * with a different request it is refused.
     */
    public Accepted accept(MessageRequest request, String source, String key)
            throws InvalidMessageException, IdempotencyConflictException {
        if (key == null) {
            return accept(request, source);
        }
        MessageRequest valid = validator.validate(request);
        String hash = hash(request);
        synchronized (keyLocks[Math.floorMod(key.hashCode(), keyLocks.length)]) {
            Optional<IdempotencyKeys.Entry> seen = keys.find(key);
            if (seen.isPresent()) {
                IdempotencyKeys.Entry e = seen.get();
                if (!e.requestHash().equals(hash)) {
                    throw new IdempotencyConflictException(key, e.id());
                }
                Optional<MessageRecord> existing = store.find(e.id());
                if (existing.isPresent()) {
                    return Accepted.of(existing.get(), false);
                }
                Optional<MessageState> finished = store.receipt(e.id())
                        .map(n -> MessageState.parse(n.path("state").asText()));
                if (finished.isPresent() && finished.get() != null) {
                    // finished long ago, its record removed (mmsys.spool.keep-days): the same answer, no new message
                    return new Accepted(e.id(), finished.get(), false);
                }
                // the key was written but not the record (crash in between): make it now, with the key's id
                MessageRecord r = MessageRecord.accepted(e.id(), source, valid, clock.instant());
                store.create(r);
                return Accepted.of(r, true);
            }
            MessageRecord r = MessageRecord.accepted(MessageIds.next(clock.instant()), source, valid,
                    clock.instant());
            keys.put(new IdempotencyKeys.Entry(key, hash, r.id()));
            store.create(r);
            return Accepted.of(r, true);
        }
    }

    /** The request as it came, before normalisation: the same JSON body always hashes the same. */
    static String hash(MessageRequest request) {
        try {
            return IdempotencyKeys.sha256(Spool.JSON.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
