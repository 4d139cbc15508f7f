package dev.mmsys.modem;

import java.util.Locale;

/**
 * One SMS-SUBMIT ready for AT+CMGS in PDU mode: the hex of the whole PDU (SMSC field first) and the TPDU
 * length in octets (the PDU without the SMSC field), which is the number AT+CMGS takes.
 */
public record SmsPdu(String hex, int tpduLength) {

    public SmsPdu {
        if (hex == null || hex.isEmpty() || hex.length() % 2 != 0) {
            throw new IllegalArgumentException("SMS PDU hex must have an even, non-zero number of digits");
        }
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("SMS PDU hex has a non-hex character at position " + i);
            }
        }
        int total = hex.length() / 2;
        int smscLen = Integer.parseInt(hex.substring(0, 2), 16);
        if (tpduLength != total - 1 - smscLen || tpduLength < 1) {
            throw new IllegalArgumentException("SMS PDU length " + tpduLength + " does not match the hex: "
                    + total + " octets with a " + (1 + smscLen) + "-octet SMSC field give " + (total - 1 - smscLen));
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    /** A PDU whose TPDU length is computed from the hex (SMSC field first). */
    public static SmsPdu ofHex(String hex) {
        if (hex == null || hex.length() < 2) {
            throw new IllegalArgumentException("SMS PDU hex is empty");
        }
        int smscLen = Integer.parseInt(hex.substring(0, 2), 16);
        return new SmsPdu(hex, hex.length() / 2 - 1 - smscLen);
    }
}
