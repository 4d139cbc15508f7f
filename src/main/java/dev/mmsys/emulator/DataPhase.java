package dev.mmsys.emulator;

/**
 * What a command that shows a {@code >} prompt does with the bytes that follow: AT+CIPSEND takes a fixed count
 * (binary-safe) or data up to Ctrl-Z; AT+CMGS takes hex (or text) up to Ctrl-Z. ESC cancels the Ctrl-Z forms.
 */
interface DataPhase {

    /** Octets to take (binary), or -1 for "until Ctrl-Z". */
    int fixedLength();

    /** For the Ctrl-Z forms: octets kept at most (the rest is counted but dropped, and makes the data invalid). */
    default int maxLength() {
        return 1024;
    }

    /** For the Ctrl-Z form of CIPSEND: 0x03 escapes the next octet (so 0x1A, 0x1B, 0x03 can be sent). */
    default boolean escapesWith03() {
        return false;
    }

    /** The data is complete ({@code overflow}: more than {@link #maxLength} came); fills the reply. */
    void complete(byte[] data, boolean overflow, Reply reply);

    /** ESC arrived instead of Ctrl-Z. */
    void cancelled(Reply reply);
}
