package dev.mmsys.carrier;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decodes the contents of SIM files read with {@code AT+CRSM} (hex, as {@link SimAnswers#crsm} returns
 * them). Strict: bad hex, a reserved coding or a name running past its file is an error that names the
 * file and the octet offset.
 */
public final class SimFiles {

    /** The most a READ BINARY can return. */
    static final int MAX_OCTETS = 256;

    private SimFiles() {
    }

    /**
     * EF_GID1: the group identifier as upper-case hex, without the trailing FF padding; empty when the
     * file is all padding.
     */
    public static Optional<String> gid1(String hex) {
        String t = trimPadding(checkHex(ElementaryFile.GID1.label(), hex));
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /**
     * EF_SPN: display condition and name. The name is GSM 7-bit default alphabet, one character per octet,
     * padded with FF; or UCS2 in one of the three forms of TS 31.101 Annex A (first octet 0x80, 0x81, 0x82).
     */
    public static ServiceProviderName spn(String hex) {
        String field = ElementaryFile.SPN.label();
        byte[] b = octets(field, hex);
        if (b.length < 1) {
            throw new SimDataException(field, 0, "empty: the file has at least the display condition octet");
        }
        return new ServiceProviderName(b[0] & 0xFF, alphaField(field, b, 1));
    }

    /** EF_AD: the MNC length (2 or 3) from its 4th octet, or empty when the file is too short to say. */
    public static OptionalInt mncLength(String hex) {
        String field = ElementaryFile.AD.label();
        byte[] b = octets(field, hex);
        if (b.length < 4) {
            return OptionalInt.empty();
        }
        int n = b[3] & 0x0F;
        if (n != 2 && n != 3) {
            throw new SimDataException(field, 3, "MNC length " + n + " is not 2 or 3");
        }
        return OptionalInt.of(n);
    }

    /** Hex without trailing {@code FF} pairs, upper-cased. */
    static String trimPadding(String hex) {
        String t = hex.strip().toUpperCase(Locale.ROOT);
        while (t.length() >= 2 && t.endsWith("FF") && t.length() % 2 == 0) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }

    /**
     * Decodes an alpha field starting at {@code from} (TS 31.101 Annex A). Never reads past the array and
     * never allocates from a length octet: a stated length beyond the data is an error.
     */
    static String alphaField(String field, byte[] b, int from) {
        if (from >= b.length) {
            return "";
        }
        int first = b[from] & 0xFF;
        return switch (first) {
            case 0x80 -> ucs2(field, b, from + 1);
            case 0x81 -> ucs2WithBase(field, b, from, false);
            case 0x82 -> ucs2WithBase(field, b, from, true);
            default -> gsm(field, b, from);
        };
    }

    /** GSM default alphabet, one character per octet, bit 8 clear, up to the first FF; the rest must be FF. */
    private static String gsm(String field, byte[] b, int from) {
        StringBuilder s = new StringBuilder();
        int i = from;
        for (; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0xFF) {
                break;
            }
            if (c > 0x7F) {
                throw new SimDataException(field, i, String.format("octet %02X has bit 8 set in GSM text", c));
            }
            if (c == GsmDefaultAlphabet.ESCAPE) {
                if (i + 1 >= b.length || (b[i + 1] & 0xFF) > 0x7F) {
                    throw new SimDataException(field, i, "escape octet 1B without a following character");
                }
                s.append(GsmDefaultAlphabet.extension(b[++i] & 0xFF));
            } else {
                s.append(GsmDefaultAlphabet.basic(c));
            }
        }
        requirePadding(field, b, i);
        return s.toString();
    }

    /** 0x80 form: UCS2 big-endian code units up to an FFFF unit (or the end); an odd last octet must be FF. */
    private static String ucs2(String field, byte[] b, int from) {
        StringBuilder s = new StringBuilder();
        int i = from;
        for (; i + 1 < b.length; i += 2) {
            int unit = ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
            if (unit == 0xFFFF) {
                break;
            }
            s.append((char) unit);
        }
        requirePadding(field, b, i);
        return s.toString();
    }

    /**
     * 0x81 and 0x82 forms: a character count, a base (0x81: one octet giving bits 15–8 of a base whose bit 16
     * and bits 7–1 are 0, i.e. octet × 128; 0x82: two octets), then one octet per character: bit 8 clear is a
     * GSM default alphabet character, bit 8 set adds its low 7 bits to the base.
     */
    private static String ucs2WithBase(String field, byte[] b, int start, boolean twoOctetBase) {
        int header = twoOctetBase ? 4 : 3;
        if (start + header > b.length) {
            throw new SimDataException(field, start, "UCS2 header runs past the end of the data");
        }
        int count = b[start + 1] & 0xFF;
        int base = twoOctetBase ? ((b[start + 2] & 0xFF) << 8) | (b[start + 3] & 0xFF) : (b[start + 2] & 0xFF) << 7;
        int from = start + header;
        if (count > b.length - from) {
            throw new SimDataException(field, start + 1, "says " + count + " characters but only "
                    + (b.length - from) + " octets follow");
        }
        StringBuilder s = new StringBuilder(count);
        for (int i = from; i < from + count; i++) {
            int c = b[i] & 0xFF;
            s.append(c < 0x80 ? GsmDefaultAlphabet.basic(c) : (char) (base + (c & 0x7F)));
        }
        requirePadding(field, b, from + count);
        return s.toString();
    }

    private static void requirePadding(String field, byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if ((b[i] & 0xFF) != 0xFF) {
                throw new SimDataException(field, i, String.format("octet %02X after the end of the text; "
                        + "only FF padding may follow", b[i] & 0xFF));
            }
        }
    }

    static String checkHex(String field, String hex) {
        if (hex == null) {
            throw new SimDataException(field, "no data");
        }
        String t = hex.strip();
        if (t.length() > 2 * MAX_OCTETS) {
            throw new SimDataException(field, MAX_OCTETS, "longer than a READ BINARY answer (" + MAX_OCTETS
                    + " octets)");
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.digit(t.charAt(i), 16) < 0) {
                throw new SimDataException(field, i / 2, "'" + t.charAt(i) + "' is not a hex digit");
            }
        }
        if (t.length() % 2 != 0) {
            throw new SimDataException(field, t.length() / 2, "odd number of hex digits");
        }
        return t;
    }

    static byte[] octets(String field, String hex) {
        String t = checkHex(field, hex);
        byte[] b = new byte[t.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(t.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
