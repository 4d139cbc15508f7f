package dev.mmsys.modem;

import java.util.Locale;

/** PDP authentication (AT+CGAUTH): the numeric value is what the command takes. */
public enum AuthType {
    NONE(0), PAP(1), CHAP(2), PAP_OR_CHAP(3);

    private final int code;

    AuthType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static AuthType parse(String s) {
        String v = s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("authentication '" + s + "' is not one of NONE, PAP, CHAP, PAP_OR_CHAP");
        }
    }
}
