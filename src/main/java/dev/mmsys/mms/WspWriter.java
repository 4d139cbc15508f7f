package dev.mmsys.mms;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes WSP primitives. A writer either only counts octets ({@link #counting()}) or fills an array of a size
 * known in advance ({@link #exact(int)}): the encoder measures first and then writes once, so a large PDU is
 * never copied or regrown.
 */
final class WspWriter {

    private final byte[] buf;
    private int pos;

    private WspWriter(byte[] buf) {
        this.buf = buf;
    }

    static WspWriter counting() {
        return new WspWriter(null);
    }

    static WspWriter exact(int size) {
        return new WspWriter(new byte[size]);
    }

    /** The number of octets {@code body} writes. */
    static int measure(Consumer<WspWriter> body) {
        WspWriter w = counting();
        body.accept(w);
        return w.size();
    }

    int size() {
        return pos;
    }

    /** The filled array; fails if fewer octets were written than announced (an encoder bug, not bad input). */
    byte[] toByteArray() {
        if (buf == null || pos != buf.length) {
            throw new IllegalStateException("encoder wrote " + pos + " octets but measured "
                    + (buf == null ? "nothing" : buf.length));
        }
        return buf;
    }

    WspWriter octet(int b) {
        if (buf != null) {
            buf[pos] = (byte) b;
        }
        pos++;
        return this;
    }

    WspWriter bytes(byte[] b) {
        if (buf != null) {
            System.arraycopy(b, 0, buf, pos, b.length);
        }
        pos += b.length;
        return this;
    }

    static int uintvarSize(long value) {
        int n = 1;
        while ((value >>>= 7) != 0) {
            n++;
        }
        return n;
    }

    WspWriter uintvar(long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("uintvar out of range: " + value);
        }
        for (int shift = 7 * (uintvarSize(value) - 1); shift > 0; shift -= 7) {
            octet((int) ((value >>> shift) & 0x7F) | 0x80);
        }
        return octet((int) (value & 0x7F));
    }

    /** Value-length: Short-length for 0-30, otherwise Length-quote (31) and a uintvar. */
    WspWriter valueLength(int length) {
        return length <= 30 ? octet(length) : octet(31).uintvar(length);
    }

    WspWriter shortInteger(int value) {
        if (value < 0 || value > 127) {
            throw new IllegalArgumentException("Short-integer out of range: " + value);
        }
        return octet(0x80 | value);
    }

    /** Long-integer in the fewest octets (at least one). */
    WspWriter longInteger(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Long-integer must not be negative: " + value);
        }
        int n = 1;
        while (n < 8 && (value >>> (8 * n)) != 0) {
            n++;
        }
        octet(n);
        for (int i = n - 1; i >= 0; i--) {
            octet((int) (value >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    /** Integer-value: Short-integer below 128, Long-integer otherwise. */
    WspWriter integerValue(long value) {
        return value >= 0 && value < 128 ? shortInteger((int) value) : longInteger(value);
    }

    /** Text-string: 0x7F quote when the first octet is >= 0x80, the octets, NUL. */
    WspWriter textOctets(byte[] text) {
        if (text.length > 0 && (text[0] & 0x80) != 0) {
            octet(0x7F);
        }
        return bytes(text).octet(0);
    }

    /** Text-string from ISO-8859-1 text (the WSP TEXT character set); callers check the range first. */
    WspWriter textString(String text) {
        return textOctets(latin1(text));
    }

    /** Quoted-string: 0x22, the text, NUL. */
    WspWriter quotedString(String text) {
        return octet(0x22).bytes(latin1(text)).octet(0);
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
