package dev.mmsys.carrier;

import java.util.Locale;

/** The PDP context type, spelled as {@code AT+CGDCONT} wants it. */
public enum PdpType {
    /** IPv4 only. */
    IP,
    /** IPv6 only. */
    IPV6,
    /** Dual stack: the network grants IPv4, IPv6 or both. */
    IPV4V6;

    /**
     * Parses {@code IP}, {@code IPV6} or {@code IPV4V6}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static PdpType parse(String s) {
        String t = s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
        for (PdpType p : values()) {
            if (p.name().equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a PDP type; use IP, IPV6 or IPV4V6");
    }
}
