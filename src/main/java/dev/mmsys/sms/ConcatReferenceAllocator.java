package dev.mmsys.sms;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Concatenation references (TS 23.040 §9.2.3.24.1: "constant for every short message which makes up a
 * particular concatenated short message"), so that a phone never merges parts of two messages: one running
 * counter for every recipient, which also skips the value the same recipient got last time. Two consecutive
 * messages to one recipient therefore always differ, whatever went to others in between. State is in memory,
 * for the most recent {@code maxRecipients} recipients; the counter starts at a random value so that a restart
 * does not replay the previous run's references.
 *
 * <p>The guarantee holds among the messages one allocator numbers, so everything that sends SMS in a process
 * should use {@link #shared()} (which {@link SmsSubmitComposer#SmsSubmitComposer(SmsOptions)} does): two
 * allocators would each keep their own counter and could hand one recipient the same reference twice in a row.
 */
public final class ConcatReferenceAllocator {

    private static final ConcatReferenceAllocator SHARED = new ConcatReferenceAllocator();

    private final Map<String, Integer> last;
    private int counter;

    public ConcatReferenceAllocator() {
        this(new SecureRandom(), 10_000);
    }

    public ConcatReferenceAllocator(Random random, int maxRecipients) {
        this.counter = random.nextInt(1 << 16);
        this.last = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > maxRecipients;
            }
        };
    }

    /** The allocator of this process, shared by every composer that is not given its own. */
    public static ConcatReferenceAllocator shared() {
        return SHARED;
    }

    /** The reference this allocator last gave {@code recipient}, while it still remembers the recipient. */
    public synchronized OptionalInt lastReference(SmsAddress recipient) {
        Integer ref = last.get(key(recipient));
        return ref == null ? OptionalInt.empty() : OptionalInt.of(ref);
    }

    private static String key(SmsAddress recipient) {
        return recipient.typeOfAddress() + ":" + recipient.value();
    }

    /** The reference for the next concatenated message to {@code recipient}, of 8 or 16 bits. */
    public synchronized int next(SmsAddress recipient, int bits) {
        if (bits != 8 && bits != 16) {
            throw new IllegalArgumentException("references have 8 or 16 bits, not " + bits);
        }
        int mask = (1 << bits) - 1;
        String key = key(recipient);
        Integer previous = last.get(key);
        int ref = counter++ & mask;
        if (previous != null && ref == (previous & mask)) {
            ref = counter++ & mask;
        }
        counter &= 0xFFFF;
        last.put(key, ref);
        return ref;
    }
}
