package dev.mmsys.emulator;

import java.io.ByteArrayOutputStream;

/**
 * Finds the {@code +++} escape in transparent-mode data: three '+' after at least the guard time of silence,
 * then the guard time again without data ({@link #confirm}). Anything else is data and passes through,
 * including '+' octets that turned out not to be an escape.
 */
final class EscapeDetector {

    private final long guardNanos;
    private long lastByteAt;
    private long firstPlusAt;
    private int plus;

    EscapeDetector(long guardNanos, long now) {
        this.guardNanos = guardNanos;
        this.lastByteAt = now;
    }

    /** The octets of {@code in} (arrived at {@code now}) that are data, to forward to the link. */
    byte[] accept(byte[] in, long now) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            boolean silenceBefore = i == 0 && now - lastByteAt >= guardNanos;
            if (plus > 0) {
                if (b == '+' && plus < 3 && now - firstPlusAt < guardNanos) {
                    plus++;
                    continue;
                }
                for (int k = 0; k < plus; k++) {
                    data.write('+');
                }
                plus = 0;
            }
            if (b == '+' && silenceBefore) {
                plus = 1;
                firstPlusAt = now;
            } else {
                data.write(b);
            }
        }
        if (in.length > 0) {
            lastByteAt = now;
        }
        return data.toByteArray();
    }

    /** True when a complete {@code +++} is waiting for its closing guard time. */
    boolean armed() {
        return plus == 3;
    }

    /** At {@code now}: the escape is complete if it is armed and nothing arrived for the guard time. */
    boolean confirm(long now) {
        return plus == 3 && now - lastByteAt >= guardNanos;
    }

    long guardNanos() {
        return guardNanos;
    }

    /** Back in data mode (ATO): forget any partial escape. */
    void reset(long now) {
        plus = 0;
        lastByteAt = now;
    }
}
