package dev.mmsys.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mmsys.emulator.EmulatorProfile;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.PtyLink;
import dev.mmsys.emulator.Route;
import dev.mmsys.emulator.Sim7600Emulator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hardware and the carrier for end-to-end tests: the SIM7600 emulator behind a real pseudo-terminal (socat)
 * and an MMSC (a real HTTP server) bound into the emulated network. Skips the test when socat is missing.
 */
public final class EmulatedCarrier implements AutoCloseable {

    public final Sim7600Emulator modem;
    public final TestMmsc mmsc;
    public final PtyLink pty;

    private EmulatedCarrier(Sim7600Emulator modem, TestMmsc mmsc, PtyLink pty) {
        this.modem = modem;
        this.mmsc = mmsc;
        this.pty = pty;
    }

    /** The {@code ideal} profile with fast timings, on a pty at {@code dir/ttyMMSYS}. */
    public static EmulatedCarrier start(Path dir) throws Exception {
        return start(dir, EmulatorSettings.forTests().withProfile("ideal"));
    }

    public static EmulatedCarrier start(Path dir, EmulatorSettings settings) throws Exception {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped (.ci/run installs it)");
        Sim7600Emulator modem = Sim7600Emulator.start(settings);
        TestMmsc mmsc = new TestMmsc();
        modem.network().bind(Route.MMSC, mmsc.address());
        PtyLink pty = modem.servePty(dir.resolve("ttyMMSYS"));
        return new EmulatedCarrier(modem, mmsc, pty);
    }

    /** The MMSYS settings a user of this carrier would make: the port, APN, PDP type and MMSC URL. */
    public Map<String, String> settings() {
        EmulatorProfile p = modem.profile();
        Map<String, String> s = new LinkedHashMap<>();
        s.put("mmsys.modem.port", pty.path().toString());
        s.put("mmsys.apn", p.apn());
        s.put("mmsys.pdp-type", p.pdpType().name());
        s.put("mmsys.mmsc.url", p.mmscUrl());
        s.put("mmsys.mms.max-size", String.valueOf(p.maxMessageSize()));
        return s;
    }

    @Override
    public void close() {
        pty.close();
        modem.close();
        mmsc.close();
    }
}
