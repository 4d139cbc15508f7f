package dev.mmsys.carrier;

/**
 * A carrier setting that cannot be used as it stands: a broken carriers file, a profile id that does not
 * exist, a SIM that no profile matches. Always permanent (retrying does not help); the message names the
 * input and the fix.
 */
public abstract class CarrierException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected CarrierException(String message) {
        super(message);
    }

    protected CarrierException(String message, Throwable cause) {
        super(message, cause);
    }
}
