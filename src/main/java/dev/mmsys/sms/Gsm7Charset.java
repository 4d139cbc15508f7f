package dev.mmsys.sms;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GSM 7-bit text for one pair of tables: a locking shift table (the default alphabet unless a national one is
 * locked) and a single shift table (reached with ESC 0x1B; the default extension table unless a national one
 * is chosen). Septets are handled one per {@code byte}; packing them is {@link SeptetPacking}'s job.
 */
public final class Gsm7Charset {

    static final int ESC = 0x1B;

    private static final Map<Long, Gsm7Charset> CACHE = new ConcurrentHashMap<>();

    /** The default alphabet with the default extension table. */
    public static final Gsm7Charset DEFAULT = of(NationalLanguage.DEFAULT, NationalLanguage.DEFAULT);

    private final NationalLanguage locking;
    private final NationalLanguage singleShift;
    private final char[] main;
    private final char[] shift;
    /** character → septet, or ESC << 8 | septet for a character of the single shift table. */
    private final Map<Character, Integer> codes = new HashMap<>();

    private Gsm7Charset(NationalLanguage locking, NationalLanguage singleShift) {
        this.locking = locking;
        this.singleShift = singleShift;
        this.main = locking.lockingTable();
        this.shift = singleShift.singleShiftTable();
        for (int i = 127; i >= 0; i--) {
            if (shift[i] != NationalLanguage.NONE) {
                codes.put(shift[i], ESC << 8 | i);
            }
        }
        for (int i = 127; i >= 0; i--) {   // one septet beats an ESC pair for a character in both tables
            if (main[i] != NationalLanguage.NONE) {
                codes.put(main[i], i);
            }
        }
    }

    /** The charset for a locking shift language (its table, or the default one if it has none) and a single shift one. */
    public static Gsm7Charset of(NationalLanguage locking, NationalLanguage singleShift) {
        Objects.requireNonNull(locking, "locking");
        Objects.requireNonNull(singleShift, "singleShift");
        NationalLanguage l = locking.hasLockingShiftTable() ? locking : NationalLanguage.DEFAULT;
        return CACHE.computeIfAbsent((long) l.ordinal() << 32 | singleShift.ordinal(),
                k -> new Gsm7Charset(l, singleShift));
    }

    public NationalLanguage locking() {
        return locking;
    }

    public NationalLanguage singleShift() {
        return singleShift;
    }

    /** Septets {@code c} takes: 1, 2 (an ESC pair), or 0 when this charset cannot encode it. */
    public int septets(char c) {
        Integer code = codes.get(c);
        return code == null ? 0 : code > 0xFF ? 2 : 1;
    }

    /** Septets the whole text takes, or -1 when some character cannot be encoded. */
    public int septets(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int s = septets(text.charAt(i));
            if (s == 0) {
                return -1;
            }
            n += s;
        }
        return n;
    }

    public boolean canEncode(CharSequence text) {
        return septets(text) >= 0;
    }

    /** The septets of {@code text}, one per byte. */
    public byte[] encode(CharSequence text) {
        int n = septets(text);
        if (n < 0) {
            throw new IllegalArgumentException(unencodable(text));
        }
        byte[] out = new byte[n];
        int j = 0;
        for (int i = 0; i < text.length(); i++) {
            int code = codes.get(text.charAt(i));
            if (code > 0xFF) {
                out[j++] = ESC;
            }
            out[j++] = (byte) (code & 0x7F);
        }
        return out;
    }

    /**
     * Text of {@code count} septets from {@code septets[offset…]}. Following TS 23.038 §6.2.1.1, an ESC before a
     * position the single shift table leaves empty shows the main table's character, and ESC ESC (reserved for
     * a further extension) or an ESC with nothing after it shows a space.
     */
    public String decode(byte[] septets, int offset, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = offset; i < offset + count; i++) {
            int s = septets[i] & 0x7F;
            if (s != ESC) {
                sb.append(main[s]);
            } else if (i + 1 < offset + count) {
                int t = septets[++i] & 0x7F;
                sb.append(t == ESC ? ' ' : shift[t] != NationalLanguage.NONE ? shift[t] : main[t]);
            } else {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private String unencodable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return String.format("'%c' (U+%04X) at index %d is not in the GSM 7-bit %s tables", text.charAt(i),
                        (int) text.charAt(i), i, describe());
            }
        }
        return "unencodable text";
    }

    /** "default", or the national tables in force, e.g. "Turkish locking shift + Turkish single shift". */
    public String describe() {
        if (locking == NationalLanguage.DEFAULT && singleShift == NationalLanguage.DEFAULT) {
            return "default";
        }
        String l = locking == NationalLanguage.DEFAULT ? "" : name(locking) + " locking shift";
        String s = singleShift == NationalLanguage.DEFAULT ? "" : name(singleShift) + " single shift";
        return l.isEmpty() ? s : s.isEmpty() ? l : l + " + " + s;
    }

    private static String name(NationalLanguage l) {
        String n = l.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    @Override
    public String toString() {
        return "Gsm7Charset[" + describe() + "]";
    }
}
