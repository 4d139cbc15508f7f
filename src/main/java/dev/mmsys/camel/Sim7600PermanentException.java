package dev.mmsys.camel;

import dev.mmsys.modem.Step;
import java.util.List;

/**
 * A failure that retrying will not fix: no SIM, wrong APN, the MMSC refused the message with a permanent status
 * (0xE0-0xFF) or a 4xx, an invalid body. Fall back (e.g. to SMS) or report.
 */
public class Sim7600PermanentException extends Sim7600Exception {

    public Sim7600PermanentException(String message, List<Step> steps, Throwable cause) {
        super(message, steps, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
