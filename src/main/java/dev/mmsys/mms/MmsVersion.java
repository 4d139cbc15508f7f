package dev.mmsys.mms;

/**
 * X-Mms-MMS-Version (§7.3.34): a Short-integer with the major version in bits 4-6 and the minor in bits 0-3.
 */
public record MmsVersion(int major, int minor) {

    public static final MmsVersion V1_0 = new MmsVersion(1, 0);
    public static final MmsVersion V1_1 = new MmsVersion(1, 1);
    public static final MmsVersion V1_2 = new MmsVersion(1, 2);
    public static final MmsVersion V1_3 = new MmsVersion(1, 3);
    /** What MMSYS writes unless told otherwise: what Android writes. */
    public static final MmsVersion DEFAULT = V1_2;

    public MmsVersion {
        if (major < 0 || major > 7 || minor < 0 || minor > 15) {
            throw new IllegalArgumentException("MMS version " + major + "." + minor + " cannot be encoded");
        }
    }

    /** {@code 1.0}, {@code 1.1}, {@code 1.2} or {@code 1.3}. */
    public static MmsVersion parse(String s) {
        return switch (s.strip()) {
            case "1.0" -> V1_0;
            case "1.1" -> V1_1;
            case "1.2" -> V1_2;
            case "1.3" -> V1_3;
            default -> throw new MmsEncodeException("MMS version \"" + s + "\" is not one of 1.0, 1.1, 1.2, 1.3");
        };
    }

    /** The 7-bit value of the Short-integer. */
    int wire() {
        return (major << 4) | minor;
    }

    static MmsVersion fromWire(int v) {
        return new MmsVersion((v >> 4) & 0x07, v & 0x0F);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
