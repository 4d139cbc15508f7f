package dev.mmsys.carrier;

/**
 * The effective MMS settings cannot be worked out: {@code mmsys.carrier} names no profile, or it is
 * {@code auto} and no profile matches the SIM while the configuration lacks what a profile would supply.
 * The message lists what to set.
 */
public final class CarrierResolutionException extends CarrierException {
    private static final long serialVersionUID = 1L;

    CarrierResolutionException(String message) {
        super(message);
    }
}
