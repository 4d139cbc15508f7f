package dev.mmsys.app.spool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the records of finished messages stay in {@code messages/} ({@code mmsys.spool.keep-days}). Older ones
 * are removed, with their idempotency keys; their receipts in {@code sent/} and {@code failed/} stay as the log
 * (and {@code GET /api/messages/{id}} answers from them). So a spool used for years starts as fast as a young
 * one. Recovery applies it in its pass at start; {@link #run()} applies it while MMSYS runs (hourly, from
 * routes/send.yaml).
 */
public final class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private final MessageStore store;
    private final IdempotencyKeys keys;
    private final Duration keep;
    private final Clock clock;

    /** @param keep how long a finished message's record is kept; zero keeps them forever */
    public Retention(MessageStore store, IdempotencyKeys keys, Duration keep, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.keep = keep;
        this.clock = clock;
    }

    /** Whether {@code r} is finished, older than the retention and has its receipt (the copy that stays). */
    public boolean expired(MessageRecord r) {
        return !keep.isZero() && r.state().isFinal() && Instant.parse(r.updatedAt()).isBefore(cutoff())
                && store.receiptIntact(r);
    }

    /** Removes the records {@link #expired} found and the keys as old; logs what it did. */
    public void remove(List<String> expiredIds) {
        if (keep.isZero()) {
            return;
        }
        int records = store.remove(expiredIds);
        int removedKeys = keys.removeOlderThan(cutoff());
        if (records + removedKeys > 0) {
            LOG.info("retention: removed {} record(s) of messages finished over {} day(s) ago (their receipts "
                    + "stay) and {} idempotency key(s)", records, keep.toDays(), removedKeys);
        }
    }

    /** The hourly run while MMSYS runs: candidates from the store's index, each checked on its record. */
    public void run() {
        if (keep.isZero()) {
            return;
        }
        List<String> expired = new ArrayList<>();
        for (String id : store.finishedBefore(cutoff(), (file, e) -> { })) {
            store.find(id).filter(this::expired).ifPresent(r -> expired.add(id));
        }
        remove(expired);
    }

    private Instant cutoff() {
        return clock.instant().minus(keep);
    }
}
