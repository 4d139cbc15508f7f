package dev.mmsys.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real TCP connection behind one emulated link: a reader thread that hands received data to the modem in
 * reads of at most 1500 octets (the modem's block size) and a writer thread for data the host sent. The reader
 * stops reading while the modem still holds a lot of this link's data, so TCP flow control reaches the server.
 */
final class LinkConnection {

    private static final Logger LOG = LoggerFactory.getLogger(LinkConnection.class);
    /** Data the modem may hold for one link before the reader stops (the module's buffer is of this order). */
    static final int HELD_LIMIT = 64 * 1024;

    private final Socket socket;
    private final ExecutorService writer;
    private final Object heldLock = new Object();
    private long held;
    private volatile boolean closed;
    private volatile boolean writeFailed;

    LinkConnection(Socket socket, String name) {
        this.socket = socket;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name + "-tx");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts reading: {@code onData} gets each read, {@code onEnd} is called once when the peer closed or the
     * connection broke (not after {@link #close}). {@code room} blocks the reader while the host is behind.
     */
    void start(String name, Consumer<byte[]> onData, Runnable onEnd, RoomWaiter room) {
        Thread reader = new Thread(() -> readLoop(onData, onEnd, room), name + "-rx");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop(Consumer<byte[]> onData, Runnable onEnd, RoomWaiter room) {
        byte[] buf = new byte[1500];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (n == 0) {
                    continue;
                }
                synchronized (heldLock) {
                    held += n;
                }
                onData.accept(Arrays.copyOf(buf, n));
                synchronized (heldLock) {
                    while (held >= HELD_LIMIT && !closed) {
                        heldLock.wait(100);
                    }
                }
                room.await();
            }
        } catch (IOException e) {
            if (!closed) {
                LOG.debug("link read ended: {}", e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!closed) {
            onEnd.run();
        }
    }

    /** The modem passed {@code n} octets of this link's data on (pushed to the host or read by CIPRXGET). */
    void released(int n) {
        synchronized (heldLock) {
            held -= n;
            heldLock.notifyAll();
        }
    }

    /** Queues {@code data} for the server. */
    void send(byte[] data) {
        if (closed) {
            return;
        }
        try {
            writer.execute(() -> {
                try {
                    socket.getOutputStream().write(data);
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    writeFailed = true;
                    LOG.debug("link write failed: {}", e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            writeFailed = true;
        }
    }

    boolean writeFailed() {
        return writeFailed;
    }

    /**
     * Closes the connection (the server sees the close) after the writes already queued, as a modem flushes its
     * send buffer first; a server that stops reading gets a hard close after two seconds. Does not block. The
     * reader ends without calling {@code onEnd}.
     */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.execute(this::closeSocket);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            closeSocket();
        }
        writer.shutdown();
        CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS).execute(this::closeSocket);
        synchronized (heldLock) {
            heldLock.notifyAll();
        }
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already broken
        }
    }

    /** Blocks a network reader while the host has a long backlog. */
    @FunctionalInterface
    interface RoomWaiter {
        void await() throws InterruptedException;
    }
}
