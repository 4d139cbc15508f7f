package dev.mmsys.modem;

/** The modem answered a command with an error result; {@link #error()} says which. */
public class AtErrorException extends ModemException {

    private final AtError error;

    public AtErrorException(String message, boolean transientFailure, String command, String answer,
                            AtError error) {
        super(message, transientFailure, command, answer, null);
        this.error = error;
    }

    public AtError error() {
        return error;
    }
}
