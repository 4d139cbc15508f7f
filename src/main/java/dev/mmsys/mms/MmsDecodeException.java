package dev.mmsys.mms;

/**
 * A PDU that is not a well-formed MMS encapsulation: names the octet offset where decoding stopped, the field
 * being decoded and what was expected there.
 */
public final class MmsDecodeException extends MmsException {
    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String field;
    private final String expected;

    public MmsDecodeException(int offset, String field, String expected) {
        this("MMS PDU", offset, field, expected, null);
    }

    /** @param what the kind of PDU, for the message: {@code "MMS PDU"}, {@code "WSP push PDU"} */
    MmsDecodeException(String what, int offset, String field, String expected, Throwable cause) {
        super("malformed " + what + " at offset " + offset + " (" + field + "): " + expected, cause);
        this.offset = offset;
        this.field = field;
        this.expected = expected;
    }

    /** Octet offset from the start of the PDU. */
    public int offset() {
        return offset;
    }

    /** The header, part or WSP element being decoded, e.g. {@code "Subject"} or {@code "part 2 Content-Type"}. */
    public String field() {
        return field;
    }

    /** What the decoder expected at {@link #offset()} and what it found. */
    public String expected() {
        return expected;
    }
}
