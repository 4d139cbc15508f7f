package dev.mmsys.sms;

/**
 * A PDU that does not follow TS 23.040. {@link #offset()} is the octet where the fault is, counted from the
 * start of the PDU as given (the SMSC field included), and {@link #field()} names the field being read there.
 */
public final class MalformedPduException extends SmsException {
    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String field;

    public MalformedPduException(int offset, String field, String problem) {
        super("malformed SMS PDU at octet " + offset + " (" + field + "): " + problem);
        this.offset = offset;
        this.field = field;
    }

    public int offset() {
        return offset;
    }

    public String field() {
        return field;
    }
}
