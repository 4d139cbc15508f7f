package dev.mmsys.modem;

/**
 * The modem's port could not be opened or went away: absent (unplugged, modem rebooting), held by another
 * program, or closed under us. Transient: the session reopens the port on the next attempt.
 */
public class PortUnavailableException extends ModemException {

    private final boolean busy;

    public PortUnavailableException(String message, boolean busy, Throwable cause) {
        super(message, true, null, null, cause);
        this.busy = busy;
    }

    /** True when another program holds the port. */
    public boolean isBusy() {
        return busy;
    }
}
