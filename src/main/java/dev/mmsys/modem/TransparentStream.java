package dev.mmsys.modem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The receive side of a transparent-mode connection: bytes arrive from the AT channel's reader and are read
 * by the HTTP client. The SIM7600 ends the connection by printing {@code \r\nCLOSED\r\n} in the data stream;
 * the marker is recognised as it arrives and removed, and the stream then ends. Bytes are handed out at once
 * (never held back for a possible marker), so a reader must not read past what its framing announces; a
 * close-delimited reader learns from {@link #markerBytesConsumed()} how many marker octets it already took.
 *
 * <p>Bounded: past {@code capacity} unread octets the stream fails instead of growing.
 */
final class TransparentStream implements DataSink {

    static final byte[] MARKER = "\r\nCLOSED\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int[] FAILURE = failureTable(MARKER);
    /** A reboot also ends data mode; the modem then prints its boot URCs, starting with RDY. */
    static final byte[] REBOOT = "\r\nRDY\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int[] REBOOT_FAILURE = failureTable(REBOOT);

    private final byte[] ring;
    private int head;
    private int size;
    private int matched;
    private int rebootMatched;
    private boolean rebooted;
    private boolean ended;
    private String endReason;
    private boolean overflow;
    private int markerConsumed;
    private long total;

    TransparentStream(int capacity) {
        this.ring = new byte[capacity];
    }

    @Override
    public synchronized boolean accept(byte b) {
        total++;
        while (matched > 0 && MARKER[matched] != b) {
            matched = FAILURE[matched - 1];
        }
        if (MARKER[matched] == b) {
            matched++;
        }
        while (rebootMatched > 0 && REBOOT[rebootMatched] != b) {
            rebootMatched = REBOOT_FAILURE[rebootMatched - 1];
        }
        if (REBOOT[rebootMatched] == b) {
            rebootMatched++;
        }
        if (size == ring.length) {
            overflow = true;
        } else {
            ring[(head + size) % ring.length] = b;
            size++;
        }
        if (matched == MARKER.length || rebootMatched == REBOOT.length) {
            int len = matched == MARKER.length ? MARKER.length : REBOOT.length;
            rebooted = len == REBOOT.length;
            int unread = Math.min(size, len);
            size -= unread;
            markerConsumed = len - unread;
            ended = true;
            endReason = rebooted ? "the modem restarted (RDY)" : "closed by the server";
            notifyAll();
            return true;
        }
        notifyAll();
        return false;
    }

    @Override
    public synchronized void end(String why) {
        if (!ended) {
            ended = true;
            endReason = why;
        }
        notifyAll();
    }

    /**
     * Reads up to {@code len} octets, waiting up to {@code timeout} for the first.
     *
     * @return the number read, or -1 when the connection ended and everything was read
     */
    synchronized int read(byte[] b, int off, int len, Duration timeout) throws ModemException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (size == 0) {
            if (overflow) {
                throw overflowException();
            }
            if (ended) {
                return -1;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AtTimeoutException("no data from the server for " + timeout.toMillis() + " ms", null, null);
            }
            waitNanos(left);
        }
        if (overflow) {
            throw overflowException();
        }
        int n = Math.min(len, size);
        for (int i = 0; i < n; i++) {
            b[off + i] = ring[(head + i) % ring.length];
        }
        head = (head + n) % ring.length;
        size -= n;
        return n;
    }

    /** Test helper and convenience: exactly {@code n} octets. */
    byte[] readFully(int n, Duration timeout) throws ModemException {
        byte[] out = new byte[n];
        int got = 0;
        while (got < n) {
            int r = read(out, got, n - got, timeout);
            if (r < 0) {
                throw new ModemException("the connection ended after " + got + " of " + n + " octets", true);
            }
            got += r;
        }
        return out;
    }

    /** Waits until the modem ended the connection (the CLOSED marker) or the timeout passes. */
    synchronized boolean awaitEnd(Duration timeout) throws ModemException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            waitNanos(left);
        }
        return true;
    }

    synchronized boolean isEnded() {
        return ended;
    }

    synchronized String endReason() {
        return endReason;
    }

    /** Whether data mode ended because the modem rebooted. */
    synchronized boolean rebooted() {
        return rebooted;
    }

    /** Octets of the end marker that a reader took before the marker was complete. */
    synchronized int markerBytesConsumed() {
        return markerConsumed;
    }

    synchronized long totalReceived() {
        return total;
    }

    private ModemException overflowException() {
        return new ModemException("the server sent more than " + ring.length + " unread octets; refusing the rest",
                false);
    }

    private void waitNanos(long nanos) throws ModemException {
        try {
            wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModemException("interrupted while waiting for data", true);
        }
    }

    private static int[] failureTable(byte[] p) {
        int[] f = new int[p.length];
        int k = 0;
        for (int i = 1; i < p.length; i++) {
            while (k > 0 && p[i] != p[k]) {
                k = f[k - 1];
            }
            if (p[i] == p[k]) {
                k++;
            }
            f[i] = k;
        }
        return f;
    }
}
