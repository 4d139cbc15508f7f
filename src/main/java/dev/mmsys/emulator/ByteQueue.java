package dev.mmsys.emulator;

import java.util.Arrays;

/** A growable FIFO of octets (not thread-safe: the modem thread owns each one). */
final class ByteQueue {

    private byte[] buf = new byte[256];
    private int head;
    private int tail;

    int size() {
        return tail - head;
    }

    boolean isEmpty() {
        return head == tail;
    }

    void add(byte[] b) {
        add(b, 0, b.length);
    }

    void add(byte[] b, int off, int len) {
        if (tail + len > buf.length) {
            int size = size();
            if (size + len > buf.length / 2) {
                buf = Arrays.copyOfRange(buf, head, head + Math.max(buf.length * 2, size + len));
            } else {
                System.arraycopy(buf, head, buf, 0, size);
            }
            head = 0;
            tail = size;
        }
        System.arraycopy(b, off, buf, tail, len);
        tail += len;
    }

    int peek() {
        return buf[head] & 0xFF;
    }

    int poll() {
        return buf[head++] & 0xFF;
    }

    byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(buf, head, head + n);
        head += n;
        return out;
    }

    void clear() {
        head = 0;
        tail = 0;
    }

    /** True when nothing but CR, LF and spaces is queued (stray line ends are not a new command). */
    boolean onlyWhitespace() {
        for (int i = head; i < tail; i++) {
            if (buf[i] != '\r' && buf[i] != '\n' && buf[i] != ' ' && buf[i] != 0x1A && buf[i] != 0x1B) {
                return false;
            }
        }
        return true;
    }
}
