package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fault of {@link ModemFaults}, through a real pty. */
class ModemFaultsTest {

    @TempDir
    Path dir;

    private PtyModem ready() throws Exception {
        return PtyModem.ready(EmulatorSettings.forTests(), dir);
    }

    @Test
    void scriptedAnswersFireOnceOnTheMatchingCommandOnly() throws Exception {
        try (PtyModem m = ready()) {
            HostSession h = m.host;
            m.modem.faults().errorOnNext("AT+CSQ").cmeErrorOnNext("+CREG", 100)
                    .answerNext("AT+COPS", "+COPS: 0,0,\"Elsewhere\",7", "", "OK");
            h.exchange("AT+CSQ=?\r", "\r\nERROR\r\n");         // AT+CSQ=? is an AT+CSQ command
            h.exchange("AT+CSQ\r", "\r\n+CSQ: 22,99\r\n\r\nOK\r\n");
            h.exchange("AT+CREG?\r", "\r\n+CME ERROR: 100\r\n");
            h.exchange("AT+COPS?\r", "\r\n+COPS: 0,0,\"Elsewhere\",7\r\n\r\n\r\n\r\nOK\r\n");
            h.exchange("AT+COPS?\r", "\r\n+COPS: 0,0,\"MMSYS Test Network\",7\r\n\r\nOK\r\n");
            assertEquals(3, m.modem.faults().fired().size(), m.modem.faults().fired().toString());
        }
    }

    @Test
    void commandNamesMatchWholeNames() {
        assertTrue(ModemFaults.matches("AT+CIPSEND=0,10", "AT+CIPSEND"));
        assertTrue(ModemFaults.matches("AT+CIPSEND?", "AT+CIPSEND"));
        assertFalse(ModemFaults.matches("AT+CIPSENDMODE=0", "AT+CIPSEND"));
        assertTrue(ModemFaults.matches("ATE0", "ATE"));
        assertTrue(ModemFaults.matches("AT", "AT"));
        assertFalse(ModemFaults.matches("ATI", "AT"));
        assertEquals("AT+CSQ", ModemFaults.normalize(" +csq"));
    }

    @Test
    void silenceThenTheModemAnswersAgain() throws Exception {
        try (PtyModem m = ready()) {
            m.modem.faults().silenceOnNext("AT+CSQ");
            m.host.send("AT+CSQ\r");
            // nothing for AT+CSQ: the next answer is the next command's
            m.host.exchange("AT\r", "\r\nOK\r\n");
        }
    }

    @Test
    void lineBetweenEchoAndResponse() throws Exception {
        try (PtyModem m = ready()) {
            m.host.exchange("ATE1\r", "\r\nOK\r\n");
            m.modem.faults().lineBeforeNextResponse("AT+CIPRXGET", "+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY");
            m.host.exchange("AT+CIPRXGET=4,1\r",
                    "AT+CIPRXGET=4,1\r\r\n+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY\r\n\r\n+CIPRXGET: 4,1,0\r\n\r\nOK\r\n");
        }
    }

    @Test
    void immediateNoiseAndUnsolicitedLines() throws Exception {
        try (PtyModem m = ready()) {
            m.modem.faults().noise(new byte[] {(byte) 0xFF, 0x00, '+', 'C'});
            m.modem.faults().unsolicited("+CMTI: \"SM\",3");
            m.host.expect(new byte[] {(byte) 0xFF, 0x00, '+', 'C'});
            m.host.expect("\r\n+CMTI: \"SM\",3\r\n");
        }
    }

    @Test
    void rebootOnNextCommandLosesStateAndBootsAgain() throws Exception {
        try (PtyModem m = ready()) {
            m.modem.faults().rebootOnNext("AT+CIPSEND");
            m.netOpen();
            m.host.send("AT+CIPSEND=0,10\r");
            m.host.expect(PtyModem.BOOT);
            m.host.exchange("AT+NETOPEN?\r", "AT+NETOPEN?\r\r\n+NETOPEN: 0\r\n\r\nOK\r\n");
        }
    }

    @Test
    void rebootDuringCipsendPayload() throws Exception {
        try (PtyModem m = ready(); TestServer server = new TestServer()) {
            m.netOpen();
            m.modem.network().bind(Route.MMSC, server.address());
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            m.modem.faults().rebootDuringNextSend(700);
            m.host.exchange("AT+CIPSEND=0,1500\r", "\r\n>");
            m.host.send(new byte[1500]);
            m.host.expect(PtyModem.BOOT);                    // no OK, no +CIPSEND: the modem reset
            assertTrue(conn.closedByModem());
            assertEquals(0, conn.socket.getInputStream().available());
        }
    }

