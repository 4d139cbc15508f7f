package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A test fixture: an emulator served on a real pseudo-terminal (socat) with a plain client on the device.
 * Skips the test (assumption) when socat is not installed.
 */
final class PtyModem implements AutoCloseable {

    static final String BOOT = "\r\nRDY\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n\r\nPB DONE\r\n";

    final Sim7600Emulator modem;
    final PtyLink pty;
    final HostSession host;

    private PtyModem(Sim7600Emulator modem, PtyLink pty, HostSession host) {
        this.modem = modem;
        this.pty = pty;
        this.host = host;
    }

    /** Starts the emulator on a pty at {@code dir/ttyEMU} and opens it; nothing is read yet. */
    static PtyModem start(EmulatorSettings settings, Path dir) throws Exception {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped (.ci/run installs it)");
        Sim7600Emulator modem = Sim7600Emulator.start(settings);
        PtyLink pty;
        try {
            pty = modem.servePty(dir.resolve("ttyEMU"));
        } catch (Exception e) {
            modem.close();
            throw e;
        }
        return new PtyModem(modem, pty, HostSession.open(pty.path()));
    }

    /** Starts, reads the boot URCs, and sets ATE0 and AT+CMEE=1 as the reference's transcripts assume. */
    static PtyModem ready(EmulatorSettings settings, Path dir) throws Exception {
        PtyModem m = start(settings, dir);
        if (settings.profile().sim().present()) {
            m.host.expect(BOOT);
        } else {
            m.host.expect("\r\nRDY\r\n");
        }
        m.host.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
        m.host.exchange("AT+CMEE=1\r", "\r\nOK\r\n");
        return m;
    }

    /** Continues from {@link #ready} to an open network (transcript 9.1's second half). */
    PtyModem netOpen() {
        host.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
        return this;
    }

    @Override
    public void close() throws IOException {
        try {
            host.close();
        } finally {
            pty.close();
            modem.close();
        }
    }
}
