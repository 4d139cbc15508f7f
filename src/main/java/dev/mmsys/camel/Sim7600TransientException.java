package dev.mmsys.camel;

import dev.mmsys.modem.Step;
import java.util.List;

/**
 * A failure that may go away: no coverage, modem rebooting or unplugged, a timeout, an MMSC answering a
 * transient status (0xC0-0xDF) or a 5xx. Retry with back-off.
 */
public class Sim7600TransientException extends Sim7600Exception {

    public Sim7600TransientException(String message, List<Step> steps, Throwable cause) {
        super(message, steps, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
