package dev.mmsys.app.modem;

import dev.mmsys.emulator.EmulatorConnection;
import dev.mmsys.emulator.EmulatorProfile;
import dev.mmsys.emulator.EmulatorProfiles;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.Sim7600Emulator;
import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.StreamTransport;
import dev.mmsys.modem.Transport;
import dev.mmsys.modem.Transports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code emulator} modem port: the SIM7600 emulator in this process, reached through in-memory streams, so
 * a fresh clone sends "MMS" without hardware. It starts on the first use of the port with the carrier profile
 * {@code mmsys.modem.emulator-profile}; the MMSC it reaches is served by {@code mmscBinder}.
 */
public final class BuiltInEmulator implements AutoCloseable {

    public static final String PORT = "emulator";
    private final EmulatorProfile profile;
    private final EmulatorSettings settings;
    private final Consumer<Sim7600Emulator> mmscBinder;
    private Sim7600Emulator modem;

    /**
     * @param mmscBinder called once the emulator runs, to bind an MMSC server into its network (role "mmsc")
     */
    public BuiltInEmulator(String profileName, EmulatorSettings settings, Consumer<Sim7600Emulator> mmscBinder) {
        this.profile = EmulatorProfiles.find(profileName).orElseThrow(() -> new IllegalArgumentException(
                "mmsys.modem.emulator-profile=" + profileName + " is not a profile; use one of "
                        + String.join(", ", EmulatorProfiles.names())));
        this.settings = settings.withProfile(profile);
        this.mmscBinder = mmscBinder;
    }

    /** Makes {@code emulator} a port the modem layer can open (for this process). */
    public void register() {
        Transports.register(PORT, this::open);
    }

    private synchronized Transport open(String port, int baudRate) throws ModemException {
        if (modem == null) {
            modem = Sim7600Emulator.start(settings);
            mmscBinder.accept(modem);
        }
        EmulatorConnection c;
        try {
            c = modem.connect();
        } catch (RuntimeException e) {
            throw new ModemException("the built-in emulator's port is busy: " + e.getMessage(), true);
        }
        return new StreamTransport(c.fromModem(), c.toModem(), "built-in SIM7600 emulator (" + profile.name() + ")",
                c::close);
    }

    /** The running emulator, once the port was opened. */
    public synchronized Optional<Sim7600Emulator> modem() {
        return Optional.ofNullable(modem);
    }

    public EmulatorProfile profile() {
        return profile;
    }

    /**
     * The carrier settings this profile stands for, as configuration defaults (APN, PDP type, MMSC, proxy,
     * size): what a user of that carrier would configure.
     */
    public Map<String, String> carrierDefaults() {
        Map<String, String> d = new java.util.LinkedHashMap<>();
        d.put("mmsys.apn", profile.apn());
        d.put("mmsys.pdp-type", profile.pdpType().name());
        d.put("mmsys.mmsc.url", profile.mmscUrl());
        d.put("mmsys.mmsc.proxy", profile.mmsProxy().isEmpty() ? "none" : profile.mmsProxy());
        d.put("mmsys.mms.max-size", String.valueOf(profile.maxMessageSize()));
        return d;
    }

    public List<String> describe() {
        List<String> l = new ArrayList<>();
        l.add("emulator: SIM7600 profile '" + profile.name() + "' (" + profile.description() + ")");
        return l;
    }

    @Override
    public synchronized void close() {
        Transports.unregister(PORT);
        if (modem != null) {
            modem.close();
            modem = null;
        }
    }
}
