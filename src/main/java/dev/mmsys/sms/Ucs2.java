package dev.mmsys.sms;

/**
 * UCS-2 user data as phones actually send it: UTF-16 big-endian code units, so a character outside the BMP is
 * a surrogate pair. Code units are copied as they are (no replacement of lone surrogates), so a pair that some
 * sender split across two parts comes back whole when the parts' texts are joined.
 */
final class Ucs2 {

    private Ucs2() {
    }

    static byte[] encode(CharSequence text) {
        byte[] out = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[2 * i] = (byte) (c >> 8);
            out[2 * i + 1] = (byte) c;
        }
        return out;
    }

    static String decode(byte[] b, int from, int octets) {
        char[] out = new char[octets / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) ((b[from + 2 * i] & 0xFF) << 8 | (b[from + 2 * i + 1] & 0xFF));
        }
        return new String(out);
    }
}
