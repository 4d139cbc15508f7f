package dev.mmsys.carrier;

import dev.mmsys.app.MmsysConfig;
import dev.mmsys.app.MmsysConfig.ConfigException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works out the effective MMS settings from the configuration, the carrier profiles and (with
 * {@code mmsys.carrier=auto}) the SIM. A configuration key that is set always wins over the profile; a
 * value neither gives falls back to a built-in default where one is safe (PDP type, sizes, User-Agent) and
 * is an error where none is (APN, MMSC).
 */
public final class CarrierResolver {

    public static final String KEY_CARRIER = "mmsys.carrier";
    public static final String KEY_CARRIERS_FILE = "mmsys.carriers-file";
    public static final String KEY_APN = "mmsys.apn";
    public static final String KEY_APN_USER = "mmsys.apn-user";
    public static final String KEY_APN_PASSWORD = "mmsys.apn-password";
    public static final String KEY_PDP_TYPE = "mmsys.pdp-type";
    public static final String KEY_MMSC_URL = "mmsys.mmsc.url";
    public static final String KEY_MMSC_PROXY = "mmsys.mmsc.proxy";
    public static final String KEY_MAX_SIZE = "mmsys.mms.max-size";
    public static final String KEY_USER_AGENT = "mmsys.mms.user-agent";
    public static final String KEY_UAPROF = "mmsys.mms.uaprof";

    /** Android's MMS defaults, used when neither the configuration nor a profile says otherwise. */
    static final long DEFAULT_MAX_SIZE = 300 * 1024;
    private static final Setting<Long> DEFAULT_MAX_SIZE_SETTING = new Setting<>(DEFAULT_MAX_SIZE,
            Origin.builtIn("Android's 300 KB"));
    /** Android's default largest picture. */
    public static final ImageDimensions DEFAULT_IMAGE = new ImageDimensions(640, 480);
    static final String DEFAULT_USER_AGENT = "Android-Mms/2.0";
    static final URI DEFAULT_UAPROF = URI.create("http://www.google.com/oha/rdf/ua-profile-kila.xml");

    private final CarrierCatalog catalog;
    private final CarrierMatcher matcher;

    public CarrierResolver(CarrierCatalog catalog) {
        this.catalog = catalog;
        this.matcher = new CarrierMatcher(catalog);
    }

    /** A resolver over the carriers file that {@code mmsys.carriers-file} names. */
    public static CarrierResolver fromConfig(MmsysConfig config) {
        String file = config.get(KEY_CARRIERS_FILE);
        return new CarrierResolver(CarrierCatalog.load(Path.of(file.isEmpty() ? "config/carriers.yaml" : file)));
    }

    public CarrierCatalog catalog() {
        return catalog;
    }

    /** Matches a SIM against the profiles (what {@code mmsys.carrier=auto} does). */
    public CarrierMatch match(SimIdentity sim) {
        return matcher.match(sim);
    }

