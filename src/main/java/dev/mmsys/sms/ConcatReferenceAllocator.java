package dev.mmsys.sms;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Concatenation references (TS 23.040 §9.2.3.24.1: "constant for every short message which makes up a
 * particular concatenated short message"), so that a phone never merges parts of two messages: one running
 * counter for every recipient, which also skips the value the same recipient got last time. Two consecutive
 * messages to one recipient therefore always differ, whatever went to others in between. State is in memory,
 * for the most recent {@code maxRecipients} recipients; the counter starts at a random value so that a restart
 * does not replay the previous run's references.
 */
public final class ConcatReferenceAllocator {

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

    /** The reference for the next concatenated message to {@code recipient}, of 8 or 16 bits. */
    public synchronized int next(SmsAddress recipient, int bits) {
        if (bits != 8 && bits != 16) {
            throw new IllegalArgumentException("references have 8 or 16 bits, not " + bits);
        }
        int mask = (1 << bits) - 1;
        String key = recipient.typeOfAddress() + ":" + recipient.value();
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
