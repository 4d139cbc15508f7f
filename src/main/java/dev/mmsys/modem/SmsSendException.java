package dev.mmsys.modem;

import java.util.List;

/**
 * Sending a (concatenated) SMS failed at one part. {@link #sentReferences()} lists the message references of
 * the parts that did go out, so a retry can tell the user that the recipient may see a partial message.
 */
public class SmsSendException extends ModemException {

    private final List<Integer> sentReferences;
    private final int failedPart;

    public SmsSendException(String message, boolean transientFailure, String command, String answer,
                            List<Integer> sentReferences, int failedPart, Throwable cause) {
        super(message, transientFailure, command, answer, cause);
        this.sentReferences = List.copyOf(sentReferences);
        this.failedPart = failedPart;
    }

    public List<Integer> sentReferences() {
        return sentReferences;
    }

    /** 1-based number of the part that failed. */
    public int failedPart() {
        return failedPart;
    }
}
