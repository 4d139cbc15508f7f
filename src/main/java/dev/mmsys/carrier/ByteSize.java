package dev.mmsys.carrier;

import java.util.Locale;

/** Message sizes as carriers state them: {@code 300KB}, {@code 1MB} or plain octets (1 KB = 1024 octets). */
final class ByteSize {

    /** No carrier accepts more; a larger value is a typo. */
    static final long MAX = 100L * 1024 * 1024;

    private ByteSize() {
    }

    /**
     * Parses a size between 1 octet and {@link #MAX}.
     *
     * @throws IllegalArgumentException naming the value and the expected form
     */
    static long parse(String s) {
        String t = s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long mult = 1;
        if (t.endsWith("KB")) {
            mult = 1024;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("MB")) {
            mult = 1024 * 1024;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("'" + s + "' is not a size; write e.g. 300KB, 1MB or 1048576");
        }
        long n = Long.parseLong(t) * mult;
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("'" + s + "' is not a plausible MMS size; it must be 1 octet to 100MB");
        }
        return n;
    }

    /** {@code 1 MB (1048576 octets)}, {@code 300 KB (307200 octets)} or {@code 1000 octets}. */
    static String describe(long n) {
        if (n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MB (" + n + " octets)";
        }
        if (n % 1024 == 0) {
            return n / 1024 + " KB (" + n + " octets)";
        }
        return n + " octets";
    }
}
