package dev.mmsys.sms;

import java.util.List;

/** A concatenated set that cannot be put together: parts are missing, repeated, or do not belong together. */
public final class IncompleteMessageException extends SmsException {
    private static final long serialVersionUID = 1L;

    private final List<Integer> missing;

    public IncompleteMessageException(String message, List<Integer> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    /** Sequence numbers (1-based) that are absent; empty when the fault is of another kind. */
    public List<Integer> missing() {
        return missing;
    }
}
