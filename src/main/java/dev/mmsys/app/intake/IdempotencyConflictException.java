package dev.mmsys.app.intake;

/** An Idempotency-Key that was used before with a different request (REST answers 422). */
public final class IdempotencyConflictException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String existingId;

    public IdempotencyConflictException(String key, String existingId) {
        super("Idempotency-Key '" + key + "' was already used for message " + existingId + " with a different "
                + "request; send the identical request to get that message again, or use a new key");
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
