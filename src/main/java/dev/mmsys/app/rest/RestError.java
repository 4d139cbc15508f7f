package dev.mmsys.app.rest;

/** An HTTP error answer: status, the message (what is wrong and what to do) and the field at fault, if any. */
public final class RestError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;

    public RestError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
