package dev.mmsys.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mmsys.emulator.EmulatorProfile;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.EmulatorStack;
import dev.mmsys.emulator.MmscEmulator;
import dev.mmsys.emulator.PtyLink;
import dev.mmsys.emulator.ReceivedMms;
import dev.mmsys.emulator.Sim7600Emulator;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.SendReq;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hardware and the carrier for end-to-end tests: the SIM7600 emulator behind a real pseudo-terminal (socat)
 * and the MMSC emulator (a real HTTP server) in its network. Skips the test when socat is missing.
 */
public final class EmulatedCarrier implements AutoCloseable {

    public final EmulatorStack stack;
    public final Sim7600Emulator modem;
    public final MmscEmulator mmsc;
    public final PtyLink pty;

    private EmulatedCarrier(EmulatorStack stack, PtyLink pty) {
        this.stack = stack;
        this.modem = stack.modem();
        this.mmsc = stack.mmsc();
        this.pty = pty;
    }

    /** The {@code ideal} profile with fast timings, on a pty at {@code dir/ttyMMSYS}. */
    public static EmulatedCarrier start(Path dir) throws Exception {
        return start(dir, EmulatorSettings.forTests().withProfile("ideal"));
    }

    public static EmulatedCarrier start(Path dir, EmulatorSettings settings) throws Exception {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped (.ci/run installs it)");
        EmulatorStack stack = EmulatorStack.start(settings, dir.resolve("mmsc"));
        try {
            return new EmulatedCarrier(stack, stack.modem().servePty(dir.resolve("ttyMMSYS")));
        } catch (Exception e) {
            stack.close();
            throw e;
        }
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

    /** {@link #settings()} with retries 100 ms apart, for tests that go through a retry or a fallback. */
    public Map<String, String> fastSettings() {
        Map<String, String> s = settings();
        s.put("mmsys.retry.initial-delay", "100ms");
        return s;
    }

    /** Every M-Send.req the MMSC got, decoded with the MMS codec. */
    public List<SendReq> requests() {
        return mmsc.received().stream().map(EmulatedCarrier::decode).toList();
    }

    public static SendReq decode(ReceivedMms m) {
        return MmsDecoder.strict().decode(m.pdu(), SendReq.class);
    }

    @Override
    public void close() {
        try {
            pty.close();
        } finally {
            stack.close();
        }
    }
}
