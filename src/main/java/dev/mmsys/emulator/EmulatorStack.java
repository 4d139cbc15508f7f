package dev.mmsys.emulator;

import dev.mmsys.carrier.PdpType;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The SIM7600 emulator and the MMSC emulator started together, with the carrier profile's MMSC (and MMS proxy)
 * destinations mapped onto the local MMSC: what {@code mmsys.modem.port=emulator} runs on. One call:
 *
 * <pre>{@code
 * try (EmulatorStack stack = EmulatorStack.start(EmulatorSettings.defaults().withProfile("ideal"), spoolDir)) {
 *     EmulatorConnection port = stack.connect();                 // the in-process modem port
 *     EmulatorStack.CarrierSettings c = stack.carrierSettings();  // APN, PDP type, MMSC URL, proxy to use
 *     ...
 * }
 * }</pre>
 */
public final class EmulatorStack implements AutoCloseable {

    private final MmscEmulator mmsc;
    private final Sim7600Emulator modem;

    /** What MMSYS must be configured with to send MMS through this profile's carrier. */
    public record CarrierSettings(String apn, PdpType pdpType, String mmscUrl, String proxy, int maxMessageSize) {
    }

    private EmulatorStack(MmscEmulator mmsc, Sim7600Emulator modem) {
        this.mmsc = mmsc;
        this.modem = modem;
    }

    /** Starts both, the MMSC on any free port, storing messages under {@code mmscStore}. */
    public static EmulatorStack start(EmulatorSettings settings, Path mmscStore) throws IOException {
        return start(settings, MmscSettings.forProfile(settings.profile(), mmscStore));
    }

    /** Starts both with explicit MMSC settings (e.g. a fixed port). */
    public static EmulatorStack start(EmulatorSettings settings, MmscSettings mmscSettings) throws IOException {
        MmscEmulator mmsc = MmscEmulator.start(mmscSettings);
        Sim7600Emulator modem = Sim7600Emulator.start(settings);
        modem.network().bind(Route.MMSC, mmsc.address());
        if (mmsc.proxyAddress() != null) {
            modem.network().bind(Route.PROXY, mmsc.proxyAddress());
        }
        return new EmulatorStack(mmsc, modem);
    }

    public Sim7600Emulator modem() {
        return modem;
    }

    public MmscEmulator mmsc() {
        return mmsc;
    }

    /** Opens the modem's port in-process (one connection at a time). */
    public EmulatorConnection connect() {
        return modem.connect();
    }

    /** The carrier's MMS settings as the profile defines them. */
    public CarrierSettings carrierSettings() {
        EmulatorProfile p = modem.profile();
        return new CarrierSettings(p.apn(), p.pdpType(), p.mmscUrl(), p.mmsProxy(), p.maxMessageSize());
    }

    @Override
    public void close() {
        try {
            modem.close();
        } finally {
            mmsc.close();
        }
    }
}
