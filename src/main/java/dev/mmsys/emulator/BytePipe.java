package dev.mmsys.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A one-way byte pipe between threads, bounded like an OS serial buffer: writes block while it is full, reads
 * block while it is empty. Closing either end ends it: reads then drain what is left and return -1, writes fail.
 * (java.io's piped streams are unsuitable: they break when the thread that last wrote ends.)
 */
final class BytePipe {

    private final byte[] buf;
    private int head;
    private int size;
    private boolean closed;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final InputStream in = new In();
    private final OutputStream out = new Out();

    BytePipe(int capacity) {
        buf = new byte[capacity];
    }

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private final class In extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            lock.lock();
            try {
                while (size == 0) {
                    if (closed) {
                        return -1;
                    }
                    notEmpty.await();
                }
                int n = Math.min(len, size);
                for (int i = 0; i < n; i++) {
                    b[off + i] = buf[(head + i) % buf.length];
                }
                head = (head + n) % buf.length;
                size -= n;
                notFull.signalAll();
                return n;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading from the emulated serial port");
            } finally {
                lock.unlock();
            }
        }

        @Override
        public int available() {
            lock.lock();
            try {
                return size;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    }

    private final class Out extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            lock.lock();
            try {
                while (len > 0) {
                    while (size == buf.length && !closed) {
                        notFull.await();
                    }
                    if (closed) {
                        throw new IOException("the emulated serial port is closed");
                    }
                    int n = Math.min(len, buf.length - size);
                    for (int i = 0; i < n; i++) {
                        buf[(head + size + i) % buf.length] = b[off + i];
                    }
                    size += n;
                    off += n;
                    len -= n;
                    notEmpty.signalAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing to the emulated serial port");
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    }
}
