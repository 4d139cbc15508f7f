package dev.mmsys.app.delivery;

import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Quarantine;
import dev.mmsys.app.spool.Retention;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, every message that did not reach a final state is sent on its way again: {@code queued} ones
 * simply resume; {@code sending} ones whose attempt was under way when the process died get "interrupted,
 * outcome unknown (may have been delivered)" in their history and are sent again as possible duplicates; a
 * final message whose receipt is missing gets it. A damaged record goes to the quarantine, with the reason.
 */
public final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private final MessageStore store;
    private final Quarantine quarantine;
    private final Clock clock;
    private final Dispatcher dispatcher;
    private final Retention retention;

    public Recovery(MessageStore store, Quarantine quarantine, Dispatcher dispatcher, Retention retention,
                    Clock clock) {
        this.dispatcher = dispatcher;
        this.retention = retention;
        this.store = store;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    public record Summary(int resumed, int interrupted, int receipts, int damaged) {
    }

    public Summary resume(CamelContext context) {
        int interrupted = 0;
        int[] receipts = {0};
        List<MessageRecord> unfinished = new ArrayList<>();
        List<Map.Entry<Path, Exception>> broken = new ArrayList<>();
        // one pass over the records, holding only the unfinished ones; files are moved and rewritten afterwards
        List<String> expired = new ArrayList<>();
        store.forEach(r -> {
            if (!r.state().isFinal()) {
                unfinished.add(r);
            } else if (!store.receiptIntact(r)) {
                store.writeReceipt(r);
                receipts[0]++;
            } else if (retention.expired(r)) {
                expired.add(r.id());
            }
        }, (file, e) -> broken.add(Map.entry(file, e)));
        retention.remove(expired);
        int damaged = 0;
        for (Map.Entry<Path, Exception> b : broken) {
            damaged += quarantineDamaged(b.getKey(), b.getValue());
        }
        unfinished.sort(Comparator.comparing(MessageRecord::createdAt).thenComparing(MessageRecord::id));
        List<String> ids = new ArrayList<>();
        for (MessageRecord r : unfinished) {
            if (r.inFlight() != null) {
                store.update(r.id(), x -> x.interrupted(clock.instant()));
                LOG.warn("recovery: {} was in flight when MMSYS stopped ({} attempt {}); its outcome is unknown, "
                        + "sending it again (possible duplicate)", r.id(), r.inFlight().channel(),
                        r.inFlight().attempt());
                interrupted++;
            }
            ids.add(r.id());
        }
        int resumed = ids.size();
        dispatcher.sendAll(context, ids);
        Summary s = new Summary(resumed, interrupted, receipts[0], damaged);
        if (resumed + receipts[0] + damaged > 0) {
            LOG.info("recovery: {} unfinished message(s) resumed ({} interrupted mid-attempt), {} receipt(s) "
                    + "rewritten, {} damaged record(s) quarantined", resumed, interrupted, receipts[0], damaged);
        }
        return s;
    }

    private int quarantineDamaged(Path file, Exception e) {
        try {
            Path q = quarantine.quarantine(file, "record", e.getMessage() + "; the message state could not be "
                    + "read, check whether it was sent and send it again if not", "spool");
            LOG.error("recovery: {} is damaged and was moved to {}: {}", file, q, e.getMessage());
        } catch (IOException io) {
            LOG.error("recovery: {} is damaged and could not be quarantined ({})", file, io.toString());
        }
        return 1;
    }
}
