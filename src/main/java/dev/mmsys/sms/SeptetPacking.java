package dev.mmsys.sms;

/**
 * GSM 7-bit packing of TS 23.038 §6.1.2.1.1 inside TP-UD (TS 23.040 §9.2.3.16): septets are laid out least
 * significant bit first, and when a UDH precedes them, fill bits pad the header to a whole number of septets so
 * the text starts on a septet boundary.
 */
final class SeptetPacking {

    private SeptetPacking() {
    }

    /** Septets the header (UDHL octet included) occupies with its fill bits: ceil(octets × 8 / 7). */
    static int headerSeptets(int headerOctets) {
        return (headerOctets * 8 + 6) / 7;
    }

    /** Octets {@code septets} septets occupy: ceil(septets × 7 / 8). */
    static int octets(int septets) {
        return (septets * 7 + 7) / 8;
    }

    /** The TP-UD octets: {@code header} (UDHL included; may be empty), fill bits, then the packed septets. */
    static byte[] pack(byte[] header, byte[] septets) {
        int first = headerSeptets(header.length);
        byte[] out = new byte[octets(first + septets.length)];
        System.arraycopy(header, 0, out, 0, header.length);
        for (int i = 0; i < septets.length; i++) {
            int bit = (first + i) * 7;
            int s = septets[i] & 0x7F;
            out[bit >> 3] |= (byte) (s << (bit & 7));
            if ((bit & 7) > 1) {
                out[(bit >> 3) + 1] |= (byte) (s >> (8 - (bit & 7)));
            }
        }
        return out;
    }

    /**
     * The {@code count} septets that follow a header of {@code headerOctets} octets in {@code ud[from…]}; the
     * caller has checked that {@code ud} holds octets(headerSeptets + count) octets from {@code from}.
     */
    static byte[] unpack(byte[] ud, int from, int headerOctets, int count) {
        int first = headerSeptets(headerOctets);
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            int bit = (first + i) * 7;
            int at = from + (bit >> 3);
            int v = (ud[at] & 0xFF) >> (bit & 7);
            if ((bit & 7) > 1) {
                v |= (ud[at + 1] & 0xFF) << (8 - (bit & 7));
            }
            out[i] = (byte) (v & 0x7F);
        }
        return out;
    }
}
