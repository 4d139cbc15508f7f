package dev.mmsys.sms;

import java.io.ByteArrayOutputStream;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Semi-octet fields of TS 23.040 §9.1.2.3: address digits (low nibble first, 0xF filler) and the seven-octet
 * time stamps TP-SCTS / TP-DT / absolute TP-VP (§9.2.3.11: swapped decimal digits, time zone in quarter hours).
 */
final class SemiOctets {

    private static final String BCD = "0123456789*#abc";

    private SemiOctets() {
    }

    /** Packs digits two to an octet, low nibble first, padding an odd count with 0xF. */
    static byte[] packDigits(String digits) {
        byte[] out = new byte[(digits.length() + 1) / 2];
        for (int i = 0; i < digits.length(); i++) {
            int d = BCD.indexOf(digits.charAt(i));
            if (d < 0) {
                throw new IllegalArgumentException("'" + digits.charAt(i) + "' cannot be written as a BCD digit");
            }
            out[i / 2] |= (byte) (i % 2 == 0 ? d : d << 4);
        }
        if (digits.length() % 2 == 1) {
            out[out.length - 1] |= (byte) 0xF0;
        }
        return out;
    }

    /**
     * Reads {@code count} digits from {@code octets} (or, when {@code count} is -1, every digit up to a final 0xF
     * filler, as in the SMSC field whose length counts octets).
     */
    static String unpackDigits(PduReader r, int at, byte[] octets, int count, String field) {
        int max = octets.length * 2;
        int n = count < 0 ? max : count;
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int d = (i % 2 == 0 ? octets[i / 2] : octets[i / 2] >> 4) & 0xF;
            if (d == 0xF) {
                if (count < 0 && i == max - 1) {
                    break;
                }
                throw r.fault(at + i / 2, field, "filler 0xF in the middle of the digits");
            }
            sb.append(BCD.charAt(d));
        }
        if (count >= 0 && count % 2 == 1 && ((octets[octets.length - 1] >> 4) & 0xF) != 0xF) {
            throw r.fault(at + octets.length - 1, field, "an odd number of digits must end with the filler 0xF");
        }
        return sb.toString();
    }

    static void writeTimestamp(ByteArrayOutputStream out, OffsetDateTime t) {
        int seconds = t.getOffset().getTotalSeconds();
        if (seconds % 900 != 0) {
            throw new IllegalArgumentException("time zone " + t.getOffset() + " is not a whole number of quarter hours");
        }
        if (t.getYear() < 2000 || t.getYear() > 2099) {
            throw new IllegalArgumentException("year " + t.getYear() + " does not fit a two-digit TP-SCTS year");
        }
        out.write(swapped(t.getYear() % 100));
        out.write(swapped(t.getMonthValue()));
        out.write(swapped(t.getDayOfMonth()));
        out.write(swapped(t.getHour()));
        out.write(swapped(t.getMinute()));
        out.write(swapped(t.getSecond()));
        int q = Math.abs(seconds) / 900;
        out.write(swapped(q) | (seconds < 0 ? 0x08 : 0));
    }

    private static int swapped(int v) {
        return (v % 10) << 4 | v / 10;
    }

    /** A seven-octet time stamp; years are 2000-2099 (TS 23.040 gives two digits). */
    static OffsetDateTime readTimestamp(PduReader r, String field) {
        int at = r.position();
        byte[] b = r.take(7, field);
        int[] v = new int[7];
        for (int i = 0; i < 7; i++) {
            int lo = b[i] & (i == 6 ? 0x07 : 0x0F);    // the time zone's sign is bit 3 of its low nibble
            int hi = (b[i] >> 4) & 0x0F;
            if (lo > 9 || hi > 9) {
                throw r.fault(at + i, field, String.format("0x%02X is not two decimal digits", b[i] & 0xFF));
            }
            v[i] = lo * 10 + hi;
        }
        int quarters = (b[6] & 0x08) != 0 ? -v[6] : v[6];
        try {
            return OffsetDateTime.of(2000 + v[0], v[1], v[2], v[3], v[4], v[5], 0,
                    ZoneOffset.ofTotalSeconds(quarters * 900));
        } catch (DateTimeException e) {
            throw r.fault(at, field, "not a valid date and time (" + e.getMessage() + ")");
        }
    }
}
