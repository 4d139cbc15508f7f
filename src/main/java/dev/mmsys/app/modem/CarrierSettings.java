package dev.mmsys.app.modem;

import dev.mmsys.app.MmsysConfig;
import dev.mmsys.camel.Sim7600Configuration;
import dev.mmsys.camel.Sim7600Endpoint;
import dev.mmsys.camel.Sim7600PermanentException;
import dev.mmsys.camel.Sim7600TransientException;
import dev.mmsys.carrier.CarrierException;
import dev.mmsys.carrier.CarrierResolver;
import dev.mmsys.carrier.MmsSettings;
import dev.mmsys.carrier.SimIdentity;
import dev.mmsys.modem.AuthType;
import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.ModemSessions;
import dev.mmsys.modem.PdpType;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MMS settings the pipeline uses (APN, PDP type, MMSC, proxy, User-Agent, UAProf, size limit): the carrier
 * profile's, with every configuration key that is set winning. When they can be known without the SIM (a named
 * {@code mmsys.carrier}, or APN and MMSC configured) they are resolved at start, so a typo stops the start;
 * with {@code mmsys.carrier=auto} they are resolved from the SIM on the first MMS (the modem may be unplugged at
 * start). The route step {@link #resolve} puts them on the sim7600 endpoint before the message is encoded.
 */
public final class CarrierSettings {

    /** Before the carrier is known, intake accepts up to this (the exact check follows the encoding). */
    static final long UNRESOLVED_MAX_SIZE = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(CarrierSettings.class);

    private final MmsysConfig config;
    private final CarrierResolver resolver;
    private final String modemUri;
    private volatile MmsSettings settings;

    public CarrierSettings(MmsysConfig config, CarrierResolver resolver, String modemUri) {
        this.config = config;
        this.resolver = resolver;
        this.modemUri = modemUri;
        boolean auto = config.get("mmsys.carrier").isBlank() || config.get("mmsys.carrier").equalsIgnoreCase("auto");
        if (!auto || (config.isSet("mmsys.apn") && config.isSet("mmsys.mmsc.url"))) {
            try {
                settings = resolver.resolve(config, Optional.empty());
            } catch (CarrierException e) {
                throw new MmsysConfig.ConfigException(e.getMessage());
            }
        }
    }

    /** The settings, once known. */
    public Optional<MmsSettings> settings() {
        return Optional.ofNullable(settings);
    }

    /** The carrier's largest M-Send.req; before the carrier is known, the configured size or 1 MB. */
    public long maxMessageSize() {
        MmsSettings s = settings;
        if (s != null) {
            return s.maxMessageSize().value();
        }
        return config.isSet("mmsys.mms.max-size") ? config.getSize("mmsys.mms.max-size") : UNRESOLVED_MAX_SIZE;
    }

    /**
     * Route step before MMS encoding: makes sure the settings are known (reading the SIM the first time with
     * {@code mmsys.carrier=auto}) and configures the sim7600 endpoint with them.
     */
    public void resolve(Exchange exchange) throws Sim7600TransientException, Sim7600PermanentException {
        Sim7600Endpoint endpoint = exchange.getContext().getEndpoint(modemUri, Sim7600Endpoint.class);
        MmsSettings s = settings;
        if (s == null) {
            s = detect(endpoint);
        }
        apply(s, endpoint.getConfiguration());
    }

    private synchronized MmsSettings detect(Sim7600Endpoint endpoint)
            throws Sim7600TransientException, Sim7600PermanentException {
        if (settings != null) {
            return settings;
        }
        SimIdentity sim;
        try (ModemSessions.Lease lease = ModemSessions.acquire(endpoint.getPort(),
                endpoint.getConfiguration().sessionSettings())) {
            sim = SimReader.read(lease.session());
        } catch (ModemException e) {
            String m = "reading the SIM to find the carrier's MMS settings failed: " + e.getMessage();
            if (e.isTransient()) {
                throw new Sim7600TransientException(m, e.steps(), e);
            }
            throw new Sim7600PermanentException(m, e.steps(), e);
        }
        try {
            settings = resolver.resolve(config, Optional.of(sim));
        } catch (CarrierException e) {
            throw new Sim7600PermanentException("the carrier's MMS settings are unknown: " + e.getMessage(),
                    List.of(), e);
        }
        LOG.info("carrier: {} → {}", sim, String.join("; ", settings.describe()));
        settings.warnings().forEach(w -> LOG.warn("carrier: {}", w));
        return settings;
    }

    private static void apply(MmsSettings s, Sim7600Configuration c) {
        c.setApn(s.apn().value());
        c.setPdpType(PdpType.valueOf(s.pdpType().value().name()));
        c.setMmsc(s.mmscUrl().value().toString());
        c.setProxy(s.proxy().value().map(p -> p.host() + ":" + p.port()).orElse(""));
        c.setUserAgent(s.userAgent().value());
        c.setUaProf(s.uaProf().value().toString());
        s.apnCredentials().value().ifPresent(cred -> {
            c.setAuthentication(AuthType.PAP_OR_CHAP);
            c.setUsername(cred.user());
            c.setPassword(cred.password());
        });
    }
}
