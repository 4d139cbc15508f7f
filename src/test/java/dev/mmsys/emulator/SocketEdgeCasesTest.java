package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The less travelled paths: CIPSEND up to Ctrl-Z, switching receive modes, closing while connecting, text-mode SMS. */
class SocketEdgeCasesTest {

    private static HostSession session(Sim7600Emulator modem) {
        HostSession h = HostSession.of(modem.connect());
        h.expect(PtyModem.BOOT);
        h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
        return h;
    }

    @Test
    void cipsendUpToCtrlZWithEscapesAndCancel() throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
             HostSession h = session(modem); TestServer server = new TestServer()) {
            modem.network().bind(Route.MMSC, server.address());
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            h.exchange("AT+CIPSEND=0,\r", "\r\n>");
            h.send(new byte[] {'a', 0x03, 0x1A, 'b', 0x03, 0x03, 0x03, 0x1B, 0x1A});
            h.expect("\r\nOK\r\n\r\n+CIPSEND: 0,5,5\r\n");
            assertArrayEquals(new byte[] {'a', 0x1A, 'b', 0x03, 0x1B}, conn.read(5));
            h.exchange("AT+CIPSEND=0,\r", "\r\n>");
            h.exchange("never sent\u001b", "\r\nERROR\r\n");
            h.exchange("AT+CIPSEND=0,\r", "\r\n>");
            h.exchange("x".repeat(1501) + "\u001a", "\r\n+CIPERROR: 3\r\n\r\nERROR\r\n");
            conn.write("ok".getBytes(StandardCharsets.US_ASCII));
            h.expect("\r\nRECV FROM:10.0.0.1:80\r\n+IPD2\r\nok");     // nothing but "ab..." reached the server
        }
    }

    @Test
    void leavingBufferedModePushesWhatIsBuffered() throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests().withCrlfAfterIpd(true));
             HostSession h = session(modem); TestServer server = new TestServer()) {
            modem.network().bind(Route.MMSC, server.address());
            h.exchange("AT+CIPRXGET=1\r", "\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            byte[] data = new byte[2000];
            java.util.Arrays.fill(data, (byte) 'z');
            conn.write(data);
            h.expect("\r\n+CIPRXGET: 1,0\r\n");
            conn.close();
            h.expect("\r\n+IPCLOSE: 0,1\r\n");       // all 2000 octets are buffered by now
            h.send("AT+CIPRXGET=0\r");
            h.expect("\r\nOK\r\n\r\nRECV FROM:10.0.0.1:80\r\n+IPD1500\r\n" + "z".repeat(1500) + "\r\n"
                    + "\r\nRECV FROM:10.0.0.1:80\r\n+IPD500\r\n" + "z".repeat(500) + "\r\n");
        }
    }

    @Test
    void closingALinkThatIsStillConnecting() throws Exception {
        EmulatorSettings s = EmulatorSettings.forTests().withProfile("port80-only");
        try (Sim7600Emulator modem = Sim7600Emulator.start(s); HostSession h = session(modem)) {
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",8080\r", "\r\nOK\r\n");      // never answers
            h.exchange("AT+CIPCLOSE=0\r", "\r\nOK\r\n\r\n+CIPCLOSE: 0,0\r\n");
            h.exchange("AT+CIPCLOSE?\r", "\r\n+CIPCLOSE: 0,0,0,0,0,0,0,0,0,0\r\n\r\nOK\r\n");
        }
    }

    @Test
    void textModeSmsAndOwnSmsc() throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests()); HostSession h = session(modem)) {
            h.exchange("AT+CMGF=1\r", "\r\nOK\r\n");
            h.exchange("AT+CSCA=\"+15550009999\"\r", "\r\nOK\r\n");
            h.exchange("AT+CSCA?\r", "\r\n+CSCA: \"+15550009999\",145\r\n\r\nOK\r\n");
            h.exchange("AT+CMGS=\"+15551234567\"\r", "\r\n> ");
            h.exchange("Hello there\u001a", "\r\n+CMGS: 0\r\n\r\nOK\r\n");
            List<SubmittedSms> sent = modem.smsc().await(1, Duration.ofSeconds(5));
            assertEquals("Hello there", sent.get(0).text());
            assertEquals("+15551234567", sent.get(0).destination());
            assertEquals("+15550009999", sent.get(0).smsc());
            assertTrue(!sent.get(0).pduMode());
        }
    }

    @Test
    void pduWithItsOwnSmscAndABadStructure() throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests()); HostSession h = session(modem)) {
            String own = "07915155550000F0" + TestPdus.single("15551234567", "hi").substring(2);
            int len = own.length() / 2 - 8;
            h.exchange("AT+CMGS=" + len + "\r", "\r\n> ");
            h.exchange(own + "\u001a", "\r\n+CMGS: 0\r\n\r\nOK\r\n");
            assertEquals("+15555500000", modem.smsc().await(1, Duration.ofSeconds(5)).get(0).smsc());
            // TP-UDL says 3 septets but 2 octets (2 septets' worth) follow: refused
            String bad = TestPdus.single("15551234567", "hi").replaceFirst("0000" + "02", "0000" + "03");
            h.exchange("AT+CMGS=" + TestPdus.cmgsLength(bad) + "\r", "\r\n> ");
            h.exchange(bad + "\u001a", "\r\n+CMS ERROR: 304\r\n");
            // an SMS-DELIVER (MTI 00) is no SMS-SUBMIT
            String deliver = "00" + "00" + TestPdus.single("15551234567", "hi").substring(4);
            h.exchange("AT+CMGS=" + TestPdus.cmgsLength(deliver) + "\r", "\r\n> ");
            h.exchange(deliver + "\u001a", "\r\n+CMS ERROR: 304\r\n");
        }
    }
}
