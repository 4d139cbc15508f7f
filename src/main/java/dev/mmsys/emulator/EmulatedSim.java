package dev.mmsys.emulator;

/**
 * What the emulated SIM tells about itself, the way a real SIM7600 exposes it: {@code AT+CIMI}, {@code AT+CICCID},
 * {@code AT+CNUM}, {@code AT+CSPN?} and EF reads through {@code AT+CRSM=176,...}.
 *
 * @param present    false: no SIM in the slot ({@code +CME ERROR: 10})
 * @param imsi       15 digits; MCC and MNC are its first 6 (3-digit MNC) or 5 digits, see {@code mncLength}
 * @param mncLength  2 or 3, as EF_AD says
 * @param iccid      19 or 20 digits
 * @param msisdn     the SIM's own number in E.164 with '+', or "" when the SIM does not store one
 * @param gid1Hex    EF_GID1 (6F3E) contents in hex, or null when the SIM has no such file
 * @param spn        service provider name (EF_SPN 6F46), or "" when absent
 * @param spnDisplay EF_SPN byte 1 (display condition)
 */
public record EmulatedSim(boolean present, String imsi, int mncLength, String iccid, String msisdn,
                          String gid1Hex, String spn, int spnDisplay) {

    /** An empty slot. */
    public static EmulatedSim absent() {
        return new EmulatedSim(false, "", 2, "", "", null, "", 0);
    }

    /** MCC and MNC as one string, e.g. {@code 310260}. */
    public String plmn() {
        return imsi.substring(0, 3 + mncLength);
    }
}
