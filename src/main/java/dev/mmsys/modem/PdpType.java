package dev.mmsys.modem;

import java.util.Locale;

/** The PDP type of the context the socket stack uses (AT+CGDCONT). */
public enum PdpType {
    IP, IPV6, IPV4V6;

    /** Parses IP, IPV6 or IPV4V6 (any case); names the value and the choices when it is something else. */
    public static PdpType parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PDP type '" + s + "' is not one of IP, IPV6, IPV4V6");
        }
    }
}
