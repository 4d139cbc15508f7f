package dev.mmsys.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modem's serial port with one host attached: a reader thread that delivers the host's bytes at line rate,
 * and a writer thread that clocks the modem's output out at line rate. Output chunks keep their order and are
 * never interleaved. The host going away (EOF or an I/O error) ends the attachment.
 */
final class HostLine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HostLine.class);

    private final InputStream in;
    private final OutputStream out;
    private final int baudRate;
    private final Consumer<byte[]> fromHost;
    private final Runnable onGone;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private long backlog;
    private boolean closed;
    private final Thread reader;
    private final Thread writer;

    HostLine(String name, InputStream in, OutputStream out, int baudRate, Consumer<byte[]> fromHost, Runnable onGone) {
        this.in = in;
        this.out = out;
        this.baudRate = baudRate;
        this.fromHost = fromHost;
        this.onGone = onGone;
        this.reader = new Thread(this::readLoop, name + "-rx");
        this.writer = new Thread(this::writeLoop, name + "-tx");
        reader.setDaemon(true);
        writer.setDaemon(true);
    }

    void start() {
        reader.start();
        writer.start();
    }

    /** Queues {@code bytes} for the host (dropped once the line is closed). */
    void send(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        lock.lock();
        try {
            if (!closed) {
                queue.add(bytes);
                backlog += bytes.length;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Octets queued but not yet on the wire. */
    long backlog() {
        lock.lock();
        try {
            return backlog;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until fewer than {@code limit} octets are queued (flow control for data pushed from the network). */
    void awaitBacklogBelow(long limit) throws InterruptedException {
        lock.lock();
        try {
            while (!closed && backlog >= limit) {
                changed.await(100, TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    private void readLoop() {
        LinePacer pacer = new LinePacer(baudRate);
        byte[] buf = new byte[Math.min(4096, pacer.chunkSize())];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (n > 0) {
                    pacer.transmit(n);
                    fromHost.accept(Arrays.copyOf(buf, n));
                }
            }
        } catch (IOException e) {
            if (!isClosed()) {
                LOG.debug("host line read failed: {}", e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        gone();
    }

    private void writeLoop() {
        LinePacer pacer = new LinePacer(baudRate);
        int chunk = pacer.chunkSize();
        try {
            while (true) {
                byte[] next;
                lock.lock();
                try {
                    while (queue.isEmpty() && !closed) {
                        changed.await();
                    }
                    if (closed) {
                        return;
                    }
                    next = queue.peek();
                } finally {
                    lock.unlock();
                }
                for (int off = 0; off < next.length; off += chunk) {
                    int len = Math.min(chunk, next.length - off);
                    pacer.transmit(len);
                    out.write(next, off, len);
                    out.flush();
                    lock.lock();
                    try {
                        backlog -= len;
                        changed.signalAll();
                    } finally {
                        lock.unlock();
                    }
                }
                lock.lock();
                try {
                    queue.poll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (IOException e) {
            if (!isClosed()) {
                LOG.debug("host line write failed: {}", e.toString());
            }
            gone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void gone() {
        boolean first;
        lock.lock();
        try {
            first = !closed;
            closed = true;
            queue.clear();
            backlog = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (first) {
            closeQuietly();
            onGone.run();
        }
    }

    /** Detaches: the threads end, the streams are closed, {@code onGone} is not called. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            backlog = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        closeQuietly();
        writer.interrupt();
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a stream that is already broken
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // closing a stream that is already broken
        }
    }
}
