package dev.mmsys.app;

import dev.mmsys.app.delivery.Recovery;
import dev.mmsys.app.delivery.Delivery;
import dev.mmsys.app.delivery.Dispatcher;
import dev.mmsys.app.delivery.PictureFitting;
import dev.mmsys.app.delivery.DeliveryPolicy;
import dev.mmsys.app.intake.DirectIntake;
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
import dev.mmsys.app.spool.Retention;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.camel.MmsEncodingProcessor;
import dev.mmsys.camel.SmsSplitProcessor;
import dev.mmsys.sms.InvalidSettingException;
import dev.mmsys.sms.SmsOptions;
import dev.mmsys.app.modem.BuiltInEmulator;
import dev.mmsys.app.modem.CarrierSettings;
import dev.mmsys.camel.Sim7600Component;
import dev.mmsys.carrier.CarrierCatalog;
import dev.mmsys.carrier.CarrierException;
import dev.mmsys.carrier.CarrierResolver;
import dev.mmsys.mms.MmsException;
import dev.mmsys.mms.MmsVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
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
    private final LongSupplier maxMmsSize;
    private final BuiltInEmulator emulator;
    private final CarrierSettings carrier;
    private final SmsSplitProcessor smsSplitter;
    private final Delivery delivery;
    private final Dispatcher dispatcher;
    private final Retention retention;

    public MmsysBeans(MmsysConfig configured) {
        this.emulator = BuiltInEmulator.forConfig(configured).orElse(null);
        this.config = emulator == null ? configured : emulator.configure(configured);
        MmsysConfig config = this.config;
        int waiting = config.getInt("mmsys.delivery.max-waiting");
        if (waiting < 1) {
            throw new MmsysConfig.ConfigException("mmsys.delivery.max-waiting=" + waiting + " must be at least 1");
        }
        this.dispatcher = new Dispatcher(waiting);
        this.spool = Spool.open(config.getPath("mmsys.spool.dir"));
        this.store = new MessageStore(spool);
        this.quarantine = new Quarantine(spool);
        int keepDays = config.getInt("mmsys.spool.keep-days");
        if (keepDays < 0) {
            throw new MmsysConfig.ConfigException("mmsys.spool.keep-days=" + keepDays + " must be 0 (keep every "
                    + "record) or a number of days");
        }
        this.retention = new Retention(store, new IdempotencyKeys(spool), java.time.Duration.ofDays(keepDays),
                clock);
        this.carrier = new CarrierSettings(config, new CarrierResolver(carrierCatalog(config)), modemUri());
        this.maxMmsSize = carrier::maxMessageSize;
        Recipients recipients;
        try {
            recipients = new Recipients(config.get("mmsys.default-region"));
        } catch (IllegalArgumentException e) {
            throw new MmsysConfig.ConfigException("mmsys.default-region=" + config.get("mmsys.default-region")
                    + ": " + e.getMessage());
        }
        try {
            this.smsSplitter = new SmsSplitProcessor(SmsOptions.fromSettings(config.asMap()));
        } catch (InvalidSettingException e) {
            throw new MmsysConfig.ConfigException(e.getMessage());
        }
        int maxParts = smsSplitter.options().maxParts();
        MessageValidator validator = new MessageValidator(recipients, maxMmsSize, smsSplitter::countParts,
                maxParts);
        this.intake = new Intake(store, new IdempotencyKeys(spool), validator, clock);
        boolean fallback = config.getChoice("mmsys.fallback", "sms", "none").equals("sms");
        int threshold = config.getInt("mmsys.sms-threshold");
        if (threshold < 0) {
            throw new MmsysConfig.ConfigException("mmsys.sms-threshold=" + threshold + " must be 0 (always MMS "
                    + "first) or a number of SMS segments");
        }
        this.delivery = new Delivery(store, new DeliveryPolicy(fallback, threshold, smsSplitter::countParts,
                maxParts, maxMmsSize), clock);
    }

    /** Registers every bean the routes refer to by name. */
    void bindAll(BiConsumer<String, Object> bind) {
        // an outbox .json may carry a picture as large as REST takes (it is scaled to fit when sent)
        long restBody = config.getSize("mmsys.rest.max-body-size");
        bind.accept("outboxIntake", new OutboxIntake(intake, new OutboxFileParser(
                () -> Math.max(maxMmsSize.getAsLong(), restBody)), quarantine));
        bind.accept("carrierSettings", carrier);
        bind.accept("pictureFitting", new PictureFitting(carrier, store, clock));
        Sim7600Component sim7600 = new Sim7600Component();
        sim7600.getConfiguration().setBaudRate(config.getInt("mmsys.modem.baud-rate"));
        bind.accept("sim7600", sim7600);
        bind.accept("queueIntake", new QueueIntake(intake));
        bind.accept("directIntake", new DirectIntake(intake));
        bind.accept("delivery", delivery);
        bind.accept("dispatcher", dispatcher);
        bind.accept("retention", retention);
        bind.accept("deliveryResult", delivery.resultStrategy());
        bind.accept("attemptFailed", delivery.attemptFailedProcessor());
        bind.accept("smsSplitter", smsSplitter);
        bind.accept("mmsEncoder", new MmsEncodingProcessor(mmsVersion(config), clock));
        bind.accept("quietExceptionHandler", (org.apache.camel.spi.ExceptionHandler) new QuietExceptionHandler());
        bind.accept("restApi", new RestApi(intake, store, new BearerToken(config.get("mmsys.rest.token")),
                openApiDocument(), carrier, dispatcher));
        if (config.getBoolean("mmsys.queue.enabled")) {
            bind.accept("mmsysQueueConnectionFactory", new org.apache.activemq.artemis.jms.client
                    .ActiveMQConnectionFactory(config.get("mmsys.queue.url"),
                    emptyToNull(config.get("mmsys.queue.username")), emptyToNull(config.get("mmsys.queue.password"))));
        }
    }

    /** {@code mmsys.mms.version}. */
    public static MmsVersion mmsVersion(MmsysConfig config) {
        try {
            return MmsVersion.parse(config.get("mmsys.mms.version"));
        } catch (MmsException e) {
            throw new MmsysConfig.ConfigException("mmsys.mms.version=" + config.get("mmsys.mms.version") + ": "
                    + e.getMessage());
        }
    }

    /**
     * {@code mmsys.carriers-file}; when that is the default and missing (a {@code java -jar} run outside the
     * MMSYS folder), the copy packaged in the jar.
     */
    public static CarrierCatalog carrierCatalog(MmsysConfig config) {
        Path file = config.getPath("mmsys.carriers-file");
        try {
            if (!Files.exists(file) && config.get("mmsys.carriers-file")
                    .equals(MmsysConfig.DEFAULTS.get("mmsys.carriers-file"))) {
                return CarrierCatalog.parse(MmsysConfig.resource("/config/carriers.yaml"), "carriers.yaml (built in)");
            }
            return CarrierCatalog.load(file);
        } catch (CarrierException e) {
            throw new MmsysConfig.ConfigException(e.getMessage());
        }
    }

    /** The effective configuration (with the built-in emulator's carrier settings when that is the port). */
    public MmsysConfig config() {
        return config;
    }

    public Optional<BuiltInEmulator> emulator() {
        return Optional.ofNullable(emulator);
    }

    public CarrierSettings carrier() {
        return carrier;
    }

    /** The sim7600 endpoint the routes send to, without options. */
    String modemUri() {
        return "sim7600:" + config.get("mmsys.modem.port");
    }

    /** Extra lines for the start-up banner (e.g. where to watch the emulator's MMSC). */
    public List<String> banner() {
        List<String> l = new ArrayList<>();
        if (emulator != null) {
            l.addAll(emulator.describe());
        }
        carrier.settings().ifPresentOrElse(s -> l.add("carrier: " + s.carrier() + ", MMSC " + s.mmscUrl().value()
                + ", APN " + s.apn().value() + " (" + s.pdpType().value() + ")"),
                () -> l.add("carrier: auto (detected from the SIM on the first MMS)"));
        return l;
    }

    public Spool spool() {
        return spool;
    }

    public MessageStore store() {
        return store;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Intake intake() {
        return intake;
    }

    Recovery recovery() {
        return new Recovery(store, quarantine, dispatcher, retention, clock);
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

    /** For the modem lane's consumer: the route that asked gets the failure and handles it. */
    static final class QuietExceptionHandler implements org.apache.camel.spi.ExceptionHandler {
        @Override
        public void handleException(Throwable exception) {
        }

        @Override
        public void handleException(String message, Throwable exception) {
        }

        @Override
        public void handleException(String message, org.apache.camel.Exchange exchange, Throwable exception) {
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Registers the built-in emulator's port when it is the configured one (before Camel starts). */
    void registerPorts() {
        if (emulator != null) {
            emulator.register();
        }
    }

    @Override
    public void close() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
