package dev.mmsys.sms;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * TP-VP of an SMS-SUBMIT (TS 23.040 §9.2.3.12) with its format (TP-VPF): none, relative (one octet),
 * absolute (a time stamp) or enhanced (seven octets, kept as they are).
 */
public final class ValidityPeriod {

    /** TP-VPF values, bits 4-3 of the first octet. */
    public enum Format {
        NONE(0), ENHANCED(1), RELATIVE(2), ABSOLUTE(3);

        private final int bits;

        Format(int bits) {
            this.bits = bits;
        }

        public int bits() {
            return bits;
        }

        static Format fromBits(int bits) {
            return values()[bits & 3];   // declared in bit order
        }

        /** Octets TP-VP takes in this format. */
        public int octets() {
            return switch (this) {
                case NONE -> 0;
                case RELATIVE -> 1;
                case ABSOLUTE, ENHANCED -> 7;
            };
        }
    }

    public static final ValidityPeriod NONE = new ValidityPeriod(Format.NONE, -1, null, null);

    /** The longest relative validity: 63 weeks (octet 255). */
    public static final Duration MAX_RELATIVE = relativeDuration(255);

    private final Format format;
    private final int relative;
    private final OffsetDateTime absolute;
    private final byte[] enhanced;

    private ValidityPeriod(Format format, int relative, OffsetDateTime absolute, byte[] enhanced) {
        this.format = format;
        this.relative = relative;
        this.absolute = absolute;
        this.enhanced = enhanced;
    }

    /** A relative TP-VP octet as it is on the wire. */
    public static ValidityPeriod relativeOctet(int octet) {
        if (octet < 0 || octet > 0xFF) {
            throw new IllegalArgumentException("relative TP-VP is one octet, not " + octet);
        }
        return new ValidityPeriod(Format.RELATIVE, octet, null, null);
    }

    /**
     * The shortest relative validity that is at least {@code duration} (the steps are 5 minutes up to 12 hours,
     * 30 minutes up to a day, days up to 30 days, then weeks up to 63 weeks).
     */
    public static ValidityPeriod relative(Duration duration) {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_RELATIVE) > 0) {
            throw new IllegalArgumentException("a relative validity period is more than 0 and at most 63 weeks, not "
                    + duration);
        }
        int v = 0;
        while (relativeDuration(v).compareTo(duration) < 0) {
            v++;
        }
        return relativeOctet(v);
    }

    public static ValidityPeriod absolute(OffsetDateTime time) {
        return new ValidityPeriod(Format.ABSOLUTE, -1, Objects.requireNonNull(time), null);
    }

    public static ValidityPeriod enhanced(byte[] sevenOctets) {
        if (sevenOctets.length != 7) {
            throw new IllegalArgumentException("an enhanced TP-VP has 7 octets, not " + sevenOctets.length);
        }
        return new ValidityPeriod(Format.ENHANCED, -1, null, sevenOctets.clone());
    }

    /**
     * A configuration value: empty or {@code none} for no TP-VP, or a duration with a unit, e.g. {@code 30m},
     * {@code 12h}, {@code 4d}, {@code 2w} (rounded up to the next step TP-VP can express).
     */
    public static ValidityPeriod parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("none")) {
            return NONE;
        }
        if (t.length() < 2) {
            throw new IllegalArgumentException(bad(text));
        }
        long n;
        try {
            n = Long.parseLong(t.substring(0, t.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(bad(text));
        }
        Duration d = switch (t.charAt(t.length() - 1)) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            case 'w' -> Duration.ofDays(7 * n);
            default -> throw new IllegalArgumentException(bad(text));
        };
        return relative(d);
    }

    private static String bad(String text) {
        return "'" + text + "' is not a validity period; write none, or a number with m, h, d or w (e.g. 4d),"
                + " at most 63w";
    }

    /** What relative octet {@code v} stands for (TS 23.040 §9.2.3.12.1). */
    static Duration relativeDuration(int v) {
        if (v <= 143) {
            return Duration.ofMinutes((v + 1) * 5L);
        } else if (v <= 167) {
            return Duration.ofHours(12).plusMinutes((v - 143) * 30L);
        } else if (v <= 196) {
            return Duration.ofDays(v - 166L);
        }
        return Duration.ofDays((v - 192L) * 7);
    }

    public Format format() {
        return format;
    }

    /** The relative octet; only for {@link Format#RELATIVE}. */
    public int relativeOctet() {
        require(Format.RELATIVE);
        return relative;
    }

    /** The relative validity as a duration; only for {@link Format#RELATIVE}. */
    public Duration duration() {
        require(Format.RELATIVE);
        return relativeDuration(relative);
    }

    public OffsetDateTime absoluteTime() {
        require(Format.ABSOLUTE);
        return absolute;
    }

    public byte[] enhancedOctets() {
        require(Format.ENHANCED);
        return enhanced.clone();
    }

    private void require(Format f) {
        if (format != f) {
            throw new IllegalStateException("this validity period is " + format + ", not " + f);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidityPeriod v && v.format == format && v.relative == relative
                && Objects.equals(v.absolute, absolute) && Arrays.equals(v.enhanced, enhanced);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, relative, absolute, Arrays.hashCode(enhanced));
    }

    @Override
    public String toString() {
        return switch (format) {
            case NONE -> "no validity period";
            case RELATIVE -> String.format("relative 0x%02X (%s)", relative, duration());
            case ABSOLUTE -> "until " + absolute;
            case ENHANCED -> "enhanced " + Hex.encode(enhanced);
        };
    }
}
