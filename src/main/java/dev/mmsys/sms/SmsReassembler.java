package dev.mmsys.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts concatenated parts back together (TS 23.040 §9.2.3.24.1). {@link #assemble} checks a set that is all
 * there; an instance collects parts as they arrive, bounded in the sets it keeps and how long it keeps them.
 * Parts belong together when they share the address, the reference (and its width) and the total.
 */
public final class SmsReassembler {

    private final int maxPendingSets;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<Key, Pending> pending = new LinkedHashMap<>();
    private final List<IncompleteSet> dropped = new ArrayList<>();

    /**
     * @param maxPendingSets incomplete sets kept at once; the oldest is dropped to make room
     * @param maxAge         an incomplete set older than this is dropped by {@link #expire()}
     */
    public SmsReassembler(int maxPendingSets, Duration maxAge, Clock clock) {
        if (maxPendingSets < 1) {
            throw new IllegalArgumentException("maxPendingSets must be at least 1");
        }
        this.maxPendingSets = maxPendingSets;
        this.maxAge = Objects.requireNonNull(maxAge);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A set that was dropped before all its parts came. */
    public record IncompleteSet(SmsAddress address, int reference, int referenceBits, int total,
                                List<Integer> received, Instant firstSeen) {
    }

    private record Key(int toa, String address, int referenceBits, int reference, int total) {
    }

    private static final class Pending {
        final UserDataPdu[] parts;
        final Instant firstSeen;
        int count;

        Pending(int total, Instant firstSeen) {
            this.parts = new UserDataPdu[total];
            this.firstSeen = firstSeen;
        }
    }

    /**
     * Adds a part. Returns the whole message when this part completes its set (at once for a message that is not
     * concatenated); a part that arrives twice is kept once.
     */
    public synchronized Optional<ReassembledMessage> offer(UserDataPdu pdu) {
        Optional<Concatenation> c = pdu.userData().header().concatenation();
        if (c.isEmpty() || c.get().total() == 1) {
            return Optional.of(ReassembledMessage.of(List.of(pdu)));
        }
        Concatenation cc = c.get();
        Key key = new Key(pdu.address().typeOfAddress(), pdu.address().value(), cc.referenceBits(), cc.reference(),
                cc.total());
        Pending p = pending.get(key);
        if (p == null) {
            if (pending.size() >= maxPendingSets) {
                Iterator<Map.Entry<Key, Pending>> oldest = pending.entrySet().iterator();
                Map.Entry<Key, Pending> e = oldest.next();
                dropped.add(incomplete(e.getKey(), e.getValue()));
                oldest.remove();
            }
            p = new Pending(cc.total(), clock.instant());
            pending.put(key, p);
        }
        if (p.parts[cc.sequence() - 1] == null) {
            p.parts[cc.sequence() - 1] = pdu;
            p.count++;
        }
        if (p.count < cc.total()) {
            return Optional.empty();
        }
        pending.remove(key);
        return Optional.of(ReassembledMessage.of(Arrays.asList(p.parts)));
    }

    /**
     * Drops the incomplete sets older than the maximum age and returns them, together with any dropped for room
     * since the last call, so the caller can report what was lost.
     */
    public synchronized List<IncompleteSet> expire() {
        Instant limit = clock.instant().minus(maxAge);
        for (Iterator<Map.Entry<Key, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Pending> e = it.next();
            if (e.getValue().firstSeen.isBefore(limit)) {
                dropped.add(incomplete(e.getKey(), e.getValue()));
                it.remove();
            }
        }
        List<IncompleteSet> out = List.copyOf(dropped);
        dropped.clear();
        return out;
    }

    /** Incomplete sets being held. */
    public synchronized int pendingSets() {
        return pending.size();
    }

    private static IncompleteSet incomplete(Key k, Pending p) {
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < p.parts.length; i++) {
            if (p.parts[i] != null) {
                got.add(i + 1);
            }
        }
        return new IncompleteSet(new SmsAddress(k.toa, k.address), k.reference, k.referenceBits, k.total, got,
                p.firstSeen);
    }

    /**
     * The message that {@code parts} (in any order) make up: a single unconcatenated part, or every part of one
     * set exactly once. Anything else is an {@link IncompleteMessageException} naming what is wrong.
     */
    public static ReassembledMessage assemble(List<? extends UserDataPdu> parts) {
        if (parts.isEmpty()) {
            throw new IncompleteMessageException("no parts were given", List.of());
        }
        UserDataPdu first = parts.get(0);
        Optional<Concatenation> c0 = first.userData().header().concatenation();
        if (c0.isEmpty()) {
            if (parts.size() != 1) {
                throw new IncompleteMessageException("part 1 of " + parts.size() + " has no concatenation header,"
                        + " so the parts are not one concatenated message", List.of());
            }
            return ReassembledMessage.of(parts);
        }
        Concatenation set = c0.get();
        UserDataPdu[] ordered = new UserDataPdu[set.total()];
        for (int i = 0; i < parts.size(); i++) {
            UserDataPdu p = parts.get(i);
            int index = i;
            Concatenation c = p.userData().header().concatenation().orElseThrow(() -> new IncompleteMessageException(
                    "part " + (index + 1) + " has no concatenation header", List.of()));
            if (c.reference() != set.reference() || c.referenceBits() != set.referenceBits()
                    || c.total() != set.total() || !p.address().equals(first.address())) {
                throw new IncompleteMessageException("part " + (i + 1) + " (" + describe(c) + ", " + p.address()
                        + ") does not belong with part 1 (" + describe(set) + ", " + first.address() + ")", List.of());
            }
            if (ordered[c.sequence() - 1] != null) {
                throw new IncompleteMessageException("part " + c.sequence() + " of " + c.total() + " (" + describe(c)
                        + ") appears twice", List.of());
            }
            ordered[c.sequence() - 1] = p;
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < ordered.length; i++) {
            if (ordered[i] == null) {
                missing.add(i + 1);
            }
        }
        if (!missing.isEmpty()) {
            throw new IncompleteMessageException("part(s) " + missing + " of " + set.total() + " (" + describe(set)
                    + ") are missing", missing);
        }
        return ReassembledMessage.of(Arrays.asList(ordered));
    }

    private static String describe(Concatenation c) {
        return c.referenceBits() + "-bit reference " + c.reference();
    }
}
