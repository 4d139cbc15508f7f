package dev.mmsys.mms;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads WSP primitives (WAP-230-WSP §8.4.2) from a window of a byte array. Every read checks the window first,
 * so no length taken from the PDU can make it read past the end or allocate more than the octets present.
 * Errors carry the absolute offset in the PDU and the name of the field being read.
 */
final class WspReader {

    /** uintvar: at most 5 octets and 32 bits (WSP §8.1.2). */
    static final int MAX_UINTVAR_OCTETS = 5;
    /** Long-integer values this codec accepts: up to 8 octets (a Java long; dates and sizes need far fewer). */
    static final int MAX_LONG_INTEGER_OCTETS = 8;

    private final byte[] data;
    private final int limit;
    private int pos;

    WspReader(byte[] data) {
        this(data, 0, data.length);
    }

    private WspReader(byte[] data, int start, int limit) {
        this.data = data;
        this.pos = start;
        this.limit = limit;
    }

    int offset() {
        return pos;
    }

    int remaining() {
        return limit - pos;
    }

    boolean hasRemaining() {
        return pos < limit;
    }

    MmsDecodeException error(String field, String expected) {
        return new MmsDecodeException(pos, field, expected);
    }

    static MmsDecodeException error(int offset, String field, String expected) {
        return new MmsDecodeException(offset, field, expected);
    }

    int peek(String field) {
        if (pos >= limit) {
            throw error(field, "expected an octet, found the end of the data");
        }
        return data[pos] & 0xFF;
    }

    int octet(String field) {
        int b = peek(field);
        pos++;
        return b;
    }

    void skip(int n, String field) {
        require(n, field);
        pos += n;
    }

    /** A copy of the next {@code n} octets; {@code n} is checked against the window before anything is allocated. */
    byte[] bytes(long n, String field) {
        int len = require(n, field);
        byte[] b = Arrays.copyOfRange(data, pos, pos + len);
        pos += len;
        return b;
    }

    /** A reader over the next {@code n} octets, which this reader then skips. */
    WspReader slice(long n, String field) {
        int len = require(n, field);
        WspReader sub = new WspReader(data, pos, pos + len);
        pos += len;
        return sub;
    }

    /** The octets between {@code from} (an earlier offset of this reader) and the current position. */
    byte[] since(int from) {
        return Arrays.copyOfRange(data, from, pos);
    }

    private int require(long n, String field) {
        if (n < 0 || n > remaining()) {
            throw error(field, "a length of " + n + " octets runs past the end ("
                    + remaining() + " octets remain)");
        }
        return (int) n;
    }

    /** Fails when octets are left in this window. */
    void expectEnd(String field) {
        if (hasRemaining()) {
            throw error(field, remaining() + " trailing octet(s) after the end of the value");
        }
    }

    /** uintvar: 7 bits per octet, high bit set on all but the last; at most 5 octets and 32 bits. */
    long uintvar(String field) {
        int start = pos;
        long value = 0;
        for (int i = 0; i < MAX_UINTVAR_OCTETS; i++) {
            int b = octet(field);
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (value > 0xFFFFFFFFL) {
                    throw error(start, field, "uintvar value " + value + " is larger than 32 bits");
                }
                return value;
            }
        }
        throw error(start, field, "oversized uintvar: more than " + MAX_UINTVAR_OCTETS + " octets");
    }

    /**
     * Value-length (WSP §8.4.2.2): Short-length (0-30) or Length-quote (31) followed by a uintvar. The length
     * must fit in this window.
     */
    int valueLength(String field) {
        int start = pos;
        int b = octet(field);
        long len;
        if (b <= 30) {
            len = b;
        } else if (b == 31) {
            len = uintvar(field);
        } else {
            throw error(start, field, String.format("expected a Value-length (0x00-0x1F), found 0x%02X", b));
        }
        if (len > remaining()) {
            throw error(start, field, "Value-length " + len + " runs past the end (" + remaining()
                    + " octets remain)");
        }
        return (int) len;
    }

    /** True when the next octet starts a Value-length (0-31) rather than a token or text. */
    boolean atValueLength(String field) {
        return peek(field) <= 31;
    }

    /** Short-integer: one octet with the high bit set; the value is the low 7 bits. */
    int shortInteger(String field) {
        int start = pos;
        int b = octet(field);
        if ((b & 0x80) == 0) {
            throw error(start, field, String.format("expected a Short-integer (0x80-0xFF), found 0x%02X", b));
        }
        return b & 0x7F;
    }

    /** Long-integer: Short-length (1-30) then that many big-endian octets. */
    long longInteger(String field) {
        int start = pos;
        int len = octet(field);
        if (len < 1 || len > 30) {
            throw error(start, field, "expected a Long-integer length of 1-30 octets, found " + len);
        }
        if (len > MAX_LONG_INTEGER_OCTETS) {
            throw error(start, field, "Long-integer of " + len + " octets is larger than this decoder accepts ("
                    + MAX_LONG_INTEGER_OCTETS + ")");
        }
        require(len, field);
        long value = 0;
        for (int i = 0; i < len; i++) {
            value = (value << 8) | (data[pos++] & 0xFF);
        }
        if (value < 0) {
            throw error(start, field, "Long-integer does not fit in 63 bits");
        }
        return value;
    }

    /** Integer-value: a Short-integer or a Long-integer. */
    long integerValue(String field) {
        return (peek(field) & 0x80) != 0 ? shortInteger(field) : longInteger(field);
    }

    /**
     * The octets of a Text-string (without the 0x7F quote and the terminating NUL). The NUL must come before the
     * end of the window. A text starting with an octet >= 0x80 without the quote is a quirk.
     */
    byte[] textOctets(String field, DecodeContext ctx) {
        int start = pos;
        boolean quoted = peek(field) == 0x7F;
        if (quoted) {
            pos++;
        }
        int end = indexOfNul(field, start);
        byte[] text = Arrays.copyOfRange(data, pos, end);
        pos = end + 1;
        if (!quoted && text.length > 0 && (text[0] & 0x80) != 0) {
            ctx.quirk(start, field, "Text-string starting with an octet >= 0x80 lacks the 0x7F quote");
        }
        return text;
    }

    /** A Text-string as text: WSP TEXT is ISO-8859-1 (RFC 2616 TEXT), which also keeps any octet lossless. */
    String textString(String field, DecodeContext ctx) {
        return new String(textOctets(field, ctx), StandardCharsets.ISO_8859_1);
    }

    /** Quoted-string: 0x22, then TEXT, then NUL (WSP §8.4.2.1). */
    String quotedString(String field) {
        int start = pos;
        int b = octet(field);
        if (b != 0x22) {
            throw error(start, field, String.format("expected a Quoted-string (0x22), found 0x%02X", b));
        }
        int end = indexOfNul(field, start);
        String s = new String(data, pos, end - pos, StandardCharsets.ISO_8859_1);
        pos = end + 1;
        return s;
    }

    private int indexOfNul(String field, int start) {
        for (int i = pos; i < limit; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        throw error(start, field, "text has no terminating NUL before the end of its field");
    }

    /**
     * Skips one WSP value of unknown meaning by the generic rule (WSP §8.4.1.2): 0-30 short length, 31 uintvar
     * length, 32-127 text to NUL, 128-255 one octet. Returns the value's octets.
     */
    byte[] anyValue(String field) {
        int start = pos;
        int b = peek(field);
        if (b <= 31) {
            int len = valueLength(field);
            skip(len, field);
        } else if (b < 128) {
            pos = indexOfNul(field, start) + 1;
        } else {
            pos++;
        }
        return since(start);
    }
}