    /**
     * The effective settings.
     *
     * @param sim the SIM's identity when it could be read; needed for {@code mmsys.carrier=auto} unless the
     *            configuration sets the APN and the MMSC itself
     * @throws CarrierResolutionException when {@code mmsys.carrier} names no profile, or no profile applies
     *                                    and the configuration lacks the APN or MMSC; the message lists what to set
     * @throws ConfigException            when a configuration key has a bad value (names the key)
     */
    public MmsSettings resolve(MmsysConfig config, Optional<SimIdentity> sim) {
        String carrier = config.get(KEY_CARRIER).strip();
        boolean auto = carrier.isEmpty() || carrier.equalsIgnoreCase("auto");
        Optional<CarrierMatch> match = sim.map(matcher::match);
        Optional<CarrierProfile> profile;
        String how;
        List<String> warnings = new ArrayList<>();
        if (auto) {
            carrier = "auto";
            profile = match.flatMap(CarrierMatch::profile);
            how = "detected from the SIM";
        } else {
            String id = carrier.toLowerCase(Locale.ROOT);
            profile = Optional.of(catalog.byId(id).orElseThrow(() -> new CarrierResolutionException(
                    KEY_CARRIER + "=" + config.get(KEY_CARRIER) + ": no such carrier profile in " + catalog.source()
                            + "; use auto or one of: " + String.join(", ", catalog.ids()))));
            how = KEY_CARRIER + "=" + id;
            match.flatMap(CarrierMatch::profile).filter(detected -> !detected.id().equals(id)).ifPresent(detected ->
                    warnings.add(KEY_CARRIER + "=" + id + ", but the SIM matches profile '" + detected.id() + "' ("
                            + detected.name() + "); check that " + id + " is really your carrier"));
        }
        Values v = new Values(config, profile, how);

        Optional<Setting<String>> apn = v.pick(KEY_APN, MmsValues::apn, CarrierProfile::apn, "apn");
        Optional<Setting<URI>> mmsc = v.pick(KEY_MMSC_URL, MmsValues::mmscUrl, CarrierProfile::mmscUrl, "mmsc");
        List<String> missing = new ArrayList<>();
        if (apn.isEmpty()) {
            missing.add(KEY_APN);
        }
        if (mmsc.isEmpty()) {
            missing.add(KEY_MMSC_URL);
        }
        if (!missing.isEmpty()) {
            throw new CarrierResolutionException(noProfile(match, sim.isPresent()) + "; set " + KEY_CARRIER
                    + " to one of: " + String.join(", ", candidates(match)) + ", or set " + String.join(" and ", missing)
                    + " (plus " + KEY_PDP_TYPE + " and " + KEY_MMSC_PROXY + " if your carrier needs them)");
        }

        Setting<Optional<ApnCredentials>> credentials;
        if (config.isSet(KEY_APN_USER) || config.isSet(KEY_APN_PASSWORD)) {
            try {
                credentials = new Setting<>(Optional.of(new ApnCredentials(config.get(KEY_APN_USER),
                        config.get(KEY_APN_PASSWORD))), Origin.configuration(KEY_APN_USER + "/" + KEY_APN_PASSWORD));
            } catch (IllegalArgumentException e) {
                // the message would quote the value, and this may be the password
                throw new ConfigException(KEY_APN_USER + " and " + KEY_APN_PASSWORD + " must be printable ASCII "
                        + "without quotes or backslashes, at most 64 characters each");
            }
        } else if (apn.get().origin().kind() == Origin.Kind.PROFILE) {
            // the profile's login belongs to the profile's APN; a configured APN comes without one
            credentials = new Setting<>(profile.get().credentials(), apn.get().origin());
        } else {
            credentials = new Setting<>(Optional.empty(), apn.get().origin());
        }
        Setting<PdpType> pdp = v.pick(KEY_PDP_TYPE, PdpType::parse, CarrierProfile::pdpType, "pdp-type")
                .orElse(new Setting<>(PdpType.IPV4V6, Origin.builtIn("IPV4V6 lets the network grant IPv4, IPv6 or both")));
        Setting<Optional<MmsProxy>> proxy = v.pick(KEY_MMSC_PROXY, MmsProxy::parse, CarrierProfile::proxy, "proxy")
                .orElse(new Setting<>(Optional.empty(), Origin.builtIn("no proxy")));
        Setting<Long> maxSize = v.pick(KEY_MAX_SIZE, s -> maxSize(config), CarrierProfile::maxMessageSize,
                "max-message-size").orElse(DEFAULT_MAX_SIZE_SETTING);
        Setting<Long> maxImage = profile.map(p -> new Setting<>(p.maxImageSize(),
                        Origin.profile(p, how, "max-image-size")))
                .orElse(new Setting<>(maxSize.value(), Origin.builtIn("the message size")));
        if (maxImage.value() > maxSize.value()) {
            maxImage = new Setting<>(maxSize.value(), maxSize.origin());
        }
        Setting<ImageDimensions> dims = profile.map(p -> new Setting<>(p.maxImage(),
                        Origin.profile(p, how, "max-image-dimensions")))
                .orElse(new Setting<>(DEFAULT_IMAGE, Origin.builtIn("Android's 640x480")));
        Setting<String> ua = v.pick(KEY_USER_AGENT, MmsValues::headerValue, CarrierProfile::userAgent, "user-agent")
                .orElse(new Setting<>(DEFAULT_USER_AGENT, Origin.builtIn("Android's")));
        Setting<URI> uaProf = v.pick(KEY_UAPROF, MmsValues::uaProfUrl, CarrierProfile::uaProf, "uaprof")
                .orElse(new Setting<>(DEFAULT_UAPROF, Origin.builtIn("Android's")));
        return new MmsSettings(carrier, profile, match, apn.get(), credentials, pdp, mmsc.get(), proxy, maxSize,
                maxImage, dims, ua, uaProf, warnings);
    }

