package dev.mmsys.carrier;

import java.util.Optional;

/**
 * An {@code AT+CRSM} answer: the SIM's status words and, for a READ BINARY that worked, the file content as
 * hex.
 */
public record CrsmResponse(int sw1, int sw2, Optional<String> data) {

    /** 90 00, or 91/92 xx (normal ending with extra information). */
    public boolean isOk() {
        return sw1 == 0x90 || sw1 == 0x91 || sw1 == 0x92;
    }

    /** 6A 82 (USIM) or 94 04 (2G SIM): the SIM has no such file, which is normal for GID1 and SPN. */
    public boolean isFileNotFound() {
        return (sw1 == 0x6A && sw2 == 0x82) || (sw1 == 0x94 && sw2 == 0x04);
    }

    /** The status words as the SIM specs write them, e.g. {@code 6A82}. */
    public String statusWords() {
        return String.format("%02X%02X", sw1, sw2);
    }
}
