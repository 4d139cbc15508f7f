package dev.mmsys.camel;

import dev.mmsys.modem.Step;
import java.util.List;

/**
 * A {@code sim7600:} operation failed. Routes tell the two kinds apart by class:
 * {@link Sim7600TransientException} (retry later) and {@link Sim7600PermanentException} (fall back).
 */
public abstract class Sim7600Exception extends Exception {

    private final List<Step> steps;

    protected Sim7600Exception(String message, List<Step> steps, Throwable cause) {
        super(message, cause);
        this.steps = List.copyOf(steps);
    }

    /** The AT traffic of the failed operation, when the modem layer recorded it (else empty). */
    public List<String> transcript() {
        return getCause() instanceof dev.mmsys.modem.ModemException m ? m.transcript() : List.of();
    }

    public abstract boolean isTransient();

    /** The steps of the operation up to the failure, with their evidence (empty when not step-wise). */
    public List<Step> steps() {
        return steps;
    }
}
