package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference §9.4: every failure transcript, through a real pty with a plain client. */
class FailureTranscriptTest {

    @TempDir
    Path dir;

    private static EmulatorSettings profile(String name) {
        return EmulatorSettings.forTests().withProfile(name);
    }

    @Test
    void noSim() throws Exception {
        try (PtyModem m = PtyModem.ready(profile("no-sim"), dir)) {
            HostSession h = m.host;
            h.exchange("AT+CPIN?\r", "\r\n+CME ERROR: 10\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nERROR\r\n");
            h.exchange("AT+CMEE=2\r", "\r\nOK\r\n");
            h.exchange("AT+CPIN?\r", "\r\n+CME ERROR: SIM not inserted\r\n");
            h.exchange("AT+CMEE=0\r", "\r\nOK\r\n");
            h.exchange("AT+CPIN?\r", "\r\nERROR\r\n");
            h.exchange("AT+CREG?\r", "\r\n+CREG: 0,0\r\n\r\nOK\r\n");
        }
    }

    @Test
    void simPulledAtRunTime() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir)) {
            m.modem.faults().removeSim();
            m.host.expect("\r\n+SIMCARD: NOT AVAILABLE\r\n");
            m.host.exchange("AT+CPIN?\r", "\r\n+CME ERROR: 10\r\n");
        }
    }

    @Test
    void simStillInitialising() throws Exception {
        Timings t = Timings.realistic().scaled(0.01)
                .withBoot(new Timings.Boot(Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(60),
                        Duration.ofSeconds(60)));
        try (PtyModem m = PtyModem.start(EmulatorSettings.forTests().withTimings(t), dir)) {
            m.host.expect("\r\nRDY\r\n");
            m.host.exchange("AT+CPIN?\r", "AT+CPIN?\r\r\n+CME ERROR: 14\r\n");
        }
    }

    @Test
    void notRegistered() throws Exception {
        try (PtyModem m = PtyModem.ready(profile("not-registered"), dir)) {
            HostSession h = m.host;
            h.exchange("AT+CSQ\r", "\r\n+CSQ: 99,99\r\n\r\nOK\r\n");
            h.exchange("AT+CREG?\r", "\r\n+CREG: 0,2\r\n\r\nOK\r\n");
            h.exchange("AT+CGREG?\r", "\r\n+CGREG: 0,2\r\n\r\nOK\r\n");
            h.exchange("AT+COPS?\r", "\r\n+COPS: 0\r\n\r\nOK\r\n");
            h.exchange("AT+CPSI?\r", "\r\n+CPSI: NO SERVICE,Online\r\n\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 1\r\n");
            String pdu = TestPdus.concatPart("15551234567", 0x2A, 2, 1, SmsTranscriptTest.PART1_TEXT);
            h.exchange("AT+CMGS=153\r", "\r\n> ");
            h.exchange(pdu + "\u001a", "\r\n+CMS ERROR: 331\r\n");
            assertTrue(m.modem.smsc().all().isEmpty());
        }
    }

    @Test
    void netopenFailsAlreadyOpenAndClosed() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir)) {
            HostSession h = m.host;
            h.exchange("AT+IPADDR\r", "\r\n+IP ERROR: Network not opened\r\n\r\nERROR\r\n");
            h.exchange("AT+NETCLOSE\r", "\r\n+NETCLOSE: 2\r\n\r\nERROR\r\n");
            m.modem.faults().rejectNextNetopen();
            h.exchange("AT+NETOPEN\r", "\r\nERROR\r\n");
            m.modem.faults().failNextNetopen();
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 1\r\n");
            h.exchange("AT+NETOPEN?\r", "\r\n+NETOPEN: 0\r\n\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+NETOPEN\r", "\r\n+IP ERROR: Network is already opened\r\n\r\nERROR\r\n");
            // errMode 0 (AT+CIPCCFG) turns +IP ERROR into numbers
            h.exchange("AT+CIPCCFG=10,0,0,0,1,0,75000\r", "\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\n+IP ERROR: 4\r\n\r\nERROR\r\n");
        }
    }

    @Test
    void cipopenLinkBusyBadLinkTimeoutDnsFailureAndRefused() throws Exception {
        try (PtyModem m = PtyModem.ready(profile("port80-only"), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\n+CIPOPEN: 0,4\r\n\r\nERROR\r\n");
            h.exchange("AT+CIPOPEN=10,\"TCP\",\"10.0.0.1\",80\r", "\r\n+IP ERROR: Invalid parameter\r\n\r\nERROR\r\n");
            // nobody answers on 8080: +CIPOPEN: 1,10 after <cipopen_timeout> (15 s here, scaled by the test time-scale)
            h.exchange("AT+CIPTIMEOUT=75000,15000,15000\r", "\r\nOK\r\n");
            h.exchange("AT+CIPOPEN=1,\"TCP\",\"10.0.0.1\",8080\r", "\r\nOK\r\n");
            h.expect("\r\n+CIPOPEN: 1,10\r\n");
            h.exchange("AT+CIPOPEN=1,\"TCP\",\"no.such.host\",8080\r", "\r\nOK\r\n\r\n+CIPOPEN: 1,11\r\n");
            h.exchange("AT+CIPOPEN=1,\"TCP\",\"10.0.0.1\",8081\r", "\r\nOK\r\n");
            h.expect("\r\n+CIPOPEN: 1,10\r\n");      // port80-only: every other port is silent
        }
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen()) {
            // ideal: nothing listens on 8081, the connection is refused
            m.host.exchange("AT+CIPOPEN=1,\"TCP\",\"10.0.0.1\",8081\r", "\r\nOK\r\n\r\n+CIPOPEN: 1,1\r\n");
        }
    }

    @Test
    void remoteCloses() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            server.accept().close();
            h.expect("\r\n+IPCLOSE: 0,1\r\n");
            h.exchange("AT+CIPSEND=0,100\r", "\r\n+CIPERROR: 4\r\n\r\nERROR\r\n");
            h.exchange("AT+CIPCLOSE=0\r", "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
        }
    }

    @Test
    void networkDropsMidSend() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            HostSession h = m.host;
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            m.modem.faults().dropNetworkDuringNextSend(700);
            h.exchange("AT+CIPSEND=0,1500\r", "\r\n>");
            h.send(new byte[1500]);
            h.expect("\r\nOK\r\n\r\n+CIPSEND: 0,1500,-1\r\n\r\n+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY\r\n");
            h.exchange("AT+CIPCLOSE?\r", "\r\n+CIPCLOSE: 0,0,0,0,0,0,0,0,0,0\r\n\r\nOK\r\n");
            h.exchange("AT+NETOPEN?\r", "\r\n+NETOPEN: 1\r\n\r\nOK\r\n");
            h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");
            assertTrue(conn.closedByModem(), "the server saw the connection go");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");       // and the network comes back
        }
    }

    @Test
    void payloadTooLarge() throws Exception {
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir).netOpen();
             TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            m.host.exchange("AT+CIPSEND=0,3000\r", "\r\n+CIPERROR: 3\r\n\r\nERROR\r\n");
            m.host.exchange("AT+CIPSEND=0,1501\r", "\r\n+CIPERROR: 3\r\n\r\nERROR\r\n");
        }
    }

    @Test
    void cmgsFailures() throws Exception {
        String pdu = TestPdus.concatPart("15551234567", 0x2A, 2, 1, SmsTranscriptTest.PART1_TEXT);
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), dir)) {
            HostSession h = m.host;
            // the length does not match the PDU
            h.exchange("AT+CMGS=152\r", "\r\n> ");
            h.exchange(pdu + "\u001a", "\r\n+CMS ERROR: 304\r\n");
            // not hex
            h.exchange("AT+CMGS=153\r", "\r\n> ");
            h.exchange(pdu.substring(0, pdu.length() - 2) + "ZZ\u001a", "\r\n+CMS ERROR: 304\r\n");
            // network rejects
            m.modem.faults().cmsErrorOnNextCmgs(500);
            h.exchange("AT+CMGS=153\r", "\r\n> ");
            h.exchange(pdu + "\u001a", "\r\n+CMS ERROR: 500\r\n");
            // user aborts with ESC
            h.exchange("AT+CMGS=153\r", "\r\n> ");
            h.exchange(pdu + "\u001b", "\r\nOK\r\n");
            // no SMSC configured and the PDU's SMSC field is 00
            h.exchange("AT+CSCA=\"\"\r", "\r\nOK\r\n");
            h.exchange("AT+CMGS=153\r", "\r\n> ");
            h.exchange(pdu + "\u001a", "\r\n+CMS ERROR: 330\r\n");
            assertTrue(m.modem.smsc().all().isEmpty(), m.modem.smsc().all().toString());
            // verbose form
            h.exchange("AT+CMEE=2\r", "\r\nOK\r\n");
            h.exchange("AT+CMGS=152\r", "\r\n> ");
            h.exchange(pdu + "\u001a", "\r\n+CMS ERROR: invalid PDU mode parameter\r\n");
        }
    }
}