    @Test
    void peerClosesAfterPartOfTheResponse() throws Exception {
        try (PtyModem m = ready(); TestServer server = new TestServer()) {
            m.netOpen();
            m.modem.network().bind(Route.MMSC, server.address());
            m.modem.faults().peerClosesAfter(10);
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            conn.write("HTTP/1.1 200 OK\r\nContent-Length: 45\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            m.host.expect("\r\nRECV FROM:10.0.0.1:80\r\n+IPD10\r\nHTTP/1.1 2\r\n+IPCLOSE: 0,1\r\n");
            assertTrue(conn.closedByModem());
        }
    }

    @Test
    void failedCipopenWithAChosenError() throws Exception {
        try (PtyModem m = ready(); TestServer server = new TestServer()) {
            m.netOpen();
            m.modem.network().bind(Route.MMSC, server.address());
            m.modem.faults().failNextCipopen(1);
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,1\r\n");
            assertTrue(server.noConnection());
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
        }
    }

    @Test
    void closeByPeerNow() throws Exception {
        try (PtyModem m = ready(); TestServer server = new TestServer()) {
            m.netOpen();
            m.modem.network().bind(Route.MMSC, server.address());
            m.host.exchange("AT+CIPOPEN=3,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 3,0\r\n");
            TestServer.Conn conn = server.accept();
            m.modem.faults().closeByPeer(3);
            m.host.expect("\r\n+IPCLOSE: 3,1\r\n");
            assertTrue(conn.closedByModem());
        }
    }

    @Test
    void busyWhileThePreviousSendIsUnconfirmed() throws Exception {
        EmulatorSettings slowAck = EmulatorSettings.forTests()
                .withTimings(Timings.realistic().scaled(0.01).withSendConfirm(java.time.Duration.ofSeconds(30)));
        try (PtyModem m = PtyModem.ready(slowAck, dir); TestServer server = new TestServer()) {
            m.netOpen();
            m.modem.network().bind(Route.MMSC, server.address());
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            m.host.exchange("AT+CIPSEND=0,2\r", "\r\n>");
            m.host.exchange("hi", "\r\nOK\r\n");
            m.host.exchange("AT+CIPSEND=0,2\r", "\r\n+CIPERROR: 8\r\n\r\nERROR\r\n");
        }
    }

    @Test
    void seededRandomFaultsRepeatForTheSameSeed() throws Exception {
        List<String> first = randomRun(42);
        List<String> second = randomRun(42);
        assertEquals(first, second);
        assertFalse(first.isEmpty(), "a 50 % rate over 40 commands fires some faults");
        assertTrue(first.size() < 40, first.toString());
    }

    /** 40 AT+CSQ with half of them meeting ERROR or +CME ERROR: 100; returns the answers. */
    private List<String> randomRun(long seed) throws Exception {
        List<String> answers = new ArrayList<>();
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
             HostSession h = HostSession.of(modem.connect())) {
            h.expect(PtyModem.BOOT);
            h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
            modem.faults().random(seed, 0.5, RandomFault.ERROR, RandomFault.CME_ERROR);
            for (int i = 0; i < 40; i++) {
                h.send("AT+CSQ\r");
                String a = h.readThrough("\r\n", HostSession.WAIT);      // the leading CR LF
                a = h.readThrough("\r\n", HostSession.WAIT);
                if (a.startsWith("+CSQ")) {
                    h.expect("\r\nOK\r\n");
                }
                answers.add(a.strip());
            }
            answers.removeIf(a -> a.startsWith("+CSQ"));
            answers.add(0, modem.faults().fired().toString());
        }
        return answers;
    }

    @Test
    void commandsSentBeforeTheFinalResultAreBufferedAndReported() throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
             HostSession h = HostSession.of(modem.connect())) {
            h.expect(PtyModem.BOOT);
            h.send("ATE0\rAT+CSQ\r");
            h.expect("ATE0\r\r\nOK\r\n\r\n+CSQ: 22,99\r\n\r\nOK\r\n");
            assertEquals(List.of("a command arrived before the final result of ATE0"), modem.protocolViolations());
        }
    }

    @Test
    void echoOfDataPhaseFollowsTheSetting() throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
             HostSession h = HostSession.of(modem.connect())) {
            h.expect(PtyModem.BOOT);
            String pdu = TestPdus.single("15551234567", "hello");
            int len = TestPdus.cmgsLength(pdu);
            h.send("AT+CMGS=" + len + "\r");
            h.expect("AT+CMGS=" + len + "\r\r\n> ");
            h.send(pdu + "\u001a");
            h.expect(pdu + "\u001a\r\n+CMGS: 0\r\n\r\nOK\r\n");
            assertArrayEquals(new byte[0], h.pending());
        }
    }
}
