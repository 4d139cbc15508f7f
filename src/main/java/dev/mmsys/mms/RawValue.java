package dev.mmsys.mms;

import java.util.Arrays;
import java.util.HexFormat;

/** A header value kept as its encoded octets: a header this codec does not interpret, passed through unchanged. */
public final class RawValue {
    private final byte[] octets;

    RawValue(byte[] octets) {
        this.octets = octets;
    }

    /** The value's octets as they appear after the header's name, length prefix included. */
    public byte[] octets() {
        return octets.clone();
    }

    byte[] octetsUnsafe() {
        return octets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawValue r && Arrays.equals(r.octets, octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return "0x" + HexFormat.of().formatHex(octets);
    }
}
