package dev.mmsys.mms;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * X-Mms-Transaction-ID values: short, printable and unique. The time in milliseconds (base 36) makes them
 * unique across restarts, a counter within this process, and a random suffix across processes.
 */
public final class TransactionIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger COUNTER = new AtomicInteger(RANDOM.nextInt(36 * 36));

    private TransactionIds() {
    }

    /** E.g. {@code Tmhx3k2d1a7q4}: "T", 8 characters of time, 2 of counter, 3 random; [0-9a-z] only. */
    public static String next() {
        String time = Long.toString(System.currentTimeMillis(), 36);
        int count = Math.floorMod(COUNTER.getAndIncrement(), 36 * 36);
        int random = RANDOM.nextInt(36 * 36 * 36);
        return "T" + time + pad(count, 2) + pad(random, 3);
    }

    private static String pad(int value, int width) {
        StringBuilder s = new StringBuilder(Integer.toString(value, 36));
        while (s.length() < width) {
            s.insert(0, '0');
        }
        return s.toString();
    }
}