    /**
     * The largest M-Send.req as far as it can be known without reading the SIM, for tools that encode without a
     * modem: what {@link #resolve} gives without a SIM when that resolves (a profile named by {@code mmsys.carrier},
     * or the APN and MMSC configured, which is what the application resolves at start); otherwise
     * {@code mmsys.mms.max-size} when set, else the built-in default (Android's 300 KB). The origin says which.
     *
     * @throws CarrierResolutionException when {@code mmsys.carrier} names no profile
     * @throws ConfigException            when a configuration key has a bad value (names the key)
     */
    public Setting<Long> maxMessageSizeWithoutSim(MmsysConfig config) {
        Optional<MmsSettings> known = resolveWithoutSim(config);
        if (known.isPresent()) {
            return known.get().maxMessageSize();
        }
        return new Values(config, Optional.empty(), "").pick(KEY_MAX_SIZE, s -> maxSize(config),
                CarrierProfile::maxMessageSize, "max-message-size").orElse(DEFAULT_MAX_SIZE_SETTING);
    }

    /**
     * The settings when they can be known without the SIM: {@code mmsys.carrier} names a profile, or the APN and
     * the MMSC are configured.
     */
    public Optional<MmsSettings> resolveWithoutSim(MmsysConfig config) {
        String carrier = config.get(KEY_CARRIER).strip();
        boolean auto = carrier.isEmpty() || carrier.equalsIgnoreCase("auto");
        if (!auto || (config.isSet(KEY_APN) && config.isSet(KEY_MMSC_URL))) {
            return Optional.of(resolve(config, Optional.empty()));
        }
        return Optional.empty();
    }

    private static long maxSize(MmsysConfig config) {
        long n = config.getSize(KEY_MAX_SIZE);
        if (n < 1 || n > ByteSize.MAX) {
            throw new ConfigException(KEY_MAX_SIZE + "=" + config.get(KEY_MAX_SIZE)
                    + " is not a plausible MMS size; set 1 octet to 100MB, e.g. 300KB or 1MB");
        }
        return n;
    }

    private String noProfile(Optional<CarrierMatch> match, boolean simRead) {
        if (!simRead) {
            return KEY_CARRIER + "=auto, but the SIM could not be read to pick a carrier profile";
        }
        CarrierMatch m = match.orElseThrow();
        if (m.outcome() == CarrierMatch.Outcome.AMBIGUOUS) {
            return "several carrier profiles in " + catalog.source() + " match this SIM equally well ("
                    + m.sim().describe() + ")";
        }
        return "no carrier profile in " + catalog.source() + " matches this SIM (" + m.sim().describe() + ")";
    }

    private List<String> candidates(Optional<CarrierMatch> match) {
        return match.filter(m -> m.outcome() == CarrierMatch.Outcome.AMBIGUOUS)
                .map(m -> m.hits().stream().filter(h -> h.ranksWith(m.hits().get(0)))
                        .map(h -> h.profile().id()).toList())
                .orElse(catalog.ids());
    }

    /** Picks a value: the configuration key when set (checked), else the profile's. */
    private record Values(MmsysConfig config, Optional<CarrierProfile> profile, String how) {

        <T> Optional<Setting<T>> pick(String key, Function<String, T> parse, Function<CarrierProfile, T> fromProfile,
                                      String field) {
            if (config.isSet(key)) {
                try {
                    return Optional.of(new Setting<>(parse.apply(config.get(key)), Origin.configuration(key)));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(key + "=" + config.get(key) + ": " + e.getMessage());
                }
            }
            return profile.map(p -> new Setting<>(fromProfile.apply(p), Origin.profile(p, how, field)));
        }
    }
}
