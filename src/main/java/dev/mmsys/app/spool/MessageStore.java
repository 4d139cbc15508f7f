package dev.mmsys.app.spool;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The accepted messages: {@code messages/<id>.json}, rewritten crash-safely on every transition, plus the
 * receipts in {@code sent/} and {@code failed/} once a message is final. One process writes (the one running
 * the pipeline); any number may read. Records of messages still in progress are cached, so a transition costs
 * one durable write and no read.
 */
public final class MessageStore {

    private final Spool spool;
    private final Object[] locks = new Object[64];
    private final Map<String, MessageRecord> live = new ConcurrentHashMap<>();

    public MessageStore(Spool spool) {
        this.spool = spool;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    public Spool spool() {
        return spool;
    }

    /** Writes a new record; it is on disk when this returns. */
    public void create(MessageRecord r) {
        synchronized (lock(r.id())) {
            write(r);
            if (!r.state().isFinal()) {
                live.put(r.id(), r);
            }
        }
    }

    public Optional<MessageRecord> find(String id) {
        if (!MessageIds.isValid(id)) {
            return Optional.empty();
        }
        MessageRecord cached = live.get(id);
        return cached != null ? Optional.of(cached) : read(recordFile(id));
    }

    /**
     * Applies {@code change} to the current record and writes the result durably; returns it. Transitions of
     * one message are serialised, so none is lost.
     */
    public MessageRecord update(String id, UnaryOperator<MessageRecord> change) {
        synchronized (lock(id)) {
            MessageRecord current = find(id).orElseThrow(() -> new SpoolException("no message " + id + " in "
                    + spool.messages(), null));
            MessageRecord next = change.apply(current);
            if (next == current) {
                return current;
            }
            write(next);
            if (next.state().isFinal()) {
                live.remove(id);
                writeReceipt(next);
            } else {
                live.put(id, next);
            }
            return next;
        }
    }

    /** Every record, oldest first; a damaged file is reported through {@code damaged} and skipped. */
    public List<MessageRecord> list(java.util.function.BiConsumer<Path, Exception> damaged) {
        List<MessageRecord> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(spool.messages(), "*.json")) {
            for (Path p : s) {
                try {
                    read(p).ifPresent(out::add);
                } catch (SpoolException e) {
                    damaged.accept(p, e);
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new SpoolException("cannot list " + spool.messages() + " (" + e + ")", e);
        }
        out.sort(Comparator.comparing(MessageRecord::createdAt).thenComparing(MessageRecord::id));
        return out;
    }

    public Path recordFile(String id) {
        return spool.messages().resolve(id + ".json");
    }

    /** Whether the receipt of final record {@code r} is there and whole (a crash may leave it missing or empty). */
    public boolean receiptIntact(MessageRecord r) {
        Path f = receiptFile(r);
        try {
            return Files.isRegularFile(f) && r.id().equals(Spool.JSON.readTree(f.toFile()).path("id").asText());
        } catch (IOException e) {
            return false;
        }
    }

    public Path receiptFile(MessageRecord r) {
        return (r.state() == MessageState.FAILED ? spool.failed() : spool.sent()).resolve(r.id() + ".json");
    }

    /**
     * The receipt of a final message: {@code sent/<id>.json} with the MMSC's Message-ID or the SMS references,
     * or {@code failed/<id>.json} with the reason and the history.
     */
    public void writeReceipt(MessageRecord r) {
        ObjectNode n = Spool.JSON.createObjectNode();
        n.put("id", r.id());
        n.put("state", r.state().json());
        ArrayNode to = n.putArray("to");
        r.request().to().forEach(to::add);
        n.put("source", r.source());
        n.put("acceptedAt", r.createdAt());
        n.put(r.state() == MessageState.FAILED ? "failedAt" : "sentAt", r.updatedAt());
        n.put("attempts", r.attempts());
        n.put("possibleDuplicate", r.possibleDuplicate());
        if (r.mms() != null && r.state() == MessageState.SENT) {
            n.set("mms", Spool.JSON.valueToTree(r.mms()));
        }
        if (r.sms() != null) {
            ObjectNode sms = n.putObject("sms");
            sms.put("parts", r.sms().parts());
            sms.set("recipients", Spool.JSON.valueToTree(r.sms().recipients()));
        }
        if (r.state() == MessageState.FAILED) {
            n.put("reason", r.error());
        }
        n.set("history", Spool.JSON.valueToTree(r.history()));
        try {
            // derived from the record, which is durable: recovery writes it again if a crash lost it
            AtomicFiles.replace(receiptFile(r), Spool.JSON.writeValueAsBytes(n));
        } catch (IOException e) {
            throw new SpoolException("cannot write the receipt " + receiptFile(r) + " (" + e + ")", e);
        }
    }

    private void write(MessageRecord r) {
        Path f = recordFile(r.id());
        try {
            AtomicFiles.write(f, Spool.JSON.writeValueAsBytes(r));
        } catch (IOException e) {
            throw new SpoolException("cannot write " + f + " (" + e + "); check free space and permissions", e);
        }
    }

    private Optional<MessageRecord> read(Path f) {
        byte[] b;
        try {
            b = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SpoolException("cannot read " + f + " (" + e + ")", e);
        }
        try {
            MessageRecord r = Spool.JSON.readValue(b, MessageRecord.class);
            if (r.id() == null || r.state() == null || r.request() == null) {
                throw new IOException("id, state or request missing");
            }
            return Optional.of(r);
        } catch (IOException e) {
            throw new SpoolException(f + " is damaged (" + e.getMessage() + ")", e);
        }
    }

    private Object lock(String id) {
        return locks[Math.floorMod(id.hashCode(), locks.length)];
    }
}
