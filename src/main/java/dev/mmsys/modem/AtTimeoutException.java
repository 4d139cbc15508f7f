package dev.mmsys.modem;

/** No final result (or awaited URC, prompt or data) arrived before the deadline. Always transient. */
public class AtTimeoutException extends ModemException {

    public AtTimeoutException(String message, String command, String answer) {
        super(message, true, command, answer, null);
    }
}
