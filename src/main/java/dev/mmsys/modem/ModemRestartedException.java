package dev.mmsys.modem;

/** The modem rebooted ({@code RDY}) while a command was in flight. Transient: it is initialised again. */
public class ModemRestartedException extends ModemException {

    public ModemRestartedException(String command) {
        super("the modem restarted (RDY) while answering " + command
                + "; MMSYS initialises it again on the next attempt", true, command, "RDY", null);
    }
}
