package dev.mmsys.sms;

/** Upper-case hex, as AT+CMGS takes it and AT+CMGR / +CMT print it. */
public final class Hex {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** Decodes hex (either case; no separators). A fault is reported at the octet it falls in. */
    public static byte[] decode(CharSequence hex) {
        if (hex.length() % 2 != 0) {
            throw new MalformedPduException(hex.length() / 2, "hex",
                    "odd number of hex digits (" + hex.length() + "); every octet needs two");
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < hex.length(); i++) {
            int d = Character.digit(hex.charAt(i), 16);
            if (d < 0) {
                throw new MalformedPduException(i / 2, "hex",
                        "'" + hex.charAt(i) + "' at character " + i + " is not a hex digit");
            }
            out[i / 2] |= (byte) (i % 2 == 0 ? d << 4 : d);
        }
        return out;
    }
}
