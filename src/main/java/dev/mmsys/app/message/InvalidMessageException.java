package dev.mmsys.app.message;

/**
 * A message that can never be sent as given (permanent): the message names the field, what is wrong with it and
 * how to fix it. REST answers 400 with it, the outbox quarantines the file with it.
 */
public final class InvalidMessageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidMessageException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The offending field ({@code to[1]}, {@code text}, {@code file}, ...). */
    public String field() {
        return field;
    }

    /** The message without the field prefix. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
