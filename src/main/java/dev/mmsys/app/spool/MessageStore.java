package dev.mmsys.app.spool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The accepted messages: {@code messages/<id>.json}, rewritten crash-safely on every transition, plus the
 * receipts in {@code sent/} and {@code failed/} once a message is final. One process writes (the one running
 * the pipeline); any number may read. Records of messages still in progress are cached, so a transition costs
 * one durable write and no read. For listings and counts an index keeps each record's state as of its file's
 * last change: a refresh looks at every file's modification time and size but reads only the records that
 * changed since (also those another process wrote).
 */
public final class MessageStore {

    private final Spool spool;
    private final Object[] locks = new Object[64];
    private final Map<String, MessageRecord> live = new ConcurrentHashMap<>();
    private final Map<String, Indexed> index = new ConcurrentHashMap<>();
    private final Object indexing = new Object();

    /** What a listing needs of a record, and the file's state it was read from. */
    private record Indexed(MessageState state, String createdAt, String updatedAt, long modifiedNanos, long size) {
    }

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

    /** Every record, oldest first; a damaged file is reported through {@code damaged} and skipped. Small spools. */
    public List<MessageRecord> list(BiConsumer<Path, Exception> damaged) {
        List<MessageRecord> out = new ArrayList<>();
        forEach(out::add, damaged);
        out.sort(Comparator.comparing(MessageRecord::createdAt).thenComparing(MessageRecord::id));
        return out;
    }

    /**
     * Every record, one at a time in no particular order (a spool of many thousands is never held in memory at
     * once); a damaged file is reported through {@code damaged} and skipped. {@code each} must not write records:
     * the directory is being read.
     */
    public void forEach(Consumer<MessageRecord> each, BiConsumer<Path, Exception> damaged) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(spool.messages(), "*.json")) {
            for (Path p : s) {
                try {
                    BasicFileAttributes a = attributes(p);
                    read(p).ifPresent(r -> {
                        remember(r, a);
                        each.accept(r);
                    });
                } catch (SpoolException e) {
                    damaged.accept(p, e);
                }
            }
        } catch (NoSuchFileException e) {
            // no messages yet
        } catch (IOException e) {
            throw new SpoolException("cannot list " + spool.messages() + " (" + e + ")", e);
        }
    }

    /**
     * Removes the records of finished messages (their receipts stay in {@code sent/} and {@code failed/}); a record
     * that is not final is left alone. Returns how many were removed.
     */
    public int remove(List<String> ids) {
        int n = 0;
        for (String id : ids) {
            synchronized (lock(id)) {
                Optional<MessageRecord> r = find(id);
                if (r.isEmpty() || !r.get().state().isFinal()) {
                    continue;
                }
                try {
                    if (Files.deleteIfExists(recordFile(id))) {
                        n++;
                    }
                } catch (IOException e) {
                    throw new SpoolException("cannot remove " + recordFile(id) + " (" + e + ")", e);
                }
                index.remove(id);
                live.remove(id);
            }
        }
        if (n > 0) {
            AtomicFiles.syncDirectory(spool.messages());
        }
        return n;
    }

    /** The ids of the messages that finished before {@code cutoff} (from the index: no record is read). */
    public List<String> finishedBefore(Instant cutoff, BiConsumer<Path, Exception> damaged) {
        refresh(damaged);
        return index.entrySet().stream().filter(e -> e.getValue().state().isFinal()
                        && Instant.parse(e.getValue().updatedAt()).isBefore(cutoff))
                .map(Map.Entry::getKey).toList();
    }

    /** The receipt of a finished message ({@code sent/<id>.json} or {@code failed/<id>.json}), if there is one. */
    public Optional<JsonNode> receipt(String id) {
        if (!MessageIds.isValid(id)) {
            return Optional.empty();
        }
        for (Path dir : List.of(spool.sent(), spool.failed())) {
            Path f = dir.resolve(id + ".json");
            try {
                return Optional.of(Spool.JSON.readTree(Files.readAllBytes(f)));
            } catch (NoSuchFileException e) {
                // not in this one
            } catch (IOException e) {
                throw new SpoolException("cannot read the receipt " + f + " (" + e + ")", e);
            }
        }
        return Optional.empty();
    }

    /** How many messages are in each state (every state present, zeros included). */
    public Map<MessageState, Long> countByState(BiConsumer<Path, Exception> damaged) {
        refresh(damaged);
        Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
        for (MessageState st : MessageState.values()) {
            counts.put(st, 0L);
        }
        index.values().forEach(e -> counts.merge(e.state(), 1L, Long::sum));
        return counts;
    }

    /** The newest {@code limit} records, in {@code state} when it is not null; newest first. */
    public List<MessageRecord> newest(MessageState state, int limit, BiConsumer<Path, Exception> damaged) {
        refresh(damaged);
        List<String> ids = index.entrySet().stream()
                .filter(e -> state == null || e.getValue().state() == state)
                .sorted(Comparator.comparing((Map.Entry<String, Indexed> e) -> e.getValue().createdAt())
                        .thenComparing(Map.Entry::getKey).reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
        List<MessageRecord> out = new ArrayList<>();
        for (String id : ids) {
            try {
                find(id).ifPresent(out::add);
            } catch (SpoolException e) {
                damaged.accept(recordFile(id), e);
            }
        }
        return out;
    }

    /** Brings the index up to the files: reads what is new or changed, forgets what is gone. */
    private void refresh(BiConsumer<Path, Exception> damaged) {
        synchronized (indexing) {
            Set<String> seen = new HashSet<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(spool.messages(), "*.json")) {
                for (Path p : s) {
                    String name = p.getFileName().toString();
                    String id = name.substring(0, name.length() - ".json".length());
                    BasicFileAttributes a = attributes(p);
                    if (a == null) {
                        continue;   // replaced or removed just now
                    }
                    seen.add(id);
                    Indexed known = index.get(id);
                    if (known != null && known.modifiedNanos() == nanos(a) && known.size() == a.size()) {
                        continue;
                    }
                    try {
                        read(p).ifPresent(r -> remember(r, a));
                    } catch (SpoolException e) {
                        damaged.accept(p, e);
                    }
                }
            } catch (NoSuchFileException e) {
                // no messages yet
            } catch (IOException e) {
                throw new SpoolException("cannot list " + spool.messages() + " (" + e + ")", e);
            }
            index.keySet().retainAll(seen);
        }
    }

    private void remember(MessageRecord r, BasicFileAttributes a) {
        if (a != null) {
            index.put(r.id(), new Indexed(r.state(), r.createdAt(), r.updatedAt(), nanos(a), a.size()));
        }
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static long nanos(BasicFileAttributes a) {
        return a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    public Path recordFile(String id) {
        return spool.messages().resolve(id + ".json");
    }

    /**
     * Whether the receipt of final record {@code r} is there and whole. Receipts are not forced to disk, and what a
     * crash leaves of a file that was not is missing, empty or cut short: a receipt that ends its JSON object is
     * taken as whole (one octet read, not the whole file: a start checks every receipt).
     */
    public boolean receiptIntact(MessageRecord r) {
        try (FileChannel ch = FileChannel.open(receiptFile(r), StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer last = ByteBuffer.allocate(1);
            return size > 2 && ch.read(last, size - 1) == 1 && last.get(0) == '}';
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
            remember(r, attributes(f));
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
