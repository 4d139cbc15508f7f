package dev.mmsys.emulator;

import java.util.concurrent.locks.LockSupport;

/**
 * One direction of a UART at a given baud rate, 8N1 (10 bits per octet): {@link #transmit} returns when the
 * octets would have crossed the wire. This models transmission time; it is not used to wait for events. A gap
 * under 5 ms between transmissions counts as a busy line, so a thread that wakes late does not lower the rate
 * (the price: after a pause, up to 5 ms worth of octets go out at once).
 */
final class LinePacer {

    /** A line that went idle for less than this counts as busy: waking late must not slow the modelled line. */
    private static final long SLACK_NANOS = 5_000_000;

    private final long nanosPerOctet;
    private long lineFreeAt;

    /** @param baudRate bits per second; 0 = no pacing */
    LinePacer(int baudRate) {
        this.nanosPerOctet = baudRate == 0 ? 0 : 10_000_000_000L / baudRate;
    }

    boolean paced() {
        return nanosPerOctet > 0;
    }

    /** Octets per chunk so that one chunk takes about 2 ms on the wire (at least 1). */
    int chunkSize() {
        return nanosPerOctet == 0 ? 64 * 1024 : (int) Math.max(1, 2_000_000L / nanosPerOctet);
    }

    /** Blocks until {@code octets} more octets have been clocked out after those before them. */
    void transmit(int octets) throws InterruptedException {
        if (nanosPerOctet == 0) {
            return;
        }
        long now = System.nanoTime();
        lineFreeAt = Math.max(now - SLACK_NANOS, lineFreeAt) + octets * nanosPerOctet;
        long wait;
        while ((wait = lineFreeAt - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
