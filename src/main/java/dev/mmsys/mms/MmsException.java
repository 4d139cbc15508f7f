package dev.mmsys.mms;

/**
 * Root of the MMS codec's errors. Every codec error is permanent: the same bytes or the same input fail the
 * same way again, so callers must not retry them (transport failures are the modem layer's business).
 */
public class MmsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MmsException(String message) {
        super(message);
    }

    public MmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
