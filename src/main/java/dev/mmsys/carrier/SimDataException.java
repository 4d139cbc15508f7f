package dev.mmsys.carrier;

/**
 * An answer read from the SIM (through {@code AT+CIMI}, {@code AT+CRSM}, …) is malformed. Names the field
 * and, for byte data, the offset of the fault.
 */
public final class SimDataException extends CarrierException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final int offset;

    SimDataException(String field, int offset, String problem) {
        super(field + (offset >= 0 ? " at offset " + offset : "") + ": " + problem);
        this.field = field;
        this.offset = offset;
    }

    SimDataException(String field, String problem) {
        this(field, -1, problem);
    }

    /** What was being read, e.g. {@code EF_SPN} or {@code AT+CIMI}. */
    public String field() {
        return field;
    }

    /** Byte (or character) offset of the fault, -1 when it concerns the whole answer. */
    public int offset() {
        return offset;
    }
}
