package dev.mmsys.modem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AT channel against a scripted modem on a real TCP connection. */
class AtChannelTest {

    private static final Duration T = Duration.ofSeconds(5);

    private ScriptedPeer peer;
    private RecordingEvents events;
    private AtChannel channel;

    @BeforeEach
    void open() throws Exception {
        peer = new ScriptedPeer();
        events = new RecordingEvents();
        channel = new AtChannel(TcpTransport.open(peer.port()), events, new Transcript(100, false));
        peer.accept();
    }

    @AfterEach
    void close() throws Exception {
        channel.close();
        peer.close();
    }

    private CompletableFuture<AtResponse> async(AtCommand c) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return channel.execute(c);
            } catch (ModemException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    private static ModemException failure(CompletableFuture<?> f) {
        var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ModemException, () -> "unexpected " + e.getCause());
        return (ModemException) e.getCause();
    }

    @Test
    void echoedCommandWithInformationLine() throws Exception {
        var f = async(AtCommand.of("AT+CSQ", T).withResponsePrefixes("+CSQ:"));
        peer.answer("AT+CSQ", "AT+CSQ\r\r\n+CSQ: 22,99\r\n\r\nOK\r\n");
        AtResponse r = f.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("+CSQ: 22,99"), r.lines());
        assertEquals("22,99", r.value("+CSQ:"));
        assertEquals("OK", r.finalLine());
    }

    @Test
    void bareInformationLineWithoutEcho() throws Exception {
        var f = async(AtCommand.of("AT+CIMI", T));
        peer.answer("AT+CIMI", "\r\n310260123456789\r\n\r\nOK\r\n");
        assertEquals("310260123456789", f.get(10, TimeUnit.SECONDS).bareLine());
    }

    @Test
    void numericCmeErrorIsTyped() throws Exception {
        var f = async(AtCommand.of("AT+CPIN?", T).withResponsePrefixes("+CPIN:"));
        peer.answer("AT+CPIN?", "\r\n+CME ERROR: 10\r\n");
        ModemException e = failure(f);
        AtError err = ((AtErrorException) e).error();
        assertEquals(AtError.Kind.CME, err.kind());
        assertEquals(10, err.code());
        assertTrue(err.simNotInserted());
        assertEquals("AT+CPIN?", e.command());
    }

    @Test
    void verboseCmeAndCiperrorAndIpErrorForms() throws Exception {
        var f1 = async(AtCommand.of("AT+CPIN?", T));
        peer.answer("AT+CPIN?", "\r\n+CME ERROR: SIM not inserted\r\n");
        assertTrue(((AtErrorException) failure(f1)).error().simNotInserted());

        var f2 = async(AtCommand.of("AT+CIPSEND=0,3000", T).withPayload(new byte[1], "x"));
        peer.answer("AT+CIPSEND=0,3000", "\r\n+CIPERROR: 3\r\n\r\nERROR\r\n");
        AtError e2 = ((AtErrorException) failure(f2)).error();
        assertEquals(AtError.Kind.CIPERROR, e2.kind());
        assertEquals(3, e2.code());

        var f3 = async(AtCommand.of("AT+NETOPEN", T).withResponsePrefixes("+NETOPEN:"));
        peer.answer("AT+NETOPEN", "\r\n+IP ERROR: Network is already opened\r\n\r\nERROR\r\n");
        AtError e3 = ((AtErrorException) failure(f3)).error();
        assertEquals(AtError.Kind.IP_ERROR, e3.kind());
        assertEquals("Network is already opened", e3.text());

        var f4 = async(AtCommand.of("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", T).withResponsePrefixes("+CIPOPEN:"));
        peer.answer("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", "\r\n+CIPOPEN: 0,4\r\n\r\nERROR\r\n");
        AtError e4 = ((AtErrorException) failure(f4)).error();
        assertEquals(AtError.Kind.RESULT_LINE, e4.kind());
        assertEquals(4, e4.code());
    }

    @Test
    void urcBetweenEchoAndAnswerGoesToEventsNotTheAnswer() throws Exception {
        var f = async(AtCommand.of("AT+CIPRXGET=4,0", T).withResponsePrefixes("+CIPRXGET: 4,"));
        peer.answer("AT+CIPRXGET=4,0", "AT+CIPRXGET=4,0\r\r\n+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY\r\n"
                + "\r\n+CIPRXGET: 1,0\r\n\r\n+CIPRXGET: 4,0,187\r\n\r\nOK\r\n");
        AtResponse r = f.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("+CIPRXGET: 4,0,187"), r.lines());
        events.awaitUrc("+CIPRXGET: 1,0");
        assertTrue(events.urcs.contains("+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY"));
    }

    @Test
    void deferredResultAfterOkIsAUrcThatAWaitCatches() throws Exception {
        try (var w = channel.expect(l -> l.startsWith("+CIPOPEN: 0,"))) {
            var f = async(AtCommand.of("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", T).withResponsePrefixes("+CIPOPEN:"));
            peer.answer("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            assertEquals(List.of(), f.get(10, TimeUnit.SECONDS).lines());
            assertEquals("+CIPOPEN: 0,0", w.await(T, "the connection"));
        }
    }

    @Test
    void promptDataWithEchoIsSentExactlyAndItsEchoSkipped() throws Exception {
        // payload that looks like modem output, to show the echo is matched byte for byte
        byte[] payload = "\r\nOK\r\nPOST / HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1);
        var f = async(AtCommand.of("AT+CIPSEND=0," + payload.length, T).withPayload(payload, "[data]"));
        assertEquals("AT+CIPSEND=0," + payload.length, peer.nextLine());
        peer.send("AT+CIPSEND=0," + payload.length + "\r\r\n>");
        byte[] got = peer.readBytes(payload.length);
        assertArrayEquals(payload, got);
        peer.send(payload); // echo of the data, as ATE1 may do
        peer.send("\r\nOK\r\n\r\n+CIPSEND: 0," + payload.length + "," + payload.length + "\r\n");
        assertEquals("OK", f.get(10, TimeUnit.SECONDS).finalLine());
        events.awaitUrc("+CIPSEND: 0," + payload.length + "," + payload.length);
    }

    @Test
    void promptDataWithoutEcho() throws Exception {
        channel.setEcho(false);
        byte[] payload = {0x1A, 0x1B, 0x03, '>', '\r', '\n'};
        var f = async(AtCommand.of("AT+CIPSEND=0,6", T).withPayload(payload, "[6 octets]"));
        assertEquals("AT+CIPSEND=0,6", peer.nextLine());
        peer.send("\r\n>");
        assertArrayEquals(payload, peer.readBytes(6));
        peer.send("\r\nOK\r\n");
        assertEquals("OK", f.get(10, TimeUnit.SECONDS).finalLine());
    }

    @Test
    void smsPromptWithSpace() throws Exception {
        channel.setEcho(false);
        byte[] pdu = "0011000B915155214365F70000AA01C8\u001a".getBytes(StandardCharsets.US_ASCII);
        var f = async(AtCommand.of("AT+CMGS=15", T).withPayload(pdu, "[PDU]").withResponsePrefixes("+CMGS:"));
        assertEquals("AT+CMGS=15", peer.nextLine());
        peer.send("\r\n> ");
        assertArrayEquals(pdu, peer.readBytes(pdu.length));
        peer.send("\r\n+CMGS: 46\r\n\r\nOK\r\n");
        assertEquals("46", f.get(10, TimeUnit.SECONDS).value("+CMGS:"));
    }

    @Test
    void errorInsteadOfPromptFailsWithoutSendingTheData() throws Exception {
        var f = async(AtCommand.of("AT+CIPSEND=0,5", T).withPayload(new byte[5], "x"));
        peer.answer("AT+CIPSEND=0,5", "\r\n+CIPERROR: 4\r\n\r\nERROR\r\n");
        assertEquals(4, ((AtErrorException) failure(f)).error().code());
    }

    @Test
    void pushedDataBlockIsReadByLengthEvenWhenItLooksLikeLines() throws Exception {
        byte[] body = "HTTP/1.1 200 OK\r\n\r\nOK\r\n+IPCLOSE: 0,1\r\n".getBytes(StandardCharsets.ISO_8859_1);
        peer.send("\r\nRECV FROM:10.0.0.1:8080\r\n+IPD" + body.length + "\r\n");
        peer.send(body);
        peer.send("\r\n+IPCLOSE: 0,1\r\n");
        assertArrayEquals(body, events.awaitData(body.length));
        events.awaitUrc("+IPCLOSE: 0,1");
        assertEquals(List.of(-1), events.dataLinks);
    }

    @Test
    void receiveHeaderWithLinkNumber() throws Exception {
        peer.send("\r\n+RECEIVE,3,4\r\nabcd");
        assertArrayEquals("abcd".getBytes(StandardCharsets.US_ASCII), events.awaitData(4));
        assertEquals(List.of(3), events.dataLinks);
    }

    @Test
    void manualReadBinaryBlock() throws Exception {
        byte[] block = {'\r', '\n', 'O', 'K', '\r', '\n', 0, (byte) 0xFF};
        var f = async(AtCommand.of("AT+CIPRXGET=2,0,1500", T).withResponsePrefixes("+CIPRXGET: 2,")
                .withBinaryBlock(l -> Integer.parseInt(l.split(",")[2])));
        assertEquals("AT+CIPRXGET=2,0,1500", peer.nextLine());
        peer.send("\r\n+CIPRXGET: 2,0,8,0\r\n");
        peer.send(block);
        peer.send("\r\nOK\r\n");
        AtResponse r = f.get(10, TimeUnit.SECONDS);
        assertArrayEquals(block, r.data());
    }

    @Test
    void noAnswerTimesOutTransiently() throws Exception {
        var f = async(AtCommand.of("AT", Duration.ofMillis(300)));
        assertEquals("AT", peer.nextLine());
        ModemException e = failure(f);
        assertTrue(e instanceof AtTimeoutException);
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("within 300 ms"), e.getMessage());
    }

    @Test
    void aLateAnswerIsNotTakenForTheNextCommands() throws Exception {
        var f = async(AtCommand.of("AT+CSQ", Duration.ofMillis(200)).withResponsePrefixes("+CSQ:"));
        assertEquals("AT+CSQ", peer.nextLine());
        assertTrue(failure(f) instanceof AtTimeoutException);
        // the answer comes late; then the next command: the channel first probes to get back in step
        peer.send("\r\n+CSQ: 22,99\r\n\r\nOK\r\n");
        var g = async(AtCommand.of("AT+CPIN?", T).withResponsePrefixes("+CPIN:"));
        assertEquals("AT+CGMR", peer.nextLine());
        peer.send("\r\n+CGMR: LE20B04SIM7600G22\r\n\r\nOK\r\n");
        peer.answer("AT+CPIN?", "\r\n+CPIN: READY\r\n\r\nOK\r\n");
        assertEquals("READY", g.get(10, TimeUnit.SECONDS).value("+CPIN:"));
    }

    @Test
    void vanishedPeerFailsTheCommandInFlightAndReportsDisconnect() throws Exception {
        var f = async(AtCommand.of("AT", T));
        assertEquals("AT", peer.nextLine());
        peer.hangUp();
        ModemException e = failure(f);
        assertTrue(e instanceof PortUnavailableException, e.toString());
        assertTrue(e.isTransient());
        events.awaitDisconnect();
        assertTrue(!channel.isAlive());
        assertThrows(PortUnavailableException.class, () -> channel.execute(AtCommand.of("AT", T)));
    }

    @Test
    void transparentConnectionDataEndsAtClosed() throws Exception {
        TransparentStream stream = new TransparentStream(1 << 16);
        var f = async(AtCommand.of("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", T).expectingConnect(stream));
        peer.answer("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", "\r\nCONNECT 115200\r\n");
        assertEquals("CONNECT 115200", f.get(10, TimeUnit.SECONDS).finalLine());
        byte[] data = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        peer.send(data);
        peer.send("\r\nCLOSED\r\n");
        byte[] got = stream.readFully(data.length, T);
        assertArrayEquals(data, got);
        events.awaitUrc("CLOSED");
        assertEquals(-1, stream.read(new byte[1], 0, 1, T));
        // back in command mode
        var f2 = async(AtCommand.of("AT", T));
        peer.answer("AT", "\r\nOK\r\n");
        assertEquals("OK", f2.get(10, TimeUnit.SECONDS).finalLine());
    }

    @Test
    void transparentConnectFail() throws Exception {
        TransparentStream stream = new TransparentStream(1024);
        var f = async(AtCommand.of("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", T).expectingConnect(stream));
        peer.answer("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", "\r\nOK\r\n\r\nCONNECT FAIL\r\n");
        ModemException e = failure(f);
        assertTrue(e.getMessage().contains("CONNECT FAIL"), e.getMessage());
        assertTrue(!channel.inDataMode());
    }
}
