package dev.mmsys.camel;

import dev.mmsys.modem.ModemSession;
import dev.mmsys.modem.ModemSessions;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Sends MMS and SMS through a SIM7600 on a port, e.g. sim7600:/dev/ttyUSB2?operation=sendMms.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sim7600", title = "SIM7600 modem", syntax = "sim7600:port",
        producerOnly = true, category = {Category.MOBILE}, headersClass = Sim7600Constants.class)
public class Sim7600Endpoint extends DefaultEndpoint {

    @UriPath(description = "The modem's AT port: /dev/ttyUSB2, COM24, tcp://host:port (ser2net) or emulator.")
    @Metadata(required = true)
    private String port;

    @UriParam
    private Sim7600Configuration configuration;

    private ModemSessions.Lease lease;

    public Sim7600Endpoint() {
    }

    public Sim7600Endpoint(String uri, Sim7600Component component, Sim7600Configuration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new Sim7600Producer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("sim7600: has no consumer yet; use it in to(...) only");
    }

    /** The shared session of this port, leased on first use (no I/O happens here). */
    synchronized ModemSession session() {
        if (lease == null) {
            lease = ModemSessions.acquire(port, configuration.sessionSettings());
        }
        return lease.session();
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (lease != null) {
                lease.close();
                lease = null;
            }
        }
        super.doStop();
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = port;
    }

    public Sim7600Configuration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(Sim7600Configuration configuration) {
        this.configuration = configuration;
    }
}
