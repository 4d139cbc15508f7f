package dev.mmsys.app.modem;

import dev.mmsys.app.MmsysConfig;
import dev.mmsys.emulator.EmulatorConnection;
import dev.mmsys.emulator.EmulatorProfile;
import dev.mmsys.emulator.EmulatorProfiles;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.EmulatorStack;
import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.StreamTransport;
import dev.mmsys.modem.Transport;
import dev.mmsys.modem.Transports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code emulator} modem port: the SIM7600 emulator and its carrier's MMSC emulator in this process
 * ({@link EmulatorStack}), the modem reached through in-memory streams, so a fresh clone sends "MMS" without
 * hardware. The carrier profile is {@code mmsys.modem.emulator-profile}; the MMSC keeps what it receives under
 * {@code storeDir} and shows it on its page.
 */
public final class BuiltInEmulator implements AutoCloseable {

    public static final String PORT = "emulator";
    private final EmulatorProfile profile;
    private final EmulatorStack stack;

    public BuiltInEmulator(String profileName, EmulatorSettings settings, Path storeDir) throws IOException {
        this.profile = EmulatorProfiles.find(profileName).orElseThrow(() -> new IllegalArgumentException(
                "mmsys.modem.emulator-profile=" + profileName + " is not a profile; use one of "
                        + String.join(", ", EmulatorProfiles.names())));
        this.stack = EmulatorStack.start(settings.withProfile(profile), storeDir);
    }

    /** Makes {@code emulator} a port the modem layer can open (for this process). */
    public void register() {
        Transports.register(PORT, this::open);
    }

    private Transport open(String port, int baudRate) throws ModemException {
        EmulatorConnection c;
        try {
            c = stack.connect();
        } catch (RuntimeException e) {
            throw new ModemException("the built-in emulator's port is busy: " + e.getMessage(), true);
        }
        return new StreamTransport(c.fromModem(), c.toModem(), "built-in SIM7600 emulator (" + profile.name() + ")",
                c::close);
    }

    /**
     * The built-in emulator when {@code config} names it as the modem port ({@code mmsys.modem.port=emulator}), its
     * MMSC storing under {@code <mmsys.spool.dir>/emulator-mmsc}; empty for any other port.
     */
    public static Optional<BuiltInEmulator> forConfig(MmsysConfig config) {
        if (!config.get("mmsys.modem.port").equalsIgnoreCase(PORT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BuiltInEmulator(config.get("mmsys.modem.emulator-profile"),
                    EmulatorSettings.defaults(), config.getPath("mmsys.spool.dir").resolve("emulator-mmsc")));
        } catch (IllegalArgumentException e) {
            throw new MmsysConfig.ConfigException(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the built-in emulator: " + e.getMessage(), e);
        }
    }

    /** {@code config} with this emulator's carrier settings ({@link #carrierDefaults()}) for the keys it leaves out. */
    public MmsysConfig configure(MmsysConfig config) {
        Map<String, String> d = new LinkedHashMap<>();
        carrierDefaults().forEach((k, v) -> {
            if (!config.isSet(k)) {
                d.put(k, v);
            }
        });
        return config.with(d);
    }

    public EmulatorStack stack() {
        return stack;
    }

    /**
     * The carrier settings this profile stands for, as configuration defaults (APN, PDP type, MMSC, proxy,
     * size): what a user of that carrier would configure.
     */
    public Map<String, String> carrierDefaults() {
        EmulatorStack.CarrierSettings c = stack.carrierSettings();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("mmsys.apn", c.apn());
        d.put("mmsys.pdp-type", c.pdpType().name());
        d.put("mmsys.mmsc.url", c.mmscUrl());
        d.put("mmsys.mmsc.proxy", c.proxy().isEmpty() ? "none" : c.proxy());
        d.put("mmsys.mms.max-size", String.valueOf(c.maxMessageSize()));
        return d;
    }

    public List<String> describe() {
        return List.of("emulator: SIM7600 profile '" + profile.name() + "' (" + profile.description() + ")",
                "MMSC:    " + stack.mmsc().pageUri() + "  (open it to watch the messages arrive)");
    }

    @Override
    public void close() {
        Transports.unregister(PORT);
        stack.close();
    }
}
