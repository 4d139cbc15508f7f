package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.testing.RunningApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    void stalledSendIsClosedForSendingTimeout() throws Exception {
        // the modem's send timeout (AT+CIPTIMEOUT's 120 s default) x 0.04: long enough for two sends, not for a test
        EmulatorSettings settings = EmulatorSettings.forTests()
                .withTimings(Timings.realistic().scaled(0.01).withTimeoutScale(0.04));
        try (PtyModem m = PtyModem.ready(settings, dir); TestServer server = new TestServer()) {
            m.netOpen();
            m.modem.network().bind(Route.MMSC, server.address());
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            m.modem.faults().stallNextSend();
            // CIPSENDMODE=0: the payloads are taken into the stack and reported, as when they go out on the air
            m.host.exchange("AT+CIPSEND=0,5\r", "\r\n>");
            m.host.exchange("hello", "\r\nOK\r\n\r\n+CIPSEND: 0,5,5\r\n");
            m.host.exchange("AT+CIPSEND=0,6\r", "\r\n>");
            m.host.exchange(" world", "\r\nOK\r\n\r\n+CIPSEND: 0,6,6\r\n");
            conn.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));    // nothing comes back either
            m.host.expect("\r\n+IPCLOSE: 0,2\r\n");                              // closed for sending timeout
            assertTrue(conn.closedByModem(), "the modem dropped the connection, and no octet reached the server");
            assertEquals(List.of("send stall"), m.modem.faults().fired());
            m.host.exchange("AT+CIPSEND=0,5\r", "\r\n+CIPERROR: 4\r\n\r\nERROR\r\n");
            m.host.exchange("AT+CIPCLOSE=0\r", "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
            // the stall was the link's, not the modem's: the next link works
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn next = server.accept();
            m.host.exchange("AT+CIPSEND=0,2\r", "\r\n>");
            m.host.exchange("hi", "\r\nOK\r\n\r\n+CIPSEND: 0,2,2\r\n");
            assertArrayEquals("hi".getBytes(StandardCharsets.US_ASCII), next.read(2));
        }
    }

    @Test
    void stalledSendWithSendMode1IsNeverConfirmed() throws Exception {
        try (PtyModem m = ready(); TestServer server = new TestServer()) {
            m.host.exchange("AT+CIPSENDMODE=1\r", "\r\nOK\r\n");
            m.netOpen();
            m.modem.network().bind(Route.MMSC, server.address());
            m.host.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            TestServer.Conn conn = server.accept();
            m.modem.faults().stallNextSend();
            m.host.exchange("AT+CIPSEND=0,5\r", "\r\n>");
            // mode 1 reports only after the peer's ACK, which never comes: the report says the link is gone
            m.host.exchange("hello", "\r\nOK\r\n\r\n+CIPSEND: 0,5,-1\r\n\r\n+IPCLOSE: 0,2\r\n");
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

    // ---- every RandomFault kind, one at a time ------------------------------------------------------------

    private static final long SEED = 20240607L;
    private static final int OCCASIONS = 12;

    /**
     * Each kind alone at a 50 % rate over twelve occasions where it applies: every outcome is either the normal
     * answer or the kind's documented effect (checked byte for byte in {@link #occasion}), the kind fires on some
     * occasions and not on others, only where it applies, and a second run with the same seed meets exactly the
     * same faults on the same occasions (with the same random details: noise line, URC, octets before the close).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RandomFault.class)
    void eachRandomFaultFiresWithItsDocumentedEffectAndRepeatsForTheSameSeed(RandomFault kind) throws Exception {
        List<String> first = randomRun(kind, SEED, dir.resolve(kind + "-1"));
        List<String> second = randomRun(kind, SEED, dir.resolve(kind + "-2"));
        assertEquals(first, second, "the same seed and dialogue meet the same faults");
        long faulted = first.stream().filter(o -> o.startsWith("fault")).count();
        assertTrue(faulted > 0 && faulted < OCCASIONS, kind + " fired on " + faulted + " of " + OCCASIONS
                + " occasions at 50 %: " + first);
    }

    /** One run: the kind's occasions on a fresh modem; the outcomes, then what {@code fired()} listed. */
    private List<String> randomRun(RandomFault kind, long seed, Path where) throws Exception {
        java.nio.file.Files.createDirectories(where);
        try (PtyModem m = PtyModem.ready(EmulatorSettings.forTests(), where); TestServer server = new TestServer()) {
            m.modem.network().bind(Route.MMSC, server.address());
            if (kind == RandomFault.CIPOPEN_FAIL || kind == RandomFault.PEER_CLOSE_MID_RESPONSE) {
                m.netOpen();
            }
            m.modem.faults().random(seed, 0.5, kind);
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < OCCASIONS; i++) {
                outcomes.add(occasion(kind, m, server));
            }
            List<String> fired = m.modem.faults().fired();
            assertEquals(outcomes.stream().filter(o -> o.startsWith("fault")).count(), fired.size(),
                    "every fault that fired showed its effect: " + fired + " / " + outcomes);
            String on = "random " + kind + " on " + switch (kind) {
                case CIPOPEN_FAIL, PEER_CLOSE_MID_RESPONSE -> "AT+CIPOPEN=0,";
                case NETOPEN_FAIL -> "AT+NETOPEN";
                case CMS_ERROR -> "AT+CMGS=";
                case REBOOT -> "AT";
                default -> "AT+CSQ";
            };
            assertTrue(fired.stream().allMatch(f -> f.startsWith(on)), "only where " + kind + " applies: " + fired);
            outcomes.add(fired.toString());
            return outcomes;
        }
    }

    private static String pendingText(HostSession h) {
        return new String(h.pending(), StandardCharsets.ISO_8859_1);
    }

    /** Runs one occasion for {@code kind}, asserts its answer is normal or the fault's effect; says which. */
    private String occasion(RandomFault kind, PtyModem m, TestServer server) throws Exception {
        HostSession h = m.host;
        String csq = "\r\n+CSQ: 22,99\r\n\r\nOK\r\n";
        switch (kind) {
            case ERROR, CME_ERROR -> {
                h.send("AT+CSQ\r");
                String a = h.readThrough("\r\n", HostSession.WAIT) + h.readThrough("\r\n", HostSession.WAIT);
                if (a.startsWith("\r\n+CSQ")) {
                    h.expect("\r\nOK\r\n");
                    return "ok";
                }
                assertEquals(kind == RandomFault.ERROR ? "\r\nERROR\r\n" : "\r\n+CME ERROR: 100\r\n", a);
                return "fault";
            }
            case SILENCE -> {
                int before = m.modem.faults().fired().size();
                h.send("AT+CSQ\r");
                RunningApp.await("an answer to AT+CSQ or a silence fault", HostSession.WAIT,
                        () -> pendingText(h).contains("OK\r\n") || m.modem.faults().fired().size() > before);
                if (m.modem.faults().fired().size() > before) {
                    // no answer at all: the next bytes are the next command's answer (checked by the next occasion)
                    return "fault: silence";
                }
                h.expect(csq);
                return "ok";
            }
            case NOISE, URC_BEFORE_RESPONSE -> {
                h.send("AT+CSQ\r");
                String a = h.readThrough("\r\nOK\r\n", HostSession.WAIT);
                if (a.equals(csq)) {
                    return "ok";
                }
                assertTrue(a.startsWith("\r\n") && a.endsWith("\r\n" + csq), HostSession.escape(
                        a.getBytes(StandardCharsets.ISO_8859_1)));
                String line = a.substring(2, a.length() - 2 - csq.length());
                List<String> allowed = List.of(kind == RandomFault.NOISE ? ModemFaults.NOISE : ModemFaults.URCS);
                assertTrue(allowed.contains(line), "'" + line + "' is one of " + allowed);
                return "fault: " + line;
            }
            case CIPOPEN_FAIL -> {
                h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,");
                String err = new String(h.read(3, HostSession.WAIT), StandardCharsets.ISO_8859_1);
                if (err.equals("0\r\n")) {
                    try (TestServer.Conn conn = server.accept()) {
                        h.exchange("AT+CIPCLOSE=0\r", "\r\nOK\r\n\r\n+CIPCLOSE: 0,0\r\n");
                        assertTrue(conn.closedByModem());
                    }
                    return "ok";
                }
                assertEquals("1\r\n", err, "OK, then +CIPOPEN: <l>,1");
                assertTrue(server.noConnection(), "the failed open reached no server");
                return "fault";
            }
            case NETOPEN_FAIL -> {
                h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: ");
                String r = new String(h.read(3, HostSession.WAIT), StandardCharsets.ISO_8859_1);
                if (r.equals("0\r\n")) {
                    h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");
                    return "ok";
                }
                assertEquals("1\r\n", r, "OK, then +NETOPEN: 1");
                h.exchange("AT+NETOPEN?\r", "\r\n+NETOPEN: 0\r\n\r\nOK\r\n");
                return "fault";
            }
            case PEER_CLOSE_MID_RESPONSE -> {
                h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
                TestServer.Conn conn = server.accept();
                conn.write("x".repeat(500).getBytes(StandardCharsets.US_ASCII));
                conn.close();                       // the whole answer, then the server closes
                String got = h.readThrough("\r\n+IPCLOSE: 0,1\r\n", HostSession.WAIT);
                long octets = got.chars().filter(c -> c == 'x').count();
                assertTrue(got.startsWith("\r\nRECV FROM:10.0.0.1:80\r\n+IPD"), got);
                h.exchange("AT+CIPCLOSE=0\r", "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
                if (octets == 500) {
                    return "ok";
                }
                assertTrue(octets >= 1 && octets <= 400, "a random part (1-400 octets) of the answer: " + octets);
                return "fault: closed after " + octets;
            }
            case CMS_ERROR -> {
                String pdu = TestPdus.single("15551234567", "hello");
                int len = TestPdus.cmgsLength(pdu);
                h.exchange("AT+CMGS=" + len + "\r", "\r\n> ");
                int before = m.modem.smsc().all().size();
                h.send(pdu + "\u001a");
                RunningApp.await("the AT+CMGS result", HostSession.WAIT,
                        () -> pendingText(h).contains("OK\r\n") || pendingText(h).contains("ERROR: 500\r\n"));
                if (pendingText(h).contains("OK\r\n")) {
                    String a = h.readThrough("OK\r\n", HostSession.WAIT);
                    assertTrue(a.matches("\r\n\\+CMGS: \\d+\r\n\r\nOK\r\n"), a);
                    assertEquals(before + 1, m.modem.smsc().all().size());
                    return "ok " + a.strip().replaceAll("\\s+", " ");
                }
                h.expect("\r\n+CMS ERROR: 500\r\n");
                assertEquals(before, m.modem.smsc().all().size(), "nothing was sent");
                return "fault";
            }
            case REBOOT -> {
                h.send("AT\r");
                RunningApp.await("OK or the boot URCs", HostSession.WAIT,
                        () -> pendingText(h).contains("OK\r\n") || pendingText(h).contains("PB DONE\r\n"));
                if (pendingText(h).contains("PB DONE\r\n")) {
                    String a = h.readThrough("PB DONE\r\n", HostSession.WAIT);
                    // the command is echoed when echo is on (as after an earlier reboot), then no answer: the boot
                    assertTrue(a.equals(PtyModem.BOOT) || a.equals("AT\r" + PtyModem.BOOT), HostSession.escape(
                            a.getBytes(StandardCharsets.ISO_8859_1)));
                    return "fault";
                }
                String a = h.readThrough("OK\r\n", HostSession.WAIT);
                // echo is off until a reboot restores the default (ATE1): the answer shows whether one happened
                assertTrue(a.equals("\r\nOK\r\n") || a.equals("AT\r\r\nOK\r\n"), HostSession.escape(
                        a.getBytes(StandardCharsets.ISO_8859_1)));
                return "ok" + (a.startsWith("AT") ? " (echo on)" : "");
            }
            default -> throw new AssertionError("no occasion for " + kind);
        }
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
