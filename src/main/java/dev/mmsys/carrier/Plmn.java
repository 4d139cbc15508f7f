package dev.mmsys.carrier;

import java.util.OptionalInt;
import java.util.Set;

/**
 * A mobile network: MCC (3 digits) and MNC (2 or 3 digits), written {@code 310-260}.
 *
 * <p>An IMSI does not say how long its MNC is; the SIM's EF_AD does ({@link SimFiles#mncLength}). Without
 * it, the numbering plan decides: the countries in {@link #THREE_DIGIT_MNC_MCCS} (North America and parts
 * of the Caribbean and Latin America, India's 405) use 3-digit MNCs, the rest of the world 2.
 */
public record Plmn(String mcc, String mnc) {

    /** MCCs whose networks use 3-digit MNCs (ITU-T E.212 assignments, as Android's MccTable has them). */
    static final Set<String> THREE_DIGIT_MNC_MCCS = Set.of(
            "302", "310", "311", "312", "313", "314", "315", "316", "330", "334", "338", "342", "344",
            "346", "348", "352", "354", "356", "358", "360", "365", "366", "376", "405", "708", "722",
            "732", "750");

    public Plmn {
        if (mcc == null || !mcc.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("MCC '" + mcc + "' is not 3 digits");
        }
        if (mnc == null || !mnc.matches("[0-9]{2,3}")) {
            throw new IllegalArgumentException("MNC '" + mnc + "' is not 2 or 3 digits");
        }
    }

    /**
     * Parses {@code MCC-MNC}, e.g. {@code 310-260} or {@code 234-15}.
     *
     * @throws IllegalArgumentException naming the value and the expected form
     */
    public static Plmn parse(String s) {
        if (s == null || !s.strip().matches("[0-9]{3}-[0-9]{2,3}")) {
            throw new IllegalArgumentException("'" + s + "' is not a network code; write MCC-MNC, e.g. 310-260");
        }
        String t = s.strip();
        return new Plmn(t.substring(0, 3), t.substring(4));
    }

    /** The network of an IMSI; {@code mncLength} from EF_AD when known, else the numbering plan's. */
    public static Plmn fromImsi(String imsi, OptionalInt mncLength) {
        if (imsi == null || !imsi.matches("[0-9]{6,15}")) {
            throw new IllegalArgumentException("IMSI must be 6 to 15 digits");
        }
        String mcc = imsi.substring(0, 3);
        int len = mncLength.orElse(defaultMncLength(mcc));
        return new Plmn(mcc, imsi.substring(3, 3 + len));
    }

    /** 3 for the countries that use 3-digit MNCs, else 2. */
    public static int defaultMncLength(String mcc) {
        return THREE_DIGIT_MNC_MCCS.contains(mcc) ? 3 : 2;
    }

    /** MCC and MNC run together, as an IMSI starts: {@code 310260}. */
    public String digits() {
        return mcc + mnc;
    }

    @Override
    public String toString() {
        return mcc + "-" + mnc;
    }
}
