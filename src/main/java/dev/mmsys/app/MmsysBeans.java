package dev.mmsys.app;

import dev.mmsys.app.delivery.Recovery;
import dev.mmsys.app.intake.Intake;
import dev.mmsys.app.intake.OutboxFileParser;
import dev.mmsys.app.intake.OutboxIntake;
import dev.mmsys.app.intake.QueueIntake;
import dev.mmsys.app.message.MessageValidator;
import dev.mmsys.app.message.Recipients;
import dev.mmsys.app.rest.BearerToken;
import dev.mmsys.app.rest.RestApi;
import dev.mmsys.app.spool.IdempotencyKeys;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Quarantine;
import dev.mmsys.app.spool.Spool;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * The objects the routes call, built from the configuration. Nothing here touches the modem: the sim7600
 * component connects on first use, so the application starts with the modem unplugged.
 */
public final class MmsysBeans implements AutoCloseable {

    private final MmsysConfig config;
    private final Clock clock = Clock.systemUTC();
    private final Spool spool;
    private final MessageStore store;
    private final Quarantine quarantine;
    private final Intake intake;
    private final long maxMmsSize;

    public MmsysBeans(MmsysConfig config) {
        this.config = config;
        this.spool = Spool.open(config.getPath("mmsys.spool.dir"));
        this.store = new MessageStore(spool);
        this.quarantine = new Quarantine(spool);
        this.maxMmsSize = config.isSet("mmsys.mms.max-size") ? config.getSize("mmsys.mms.max-size") : 300 * 1024;
        Recipients recipients;
        try {
            recipients = new Recipients(config.get("mmsys.default-region"));
        } catch (IllegalArgumentException e) {
            throw new MmsysConfig.ConfigException("mmsys.default-region=" + config.get("mmsys.default-region")
                    + ": " + e.getMessage());
        }
        MessageValidator validator = new MessageValidator(recipients, () -> maxMmsSize,
                text -> 1, config.getInt("mmsys.sms.max-parts"));
        this.intake = new Intake(store, new IdempotencyKeys(spool), validator, clock);
    }

    /** Registers every bean the routes refer to by name. */
    void bindAll(BiConsumer<String, Object> bind) {
        bind.accept("outboxIntake", new OutboxIntake(intake, new OutboxFileParser(maxMmsSize), quarantine));
        bind.accept("queueIntake", new QueueIntake(intake));
        bind.accept("restApi", new RestApi(intake, store, new BearerToken(config.get("mmsys.rest.token")),
                openApiDocument()));
        if (config.getBoolean("mmsys.queue.enabled")) {
            bind.accept("mmsysQueueConnectionFactory", new org.apache.activemq.artemis.jms.client
                    .ActiveMQConnectionFactory(config.get("mmsys.queue.url"),
                    emptyToNull(config.get("mmsys.queue.username")), emptyToNull(config.get("mmsys.queue.password"))));
        }
    }

    /** The sim7600 endpoint the routes send to, without options. */
    String modemUri() {
        return "sim7600:" + config.get("mmsys.modem.port");
    }

    public Spool spool() {
        return spool;
    }

    public MessageStore store() {
        return store;
    }

    public Intake intake() {
        return intake;
    }

    Recovery recovery() {
        return new Recovery(store, quarantine, clock);
    }

    private static byte[] openApiDocument() {
        try (InputStream in = MmsysBeans.class.getResourceAsStream("rest/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public void close() {
        // nothing held yet; the modem session belongs to the sim7600 component
    }
}
