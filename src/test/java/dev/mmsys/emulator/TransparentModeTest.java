package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transparent mode (AT+CIPMODE=1, reference §4): CONNECT / CONNECT FAIL, raw data both ways, +++ with guard
 * time, ATO, CLOSED. The guard time is 50 ms here: long enough that a busy machine does not blur the silences.
 */
class TransparentModeTest {

    @TempDir
    Path dir;

    /** The +++ escape needs real silence on the line: this waits out the guard time (it is not a synchronisation). */
    private static void guardSilence(Sim7600Emulator modem) throws InterruptedException {
        Thread.sleep(modem.settings().timings().guardTime().toMillis() * 3);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static final EmulatorSettings SETTINGS = EmulatorSettings.forTests()
            .withTimings(Timings.realistic().scaled(0.01).withGuardTime(java.time.Duration.ofMillis(50)));

    private static PtyModem transparent(Path dir) throws Exception {
        PtyModem m = PtyModem.ready(SETTINGS, dir);
        m.host.exchange("AT+CIPMODE=1\r", "\r\nOK\r\n");
        return m.netOpen();
    }

    @Test
    void rawDataBothWaysEscapeResumeAndPeerClose() throws Exception {
        try (PtyModem m = transparent(dir); TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nCONNECT 115200\r\n");
            TestServer.Conn conn = server.accept();

            byte[] binary = new byte[4000];
            for (int i = 0; i < binary.length; i++) {
                binary[i] = (byte) (i * 13);    // CR, LF, 0x1A, '+', "AT" all occur: none is special here
            }
            h.send(binary);
            assertArrayEquals(binary, conn.read(binary.length));
            conn.write(ascii("response\r\nOK\r\n"));
            h.expect("response\r\nOK\r\n");

            // '+' inside data, and +++ followed by data within the guard time, are data
            h.send("a+++b");
            assertArrayEquals(ascii("a+++b"), conn.read(5));
            guardSilence(m.modem);
            h.send("+++x");
            assertArrayEquals(ascii("+++x"), conn.read(4));

            // the escape: silence, +++, silence
            guardSilence(m.modem);
            h.send("+++");
            h.expect("\r\nOK\r\n");
            h.exchange("AT+CSQ\r", "\r\n+CSQ: 22,99\r\n\r\nOK\r\n");
            conn.write(ascii("while in command mode"));
            h.exchange("AT\r", "\r\nOK\r\n");       // held back, not shown in command mode
            h.exchange("ATO\r", "\r\nCONNECT 115200\r\nwhile in command mode");
            h.send("back");
            assertArrayEquals(ascii("back"), conn.read(4));

            conn.close();
            h.expect("\r\nCLOSED\r\n");
            h.exchange("ATO\r", "\r\nERROR\r\n");
            h.exchange("AT+CIPSEND=0,5\r", "\r\nERROR\r\n");
        }
    }

    @Test
    void connectFailAndCipmodeOnlyBeforeNetopen() throws Exception {
        try (PtyModem m = transparent(dir)) {
            HostSession h = m.host;
            h.exchange("AT+CIPMODE=0\r", "\r\nERROR\r\n");
            m.modem.faults().failNextCipopen(1);
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nCONNECT FAIL\r\n");
            h.exchange("AT+CIPOPEN=1,\"TCP\",\"10.0.0.1\",80\r", "\r\n+IP ERROR: Invalid parameter\r\n\r\nERROR\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",8081\r", "\r\nCONNECT FAIL\r\n");    // refused
        }
    }

    @Test
    void cipcloseAfterEscape() throws Exception {
        try (PtyModem m = transparent(dir); TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nCONNECT 115200\r\n");
            TestServer.Conn conn = server.accept();
            guardSilence(m.modem);
            h.send("+++");
            h.expect("\r\nOK\r\n");
            h.exchange("AT+CIPCLOSE=0\r", "\r\nOK\r\n\r\nCLOSED\r\n\r\n+CIPCLOSE: 0,0\r\n");
            assertTrue(conn.closedByModem());
            h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");
        }
    }

    @Test
    void urcsWaitUntilCommandModeAndNetworkLossEndsDataMode() throws Exception {
        try (PtyModem m = transparent(dir); TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nCONNECT 115200\r\n");
            TestServer.Conn conn = server.accept();
            m.modem.faults().unsolicited("+CMTI: \"SM\",1");
            conn.write(ascii("data"));
            h.expect("data");                // the URC did not cut into the data stream
            m.modem.faults().dropNetwork();
            h.expect("\r\nCLOSED\r\n\r\n+CMTI: \"SM\",1\r\n\r\n+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY\r\n");
        }
    }

    @Test
    void rebootDuringTransparentData() throws Exception {
        try (PtyModem m = transparent(dir); TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            m.modem.faults().rebootDuringNextSend(10);
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nCONNECT 115200\r\n");
            TestServer.Conn conn = server.accept();
            h.send(new byte[100]);
            assertArrayEquals(new byte[10], conn.read(10));
            assertTrue(conn.closedByModem(), "the link died with the modem");
            h.expect(PtyModem.BOOT);
            h.exchange("AT\r", "AT\r\r\nOK\r\n");          // factory state again: echo on
        }
    }
}
