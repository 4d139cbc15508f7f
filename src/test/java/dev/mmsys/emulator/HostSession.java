package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A plain host for tests: writes bytes to the modem and reads what comes back through a background reader, with
 * deadlines on every wait. Byte-exact expectations show both sides escaped when they differ.
 */
final class HostSession implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final InputStream in;
    private final OutputStream out;
    private final Closeable resource;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private int consumed;
    private boolean ended;
    private final Thread reader;

    HostSession(InputStream in, OutputStream out, Closeable resource) {
        this.in = in;
        this.out = out;
        this.resource = resource;
        this.reader = new Thread(this::readLoop, "host-session-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens a serial device (the pty link) as plain files, the simplest possible client. */
    static HostSession open(Path device) throws IOException {
        // two descriptors: a FileChannel serialises reads and writes on one lock
        FileChannel rx = FileChannel.open(device, StandardOpenOption.READ);
        FileChannel tx = FileChannel.open(device, StandardOpenOption.WRITE);
        return new HostSession(Channels.newInputStream(rx), Channels.newOutputStream(tx), () -> {
            try (rx; tx) {
                // closing an interruptible channel ends the blocked read
            }
        });
    }

    static HostSession of(EmulatorConnection c) {
        return new HostSession(c.fromModem(), c.toModem(), c::close);
    }

    private void readLoop() {
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                lock.lock();
                try {
                    received.write(buf, 0, n);
                    arrived.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (IOException ignored) {
            // closed
        }
        lock.lock();
        try {
            ended = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void send(String s) {
        send(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] b) {
        try {
            out.write(b);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exactly {@code n} more bytes, or a failure naming what did arrive. */
    byte[] read(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (received.size() - consumed < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    fail("expected " + n + " bytes within " + timeout + (ended ? " (stream ended)" : "")
                            + ", got " + (received.size() - consumed) + ": " + escape(pending()));
                }
                arrived.await(left, TimeUnit.NANOSECONDS);
            }
            byte[] all = received.toByteArray();
            byte[] b = Arrays.copyOfRange(all, consumed, consumed + n);
            consumed += n;
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            lock.unlock();
        }
    }

    /** The next bytes are exactly {@code expected}. */
    void expect(String expected) {
        expect(expected.getBytes(StandardCharsets.ISO_8859_1));
    }

    void expect(byte[] expected) {
        byte[] got = read(expected.length, WAIT);
        if (!Arrays.equals(expected, got)) {
            fail("expected " + escape(expected) + "\n     got " + escape(got) + "\nthen pending: " + escape(pending()));
        }
    }

    /** Sends {@code command} and expects exactly {@code response} next. */
    void exchange(String command, String response) {
        send(command);
        expect(response);
    }

    /** Everything up to and including {@code marker}. */
    String readThrough(String marker, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                String s = new String(received.toByteArray(), StandardCharsets.ISO_8859_1).substring(consumed);
                int i = s.indexOf(marker);
                if (i >= 0) {
                    consumed += i + marker.length();
                    return s.substring(0, i + marker.length());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    fail("'" + escape(marker.getBytes(StandardCharsets.ISO_8859_1)) + "' did not arrive within "
                            + timeout + "; got " + escape(pending()));
                }
                arrived.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the modem closes the stream (returns false if it is still open at the deadline). */
    boolean awaitEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!ended) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                arrived.await(left, TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    byte[] pending() {
        lock.lock();
        try {
            byte[] all = received.toByteArray();
            return Arrays.copyOfRange(all, consumed, all.length);
        } finally {
            lock.unlock();
        }
    }

    static String escape(byte[] b) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte x : b) {
            int c = x & 0xFF;
            switch (c) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        sb.append(String.format("<%02X>", c));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public void close() throws IOException {
        resource.close();
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
