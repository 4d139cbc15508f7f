package dev.mmsys.emulator;

/**
 * Reads just enough of an SMS-SUBMIT PDU (23.040 §9.2.2.2) for the emulated modem to check it the way AT+CMGS
 * does and for the SMSC sink to record where it goes. Strict: any length that does not add up is a fault.
 * This is not the project's SMS codec; it decodes no text.
 */
final class SmsSubmitReader {

    /** The PDU is not a well-formed SMS-SUBMIT; {@code offset} is where reading stopped. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String what, int offset) {
            super(what + " at octet " + offset, null, false, false);
        }
    }

    record Submit(String smsc, String destination, int dcs, SubmittedSms.Concat concat) {
    }

    private SmsSubmitReader() {
    }

    /** Reads {@code pdu} (SMSC field first, as AT+CMGS takes it). */
    static Submit read(byte[] pdu) throws Malformed {
        int p = 0;
        int smscLen = octet(pdu, p++, "SMSC length");
        String smsc = "";
        if (smscLen > 0) {
            if (smscLen > 11) {
                throw new Malformed("SMSC length " + smscLen + " is over 11", 0);
            }
            int toa = octet(pdu, p, "SMSC type");
            need(pdu, p + smscLen, "SMSC address");
            smsc = number(pdu, p + 1, (smscLen - 1) * 2, toa);
            p += smscLen;
        }
        int first = octet(pdu, p++, "first octet");
        if ((first & 0x03) != 0x01) {
            throw new Malformed("TP-MTI " + (first & 3) + " is not SMS-SUBMIT", p - 1);
        }
        int vpf = (first >> 3) & 0x03;
        boolean udhi = (first & 0x40) != 0;
        octet(pdu, p++, "TP-MR");
        int daDigits = octet(pdu, p++, "TP-DA length");
        if (daDigits > 20) {
            throw new Malformed("TP-DA length " + daDigits + " is over 20", p - 1);
        }
        int daToa = octet(pdu, p++, "TP-DA type");
        int daOctets = (daDigits + 1) / 2;
        need(pdu, p + daOctets, "TP-DA");
        String destination = ((daToa >> 4) & 0x07) == 5 ? "(alphanumeric)" : number(pdu, p, daDigits, daToa);
        p += daOctets;
        octet(pdu, p++, "TP-PID");
        int dcs = octet(pdu, p++, "TP-DCS");
        p += switch (vpf) {
            case 0 -> 0;
            case 2 -> 1;
            default -> 7;
        };
        int udl = octet(pdu, p++, "TP-UDL");
        boolean septets = isGsm7(dcs);
        int udOctets = septets ? (udl * 7 + 7) / 8 : udl;
        if ((septets && udl > 160) || (!septets && udl > 140)) {
            throw new Malformed("TP-UDL " + udl + " is over the maximum", p - 1);
        }
        if (pdu.length != p + udOctets) {
            throw new Malformed("TP-UDL " + udl + " needs " + udOctets + " octets of user data but "
                    + (pdu.length - p) + " follow", p - 1);
        }
        SubmittedSms.Concat concat = null;
        if (udhi) {
            int udhl = octet(pdu, p, "UDHL");
            if (udhl + 1 > udOctets) {
                throw new Malformed("UDHL " + udhl + " does not fit the user data", p);
            }
            concat = concat(pdu, p + 1, p + 1 + udhl);
        }
        return new Submit(smsc, destination, dcs, concat);
    }

    private static SubmittedSms.Concat concat(byte[] pdu, int from, int to) throws Malformed {
        int p = from;
        SubmittedSms.Concat found = null;
        while (p < to) {
            int iei = pdu[p] & 0xFF;
            int len = octet(pdu, p + 1, "IE length");
            if (p + 2 + len > to) {
                throw new Malformed("information element " + iei + " overruns the header", p);
            }
            if (iei == 0x00 && len == 3) {
                found = new SubmittedSms.Concat(pdu[p + 2] & 0xFF, pdu[p + 3] & 0xFF, pdu[p + 4] & 0xFF, 8);
            } else if (iei == 0x08 && len == 4) {
                found = new SubmittedSms.Concat(((pdu[p + 2] & 0xFF) << 8) | (pdu[p + 3] & 0xFF),
                        pdu[p + 4] & 0xFF, pdu[p + 5] & 0xFF, 16);
            }
            p += 2 + len;
        }
        return found;
    }

    /** 23.038 §4: whether user data is packed septets. */
    static boolean isGsm7(int dcs) {
        int group = dcs >> 4;
        if (group <= 0x07) {
            return (dcs & 0x20) == 0 && ((dcs >> 2) & 0x03) == 0;   // uncompressed, default alphabet
        }
        if (group == 0x0F) {
            return (dcs & 0x04) == 0;
        }
        return group != 0x0E;       // C/D: default alphabet; E: UCS2; 8-B reserved, taken as default
    }

    private static String number(byte[] pdu, int from, int digits, int toa) {
        StringBuilder sb = new StringBuilder();
        if (((toa >> 4) & 0x07) == 1) {
            sb.append('+');
        }
        for (int i = 0; i < digits; i++) {
            int b = pdu[from + i / 2] & 0xFF;
            int d = i % 2 == 0 ? b & 0x0F : b >> 4;
            if (d == 0x0F) {
                break;
            }
            sb.append("0123456789*#abc".charAt(Math.min(d, 14)));
        }
        return sb.toString();
    }

    private static int octet(byte[] pdu, int p, String field) throws Malformed {
        need(pdu, p + 1, field);
        return pdu[p] & 0xFF;
    }

    private static void need(byte[] pdu, int end, String field) throws Malformed {
        if (end > pdu.length) {
            throw new Malformed("PDU ends inside " + field, pdu.length);
        }
    }
}
