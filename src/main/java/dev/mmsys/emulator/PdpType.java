package dev.mmsys.emulator;

import java.util.Locale;
import java.util.Optional;

/** The PDP types a SIM7600 context can have ({@code AT+CGDCONT}). */
public enum PdpType {
    IP, IPV6, IPV4V6;

    /** The type named {@code s} (any case), if it is one of these. */
    public static Optional<PdpType> parse(String s) {
        try {
            return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
