package dev.mmsys.camel;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code sim7600:} component: MMS through the modem's own TCP stack and SMS in PDU mode on a SIMCom SIM7600.
 * Endpoints on the same port share one modem session (see {@link dev.mmsys.modem.ModemSessions}); nothing opens
 * until the first exchange, so routes start with the modem unplugged.
 */
@Component("sim7600")
public class Sim7600Component extends DefaultComponent {

    @Metadata(label = "advanced", description = "Defaults for every endpoint's options.")
    private Sim7600Configuration configuration = new Sim7600Configuration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("sim7600: needs the modem's port, e.g. sim7600:/dev/ttyUSB2, "
                    + "sim7600:COM24, sim7600:tcp://host:2000 or sim7600:emulator");
        }
        Sim7600Endpoint endpoint = new Sim7600Endpoint(uri, this, configuration.copy());
        endpoint.setPort(remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public Sim7600Configuration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(Sim7600Configuration configuration) {
        this.configuration = configuration;
    }
}
