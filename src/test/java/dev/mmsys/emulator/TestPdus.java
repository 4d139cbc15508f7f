package dev.mmsys.emulator;

import java.util.HexFormat;

/**
 * The tests' own SMS-SUBMIT vectors (GSM 7-bit, ASCII letters only so the default alphabet equals ASCII),
 * built here and checked against node-pdu and libGammu where those oracles are installed.
 */
final class TestPdus {

    private TestPdus() {
    }

    /**
     * One part of a concatenated SMS to {@code +<digits>}: SMSC field 00, first octet 0x41 (SUBMIT, UDHI, no VP),
     * MR 00, PID 00, DCS 00, UDH 05 00 03 ref total seq, then {@code text} packed after one fill bit.
     */
    static String concatPart(String digits, int ref, int total, int seq, String text) {
        int udhSeptets = 7;                                 // 6 header octets + 1 fill bit = 49 bits
        int[] septets = new int[udhSeptets + text.length()];
        for (int i = 0; i < text.length(); i++) {
            septets[udhSeptets + i] = text.charAt(i);
        }
        byte[] ud = pack(septets);
        byte[] udh = {0x05, 0x00, 0x03, (byte) ref, (byte) total, (byte) seq};
        System.arraycopy(udh, 0, ud, 0, udh.length);
        StringBuilder sb = new StringBuilder("00").append("41").append("00");
        sb.append(String.format("%02X", digits.length())).append("91").append(swapped(digits));
        sb.append("00").append("00").append(String.format("%02X", septets.length));
        sb.append(HexFormat.of().withUpperCase().formatHex(ud));
        return sb.toString();
    }

    /** A single-part SMS (first octet 0x01, no UDH). */
    static String single(String digits, String text) {
        int[] septets = text.chars().toArray();
        return "00" + "01" + "00" + String.format("%02X", digits.length()) + "91" + swapped(digits) + "0000"
                + String.format("%02X", septets.length) + HexFormat.of().withUpperCase().formatHex(pack(septets));
    }

    /** The {@code <length>} AT+CMGS wants: TPDU octets (the SMSC field 00 excluded). */
    static int cmgsLength(String hex) {
        return hex.length() / 2 - 1;
    }

    private static byte[] pack(int[] septets) {
        byte[] out = new byte[(septets.length * 7 + 7) / 8];
        for (int i = 0; i < septets.length; i++) {
            int bit = i * 7;
            int v = septets[i] & 0x7F;
            out[bit / 8] |= (byte) (v << (bit % 8));
            if (bit % 8 > 1) {
                out[bit / 8 + 1] |= (byte) (v >> (8 - bit % 8));
            }
        }
        return out;
    }

    private static String swapped(String digits) {
        StringBuilder sb = new StringBuilder();
        String d = digits.length() % 2 == 0 ? digits : digits + "F";
        for (int i = 0; i < d.length(); i += 2) {
            sb.append(d.charAt(i + 1)).append(d.charAt(i));
        }
        return sb.toString();
    }
}
