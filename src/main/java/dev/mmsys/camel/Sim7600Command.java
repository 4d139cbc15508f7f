package dev.mmsys.camel;

import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.ModemSession;
import org.apache.camel.Exchange;

/** One operation of the producer (camel-smpp style: one class per command). */
abstract class Sim7600Command {

    protected final ModemSession session;
    protected final Sim7600Configuration configuration;

    Sim7600Command(ModemSession session, Sim7600Configuration configuration) {
        this.session = session;
        this.configuration = configuration;
    }

    abstract void execute(Exchange exchange) throws Sim7600Exception;

    /** The component's exception for a modem-layer failure, transient or permanent as the modem layer judged. */
    static Sim7600Exception translate(String what, ModemException e) {
        String message = what + ": " + e.getMessage();
        return e.isTransient() ? new Sim7600TransientException(message, e.steps(), e)
                : new Sim7600PermanentException(message, e.steps(), e);
    }
}
