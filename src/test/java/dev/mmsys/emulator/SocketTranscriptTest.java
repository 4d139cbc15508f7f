package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference §9.2: TCP to the MMSC in two CIPSEND chunks, the response pushed or buffered, and the close. */
class SocketTranscriptTest {

    @TempDir
    Path dir;

    /** 3000 octets as an MMS POST would be: request head, then binary that holds every control octet. */
    static byte[] request() {
        byte[] head = ("POST /mms HTTP/1.1\r\nHost: mmsc.carrier.example\r\nContent-Type: "
                + "application/vnd.wap.mms-message\r\nContent-Length: 2876\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[3000];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = head.length; i < all.length; i++) {
            all[i] = (byte) (i * 7);       // includes 0x1A, 0x1B, 0x03, CR, LF, '+', 0x00
        }
        return all;
    }

    /** An HTTP response with a 45-octet body, 187 octets in all (as in the reference). */
    static byte[] response() {
        byte[] body = new byte[45];
        body[0] = (byte) 0x8C;
        body[1] = (byte) 0x81;
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.wap.mms-message\r\nContent-Length: 45\r\n"
                + "Connection: close\r\nX-Pad: 0123456789012345678901234567\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static void sendInTwoChunks(HostSession h, byte[] request) {
        for (int off = 0; off < request.length; off += 1500) {
            h.send("AT+CIPSEND=0,1500\r");
            h.expect("\r\n>");
            h.send(Arrays.copyOfRange(request, off, off + 1500));
            h.expect("\r\nOK\r\n");
            h.expect("\r\n+CIPSEND: 0,1500,1500\r\n");
        }
    }

    @Test
    void openByIpPushReceivePeerClosesThenCipcloseSaysFour() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",8080\r", "\r\nOK\r\n");
            h.expect("\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            byte[] request = request();
            sendInTwoChunks(h, request);
            assertArrayEquals(request, conn.read(3000));

            byte[] response = response();
            assertEquals(187, response.length);
            conn.write(response);
            h.expect("\r\nRECV FROM:10.0.0.1:8080\r\n+IPD187\r\n");
            h.expect(response);
            conn.close();
            h.expect("\r\n+IPCLOSE: 0,1\r\n");
            h.exchange("AT+CIPCLOSE=0\r", "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
            h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");
            assertTrue(m.modem.protocolViolations().isEmpty(), m.modem.protocolViolations().toString());
        }
    }

    @Test
    void linkStillOpenIsClosedByCipclose() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",8080\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            h.exchange("AT+CIPCLOSE?\r", "\r\n+CIPCLOSE: 1,0,0,0,0,0,0,0,0,0\r\n\r\nOK\r\n");
            h.exchange("AT+CIPOPEN?\r", "\r\n+CIPOPEN: 0,\"TCP\",\"10.0.0.1\",8080,-1\r\n+CIPOPEN: 1\r\n+CIPOPEN: 2\r\n"
                    + "+CIPOPEN: 3\r\n+CIPOPEN: 4\r\n+CIPOPEN: 5\r\n+CIPOPEN: 6\r\n+CIPOPEN: 7\r\n+CIPOPEN: 8\r\n"
                    + "+CIPOPEN: 9\r\n\r\nOK\r\n");
            h.exchange("AT+CIPCLOSE=0\r", "\r\nOK\r\n\r\n+CIPCLOSE: 0,0\r\n");
            assertTrue(conn.closedByModem(), "the server saw the close");
            h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");
        }
    }

    @Test
    void openByHostNameAndExplicitDnsLookup() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CDNSGIP=\"mmsc.carrier.example\"\r",
                    "\r\n+CDNSGIP: 1,\"mmsc.carrier.example\",\"10.0.0.1\"\r\n\r\nOK\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"mmsc.carrier.example\",8080\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            conn.write("hi".getBytes(StandardCharsets.US_ASCII));
            h.expect("\r\nRECV FROM:10.0.0.1:8080\r\n+IPD2\r\nhi");
        }
    }

    @Test
    void manualReceiveMode() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPRXGET=1\r", "\r\nOK\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",8080\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            byte[] request = request();
            sendInTwoChunks(h, request);
            assertArrayEquals(request, conn.read(3000));
            byte[] response = response();
            conn.write(response);
            h.expect("\r\n+CIPRXGET: 1,0\r\n");
            h.exchange("AT+CIPRXGET=4,0\r", "\r\n+CIPRXGET: 4,0,187\r\n\r\nOK\r\n");
            h.send("AT+CIPRXGET=2,0,1500\r");
            h.expect("\r\n+CIPRXGET: 2,0,187,0\r\n");
            h.expect(response);
            h.expect("\r\nOK\r\n");
            h.exchange("AT+CIPRXGET=4,0\r", "\r\n+CIPRXGET: 4,0,0\r\n\r\nOK\r\n");
            h.exchange("AT+CIPRXGET=2,0\r", "\r\n+IP ERROR: No data\r\n\r\nERROR\r\n");
            conn.close();
            h.expect("\r\n+IPCLOSE: 0,1\r\n");
            h.exchange("AT+CIPCLOSE=0\r", "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
            h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");
        }
    }

    @Test
    void manualModeAnnouncesOnceUntilDrainedAndKeepsDataAfterPeerClose() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPRXGET=1\r", "\r\nOK\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            conn.write(new byte[100]);
            h.expect("\r\n+CIPRXGET: 1,0\r\n");
            h.send("AT+CIPRXGET=2,0,10\r");
            h.expect("\r\n+CIPRXGET: 2,0,10,90\r\n");
            h.expect(new byte[10]);
            h.expect("\r\nOK\r\n");
            conn.write("ABCDEFG".getBytes(StandardCharsets.US_ASCII));
            conn.close();
            // the buffer was never drained: no second +CIPRXGET: 1,0 before the close is reported
            h.expect("\r\n+IPCLOSE: 0,1\r\n");
            h.send("AT+CIPRXGET=3,0,750\r");
            h.expect("\r\n+CIPRXGET: 3,0,97,0\r\n" + "00".repeat(90) + "41424344454647" + "\r\nOK\r\n");
            h.exchange("AT+CIPRXGET=4,0\r", "\r\n+CIPRXGET: 4,0,0\r\n\r\nOK\r\n");
        }
    }

    @Test
    void tinyGsmStyleCrLfLineEndsAndTrailingCtrlZAreHarmless() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r\n", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            h.send("AT+CIPSEND=0,5\r\n");       // the LF after the CR is not payload (reference §1.1)
            h.expect("\r\n>");
            h.send("AB\u001aCD");                  // fixed length: 0x1A is data
            h.send(new byte[] {0x1A});            // a stray Ctrl-Z after the payload, as some drivers send
            h.expect("\r\nOK\r\n\r\n+CIPSEND: 0,5,5\r\n");
            assertArrayEquals("AB\u001aCD".getBytes(StandardCharsets.US_ASCII), conn.read(5));
            h.exchange("AT\r\n", "\r\nOK\r\n");      // the stray 0x1A in command state was discarded
        }
    }
}
