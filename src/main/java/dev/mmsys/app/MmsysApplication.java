package dev.mmsys.app;

import dev.mmsys.app.rest.HttpErrorPages;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.StartupListener;

/**
 * The MMSYS Camel application: camel-main with the routes in {@code routes/*.yaml} and the beans of
 * {@link MmsysBeans}. As a {@linkplain #service service} ({@code mmsys run}) it runs the outbox, REST, the queue
 * (when enabled) and the delivery pipeline, and resumes unfinished messages at start; as a {@linkplain #sender
 * sender} ({@code mmsys send}) it runs the pipeline only.
 */
public final class MmsysApplication implements AutoCloseable {

    private final MmsysConfig config;
    private final boolean service;
    private final MmsysBeans beans;
    private final Main main = new Main();
    private volatile long readyMillis = -1;
    private final List<Runnable> onReady = new java.util.concurrent.CopyOnWriteArrayList<>();

    private MmsysApplication(MmsysConfig config, boolean service) {
        this.config = config;
        this.service = service;
        this.beans = new MmsysBeans(config);
        configure();
    }

    /** The long-running service: outbox, REST, queue (if enabled), pipeline, recovery at start. */
    public static MmsysApplication service(MmsysConfig config) {
        return new MmsysApplication(config, true);
    }

    /** The pipeline alone, for sending one message from the command line. */
    public static MmsysApplication sender(MmsysConfig config) {
        return new MmsysApplication(config, false);
    }

    private void configure() {
        main.setOverrideProperties(camelProperties());
        main.configure().withRoutesIncludePattern(String.join(",", routeFiles()));
        beans.bindAll(main::bind);
        beans.registerPorts();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport m) {
                try {
                    m.getCamelContext().addStartupListener(new StartupListener() {
                    @Override
                    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
                    }

                    @Override
                    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
                        started(context);
                    }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /** Every route runs: answer HTTP errors in JSON, resume unfinished messages, then say so. */
    private void started(CamelContext context) {
        if (service) {
            HttpErrorPages.install(context, config.getInt("camel.server.port"),
                    config.getSize("mmsys.rest.max-body-size"));
            beans.recovery().resume(context);
        }
        readyMillis = System.currentTimeMillis();
        onReady.forEach(Runnable::run);
    }

    /** Runs {@code r} once every route runs and unfinished messages are resumed. */
    public MmsysApplication onReady(Runnable r) {
        onReady.add(r);
        return this;
    }

    public MmsysConfig config() {
        return config;
    }

    /** Everything from the configuration plus the values the routes need in a form they can use. */
    private Map<String, Object> camelProperties() {
        Map<String, Object> p = new LinkedHashMap<>(beans.config().asMap());
        p.put("camel.main.name", "mmsys");
        p.put("camel.main.shutdownTimeout", "10");
        p.put("camel.server.enabled", String.valueOf(service));
        p.put("camel.server.maxBodySize", String.valueOf(config.getSize("mmsys.rest.max-body-size")));
        p.put("mmsys.spool.outbox", beans.spool().outbox().toString());
        p.put("mmsys.outbox.min-age-ms", String.valueOf(config.getDuration("mmsys.outbox.min-age").toMillis()));
        p.put("mmsys.outbox.poll-ms", String.valueOf(config.getDuration("mmsys.outbox.poll-interval").toMillis()));
        int attempts = config.getInt("mmsys.retry.attempts");
        if (attempts < 1) {
            throw new MmsysConfig.ConfigException("mmsys.retry.attempts=" + attempts + " must be at least 1");
        }
        p.put("mmsys.retry.max-redeliveries", String.valueOf(attempts - 1));
        Duration d = config.getDuration("mmsys.retry.initial-delay");
        p.put("mmsys.retry.initial-delay-ms", String.valueOf(d.toMillis()));
        p.put("mmsys.modem.uri", beans.modemUri());
        // the delivery queue holds message ids (see Dispatcher); a full one makes its producers wait
        p.put("camel.component.seda.queueSize", String.valueOf(beans.dispatcher().capacity()));
        p.put("camel.component.seda.defaultBlockWhenFull", "true");
        return p;
    }

    /** routes/*.yaml from the MMSYS home, or the copies packaged in the jar when the home has none. */
    private List<String> routeFiles() {
        List<String> names = new ArrayList<>();
        if (service) {
            names.add("outbox");
            names.add("rest");
            if (config.getBoolean("mmsys.queue.enabled")) {
                names.add("queue");
            }
        }
        names.add("send");
        names.add("fallback");
        Path dir = MmsysHome.dir().resolve("routes");
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Path f = dir.resolve(n + ".yaml");
            out.add(Files.isRegularFile(f) ? "file:" + f : "classpath:routes/" + n + ".yaml");
        }
        return out;
    }

    /** Adds a bean to the registry before start (e.g. a component under its scheme name). */
    public MmsysApplication bind(String name, Object bean) {
        main.bind(name, bean);
        return this;
    }

    /** Starts Camel; returns once every route runs (and, for the service, unfinished messages are resumed). */
    public void start() throws Exception {
        checkHttpPort();
        main.start();
    }

    /** Starts and blocks until the JVM is asked to stop (Ctrl-C, SIGTERM); then stops gracefully. */
    public void runUntilStopped() throws Exception {
        checkHttpPort();
        main.run();
    }

    /**
     * Camel only logs a warning when the HTTP server cannot listen, and runs on without its REST API: a service
     * must not, so the port is tried first.
     */
    private void checkHttpPort() {
        int port = config.getInt("camel.server.port");
        if (!service || port == 0) {
            return;
        }
        String host = config.get("camel.server.host");
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("the REST server cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): another program, perhaps another mmsys, has the port; stop it or set camel.server.port");
        }
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public ProducerTemplate producer() {
        return context().createProducerTemplate();
    }

    /** The port the REST server listens on (the real one when camel.server.port is 0), or -1 without REST. */
    public int httpPort() {
        VertxPlatformHttpServer server = context().hasService(VertxPlatformHttpServer.class);
        return server == null || server.getServer() == null ? -1 : server.getServer().actualPort();
    }

    public MmsysBeans beans() {
        return beans;
    }

    /** When start finished (epoch millis), or -1. */
    public long readyMillis() {
        return readyMillis;
    }

    @Override
    public void close() throws Exception {
        main.stop();
        beans.close();
    }
}
