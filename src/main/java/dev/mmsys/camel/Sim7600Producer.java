package dev.mmsys.camel;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Runs the endpoint's operation (or the one named by {@link Sim7600Constants#OPERATION}) on the port's shared
 * session. Failures surface as {@link Sim7600TransientException} or {@link Sim7600PermanentException}.
 */
public class Sim7600Producer extends DefaultProducer {

    private final Sim7600Endpoint endpoint;

    public Sim7600Producer(Sim7600Endpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Sim7600Operation op = operation(exchange);
        Sim7600Configuration c = endpoint.getConfiguration();
        Sim7600Command command = switch (op) {
            case sendMms -> new SendMmsCommand(endpoint.session(), c);
            case sendSms -> new SendSmsCommand(endpoint.session(), c);
            case info -> new InfoCommand(endpoint.session(), c);
        };
        command.execute(exchange);
    }

    private Sim7600Operation operation(Exchange exchange) throws Sim7600PermanentException {
        Object h = exchange.getIn().getHeader(Sim7600Constants.OPERATION);
        if (h == null) {
            return endpoint.getConfiguration().getOperation();
        }
        if (h instanceof Sim7600Operation o) {
            return o;
        }
        try {
            return Sim7600Operation.valueOf(h.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new Sim7600PermanentException("header " + Sim7600Constants.OPERATION + " = '" + h
                    + "' is not an operation; use sendMms, sendSms or info", java.util.List.of(), e);
        }
    }
}
