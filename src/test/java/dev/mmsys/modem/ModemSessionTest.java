package dev.mmsys.modem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** The session's steps against a scripted SIM7600 on a real TCP connection. */
class ModemSessionTest {

    private static final NetworkSettings PUSH = NetworkSettings.of("Wholesale", PdpType.IPV4V6)
            .withTransparent(false);

    private ScriptedPeer peer;
    private ModemSession session;
    private AutoModem modem;

    @BeforeEach
    void open() throws Exception {
        peer = new ScriptedPeer();
        session = new ModemSession(peer.port(), SessionSettings.defaults()
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3),
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)));
    }

    /** The session connects lazily: accept its connection, then let the scripted modem answer. */
    private AutoModem modemAfter(CompletableFuture<?> started) throws Exception {
        return modemAfter(started, m -> { });
    }

    /** Accepts the session's connection and answers with the default rules plus {@code rules}. */
    private AutoModem modemAfter(CompletableFuture<?> started, java.util.function.Consumer<AutoModem> rules)
            throws Exception {
        peer.accept();
        modem = new AutoModem(peer);
        rules.accept(modem);
        return modem.serve();
    }

    /** Accepts the connection; the test installs rules and then calls {@link AutoModem#serve()}. */
    private AutoModem modemUnstarted(CompletableFuture<?> started) throws Exception {
        peer.accept();
        modem = new AutoModem(peer);
        return modem;
    }

    private <T> CompletableFuture<T> async(ModemSession.Dialogue<T> d) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return session.exclusive(d);
            } catch (ModemException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    private static ModemException failure(CompletableFuture<?> f) {
        var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> f.get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ModemException, () -> "unexpected " + e.getCause());
        return (ModemException) e.getCause();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        peer.close();
    }

    @Test
    void nothingOpensUntilTheFirstStep() {
        assertFalse(session.isConnected());
    }

    @Test
    void startTurnsEchoOffAndIdentifies() throws Exception {
        var f = async(ModemSession::start);
        modemAfter(f);
        ModemIdentity id = f.get(10, TimeUnit.SECONDS);
        assertEquals("SIMCOM_SIM7600G-H", id.model());
        assertEquals("861234567890123", id.imei());
        assertEquals(List.of("AT", "ATE0", "AT+CMEE=1", "ATI"), modem.commands);
    }

    @Test
    void missingSimIsPermanentAndSaysWhatToDo() throws Exception {
        var f = async(ModemSession::checkSim);
        modemAfter(f, a -> a.on("AT+CPIN?", c -> "\r\n+CME ERROR: 10\r\n"));
        ModemException e = failure(f);
        assertFalse(e.isTransient());
        assertTrue(e.getMessage().startsWith("SIM not inserted: insert a SIM"), e.getMessage());
        assertEquals("AT+CPIN?", e.command());
    }

    @Test
    void simBusyAfterPowerUpWaitsForItsReadyUrc() throws Exception {
        var f = async(ModemSession::checkSim);
        AutoModem m = modemUnstarted(f);
        int[] asked = {0};
        m.on("AT+CPIN?", c -> asked[0]++ == 0 ? "\r\n+CME ERROR: 14\r\n\r\n+CPIN: READY\r\n"
                : "\r\n+CPIN: READY\r\n\r\nOK\r\n");
        m.serve();
        assertEquals("READY", f.get(10, TimeUnit.SECONDS));
        assertEquals(2, asked[0]);
    }

    @Test
    void simThatStaysBusyIsTransient() throws Exception {
        session = new ModemSession(peer.port(), SessionSettings.defaults()
                .withTimeouts(Duration.ofMillis(200), Duration.ofSeconds(3), Duration.ofSeconds(3),
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)));
        var f = async(ModemSession::checkSim);
        modemAfter(f, a -> a.on("AT+CPIN?", c -> "\r\n+CME ERROR: 14\r\n"));
        ModemException e = failure(f);
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("SIM busy"), e.getMessage());
    }

    @Test
    void searchingIsTransientDeniedIsPermanent() throws Exception {
        var f = async(ModemSession::requireRegistration);
        modemAfter(f, a -> a.on("AT+CGREG?", c -> "\r\n+CGREG: 0,2\r\n\r\nOK\r\n")
                .on("AT+CEREG?", c -> "\r\n+CEREG: 0,2\r\n\r\nOK\r\n")
                .on("AT+CREG?", c -> "\r\n+CREG: 0,2\r\n\r\nOK\r\n")
                .on("AT+CSQ", c -> "\r\n+CSQ: 99,99\r\n\r\nOK\r\n")
                .on("AT+COPS?", c -> "\r\n+COPS: 0\r\n\r\nOK\r\n"));
        ModemException e = failure(f);
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("searching"), e.getMessage());
        modem.on("AT+CGREG?", c -> "\r\n+CGREG: 0,3\r\n\r\nOK\r\n")
                .on("AT+CEREG?", c -> "\r\n+CEREG: 0,3\r\n\r\nOK\r\n")
                .on("AT+CREG?", c -> "\r\n+CREG: 0,3\r\n\r\nOK\r\n");
        assertFalse(assertThrows(ModemException.class, session::requireRegistration).isTransient());
    }

    @Test
    void openNetworkConfiguresTheContextThenOpens() throws Exception {
        var f = async(s -> s.openNetwork(PUSH));
        modemAfter(f);
        PdpStatus st = f.get(10, TimeUnit.SECONDS);
        assertEquals("10.71.155.118", st.ipAddress());
        assertTrue(modem.commands.containsAll(List.of("AT+CGDCONT=1,\"IPV4V6\",\"Wholesale\"", "AT+CIPMODE=0",
                "AT+NETOPEN")), modem.commands::toString);
        assertTrue(modem.commands.indexOf("AT+CIPMODE=0") < modem.commands.indexOf("AT+NETOPEN"));
        // reused while open with the same settings
        int before = modem.commands.size();
        assertEquals(st, session.openNetwork(PUSH));
        assertEquals(before, modem.commands.size());
    }

    @Test
    void authenticationAndContextSelection() throws Exception {
        NetworkSettings n = new NetworkSettings("mms.x", PdpType.IP, 3, AuthType.CHAP, "u", "p", false, false,
                ReceiveMode.PUSH);
        var f = async(s -> s.openNetwork(n));
        modemAfter(f, a -> a.on("AT+CGPADDR=3", c -> "\r\n+CGPADDR: 3,\"10.1.2.3\"\r\n\r\nOK\r\n"));
        f.get(10, TimeUnit.SECONDS);
        assertTrue(modem.commands.containsAll(List.of("AT+CGDCONT=3,\"IP\",\"mms.x\"", "AT+CGAUTH=3,2,\"p\",\"u\"",
                "AT+CSOCKSETPN=3")), modem.commands::toString);
        assertTrue(session.transcript().stream().anyMatch(l -> l.endsWith("> AT+CGAUTH=3,2,\"***\",\"u\"")),
                "the password stays out of the transcript");
    }

    @Test
    void networkAlreadyOpenedIsAccepted() throws Exception {
        var f = async(s -> s.openNetwork(PUSH));
        modemAfter(f, a -> a.on("AT+NETOPEN", c -> "\r\n+IP ERROR: Network is already opened\r\n\r\nERROR\r\n"));
        assertTrue(f.get(10, TimeUnit.SECONDS).alreadyOpen());
    }

    @Test
    void openNetworkClosesAStaleNetworkFirst() throws Exception {
        var f = async(s -> s.openNetwork(PUSH));
        modemAfter(f, a -> a.on("AT+NETOPEN?", c -> "\r\n+NETOPEN: 1\r\n\r\nOK\r\n")
                .on("AT+NETCLOSE", c -> "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n"));
        f.get(10, TimeUnit.SECONDS);
        assertTrue(modem.commands.indexOf("AT+NETCLOSE") < modem.commands.indexOf("AT+CIPMODE=0"));
    }

    @Test
    void refusedActivationIsTransientAndNamesTheApn() throws Exception {
        var f = async(s -> s.openNetwork(PUSH));
        modemAfter(f, a -> a.on("AT+NETOPEN", c -> "\r\nOK\r\n\r\n+NETOPEN: 1\r\n"));
        ModemException e = failure(f);
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("'Wholesale'"), e.getMessage());
    }

    @Test
    void netopenErrorIsPermanent() throws Exception {
        var f = async(s -> s.openNetwork(PUSH));
        modemAfter(f, a -> a.on("AT+NETOPEN", c -> "\r\nERROR\r\n"));
        ModemException e = failure(f);
        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("PDP type"), e.getMessage());
    }

    @Test
    void dnsThroughTheModem() throws Exception {
        var f = async(s -> s.resolve("mmsc.example"));
        modemAfter(f, a -> a.on("AT+CDNSGIP=\"mmsc.example\"",
                c -> "\r\n+CDNSGIP: 1,\"mmsc.example\",\"10.0.0.1\"\r\n\r\nOK\r\n"));
        assertEquals(List.of("10.0.0.1"), f.get(10, TimeUnit.SECONDS));
        modem.on("AT+CDNSGIP=\"nx.example\"", c -> "\r\n+CDNSGIP: 0,10\r\n\r\nERROR\r\n");
        ModemException e = assertThrows(ModemException.class, () -> session.resolve("nx.example"));
        assertTrue(e.getMessage().contains("could not resolve 'nx.example'"), e.getMessage());
        assertEquals(List.of("10.9.8.7"), session.resolve("10.9.8.7"));
    }

    private static final byte[] RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.wap.mms-message\r\n"
            + "Content-Length: 5\r\n\r\n\u008c\u0081\u0098a\u0000").getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void postInChunksWithPushedResponse() throws Exception {
        byte[] pdu = new byte[3200];
        for (int i = 0; i < pdu.length; i++) {
            pdu[i] = (byte) i;
        }
        MmscTarget target = MmscTarget.of("http://10.0.0.1:8080/mms", null);
        var f = async(s -> new MmsSubmitter(s).submit(PUSH, target, pdu, HttpOptions.defaults()));
        AutoModem m = modemUnstarted(f);
        m.on("AT+CIPRXGET=0", c -> ok());
        m.on("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",8080", c -> "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
        byte[] request = ModemHttpClient.request(target, pdu, HttpOptions.defaults());
        m.afterCipsend(data -> {
            int n = data.length;
            String conf = "\r\nOK\r\n\r\n+CIPSEND: 0," + n + "," + n + "\r\n";
            if (m.cipsendData.size() == request.length) {
                conf += "\r\nRECV FROM:10.0.0.1:8080\r\n+IPD" + RESPONSE.length + "\r\n"
                        + new String(RESPONSE, StandardCharsets.ISO_8859_1) + "\r\n+IPCLOSE: 0,1\r\n";
            }
            return conf;
        });
        m.on("AT+CIPCLOSE=0", c -> "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
        m.serve();
        MmsSubmission sub = f.get(20, TimeUnit.SECONDS);
        assertEquals(200, sub.response().status());
        assertArrayEquals(new byte[] {(byte) 0x8c, (byte) 0x81, (byte) 0x98, 'a', 0}, sub.response().body());
        assertArrayEquals(request, m.cipsendData.toByteArray());
        List<String> sends = m.commands.stream().filter(c -> c.startsWith("AT+CIPSEND=")).toList();
        assertTrue(sends.size() >= 3 && sends.stream().allMatch(c -> Integer.parseInt(c.split(",")[1]) <= 1500),
                sends::toString);
        assertEquals(List.of("modem", "sim", "registration", "pdp", "dns", "tcp", "http"),
                sub.steps().stream().map(Step::name).toList());
    }

    @Test
    void transparentPostEndsWhenTheServerCloses() throws Exception {
        NetworkSettings tr = PUSH.withTransparent(true);
        byte[] pdu = new byte[5000];
        MmscTarget target = MmscTarget.of("http://10.0.0.1/mms", null);
        byte[] request = ModemHttpClient.request(target, pdu, HttpOptions.defaults());
        var f = async(s -> new MmsSubmitter(s).submit(tr, target, pdu, HttpOptions.defaults()));
        AutoModem m = modemUnstarted(f);
        m.transparent(new AutoModem.Transparent("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", request.length, RESPONSE,
                true));
        m.serve();
        MmsSubmission sub = f.get(20, TimeUnit.SECONDS);
        assertEquals(200, sub.response().status());
        assertArrayEquals(request, m.transparentData.toByteArray());
        assertTrue(m.commands.contains("AT+CIPMODE=1"));
        assertFalse(m.commands.stream().anyMatch(c -> c.startsWith("AT+CIPSEND=")), "no per-chunk commands");
        // back in command mode afterwards
        assertEquals("READY", session.checkSim());
    }

    @Test
    void transparentConnectionTheServerKeepsOpenIsEscaped() throws Exception {
        NetworkSettings tr = PUSH.withTransparent(true);
        byte[] pdu = new byte[10];
        MmscTarget target = MmscTarget.of("http://10.0.0.1/mms", null);
        byte[] request = ModemHttpClient.request(target, pdu, HttpOptions.defaults());
        var f = async(s -> new MmsSubmitter(s).submit(tr, target, pdu, HttpOptions.defaults()));
        AutoModem m = modemUnstarted(f);
        m.transparent(new AutoModem.Transparent("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", request.length, RESPONSE,
                false));
        m.on("AT+CIPCLOSE=0", c -> "\r\nOK\r\n\r\nCLOSED\r\n\r\n+CIPCLOSE: 0,0\r\n");
        m.serve();
        assertEquals(200, f.get(20, TimeUnit.SECONDS).response().status());
        assertTrue(m.commands.indexOf("+++") < m.commands.indexOf("AT+CIPCLOSE=0"), m.commands::toString);
    }

    @Test
    void rebootWhileACommandIsPendingFailsItAtOnce() throws Exception {
        var f = async(s -> s.resolve("mmsc.example"));
        AutoModem m = modemUnstarted(f);
        m.on("AT+CDNSGIP=\"mmsc.example\"", c -> "\r\nRDY\r\n");
        m.serve();
        ModemException e = failure(f);
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("restarted"), e.getMessage());
    }

    @Test
    void aSecondSubmissionOnTheOpenNetworkSkipsChecksAndReusesDns() throws Exception {
        byte[] pdu = new byte[100];
        MmscTarget target = MmscTarget.of("http://mmsc.example/mms", null);
        byte[] request = ModemHttpClient.request(target, pdu, HttpOptions.defaults());
        var f = async(s -> new MmsSubmitter(s).submit(PUSH, target, pdu, HttpOptions.defaults()));
        AutoModem m = modemUnstarted(f);
        m.on("AT+CDNSGIP=\"mmsc.example\"", c -> "\r\n+CDNSGIP: 1,\"mmsc.example\",\"10.0.0.1\"\r\n\r\nOK\r\n");
        m.on("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", c -> "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
        m.on("AT+CIPCLOSE=0", c -> "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
        m.afterCipsend(d -> "\r\nOK\r\n\r\n+CIPSEND: 0," + d.length + "," + d.length + "\r\n"
                + (m.cipsendData.size() % request.length == 0 ? "\r\n+IPD" + RESPONSE.length + "\r\n"
                + new String(RESPONSE, StandardCharsets.ISO_8859_1) + "\r\n+IPCLOSE: 0,1\r\n" : ""));
        m.serve();
        f.get(20, TimeUnit.SECONDS);
        int before = m.commands.size();
        MmsSubmission second = new MmsSubmitter(session).submit(PUSH, target, pdu, HttpOptions.defaults());
        assertEquals(200, second.response().status());
        List<String> again = m.commands.subList(before, m.commands.size());
        assertFalse(again.contains("AT+CPIN?") || again.contains("AT+CDNSGIP=\"mmsc.example\"")
                || again.contains("AT+NETOPEN"), again::toString);
        assertTrue(second.steps().get(4).evidence().endsWith("(cached)"), second.steps().get(4)::toString);
    }

    @Test
    void aChunkNeverStartsWithALineFeed() throws Exception {
        MmscTarget target = MmscTarget.of("http://10.0.0.1/mms", null);
        int head = ModemHttpClient.request(target, new byte[0], HttpOptions.defaults()).length
                - String.valueOf(0).length() + String.valueOf(2000).length();
        byte[] pdu = new byte[2000];
        java.util.Arrays.fill(pdu, (byte) 'a');
        pdu[1500 - head] = '\n';
        byte[] request = ModemHttpClient.request(target, pdu, HttpOptions.defaults());
        assertEquals('\n', request[1500]);
        var f = async(s -> new MmsSubmitter(s).submit(PUSH, target, pdu, HttpOptions.defaults()));
        AutoModem m = modemUnstarted(f);
        m.on("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", c -> "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
        m.on("AT+CIPCLOSE=0", c -> "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
        m.afterCipsend(d -> "\r\nOK\r\n\r\n+CIPSEND: 0," + d.length + "," + d.length + "\r\n"
                + (m.cipsendData.size() == request.length ? "\r\n+IPD" + RESPONSE.length + "\r\n"
                + new String(RESPONSE, StandardCharsets.ISO_8859_1) + "\r\n+IPCLOSE: 0,1\r\n" : ""));
        m.serve();
        f.get(20, TimeUnit.SECONDS);
        assertTrue(m.commands.contains("AT+CIPSEND=0,1499"), m.commands::toString);
        assertArrayEquals(request, m.cipsendData.toByteArray());
    }

    @Test
    void manualReceiveReadsWhenNotified() throws Exception {
        NetworkSettings manual = PUSH.withReceiveMode(ReceiveMode.MANUAL);
        byte[] pdu = "tiny".getBytes(StandardCharsets.US_ASCII);
        MmscTarget target = MmscTarget.of("http://10.0.0.1/mms", null);
        var f = async(s -> new MmsSubmitter(s).submit(manual, target, pdu, HttpOptions.defaults()));
        AutoModem m = modemUnstarted(f);
        m.on("AT+CIPRXGET=1", c -> ok());
        m.on("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", c -> "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
        m.afterCipsend(d -> "\r\nOK\r\n\r\n+CIPSEND: 0," + d.length + "," + d.length + "\r\n\r\n+CIPRXGET: 1,0\r\n");
        int[] reads = {0};
        m.on("AT+CIPRXGET=2,0,1500", c -> {
            if (reads[0]++ == 0 && m.cipsendData.size() == 0) {
                return "\r\n+IP ERROR: No data\r\n\r\nERROR\r\n";
            }
            if (reads[0] > 2) {
                return "\r\n+IP ERROR: No data\r\n\r\nERROR\r\n";
            }
            return "\r\n+CIPRXGET: 2,0," + RESPONSE.length + ",0\r\n"
                    + new String(RESPONSE, StandardCharsets.ISO_8859_1)
                    + "\r\nOK\r\n";
        });
        m.on("AT+CIPCLOSE=0", c -> "\r\nOK\r\n\r\n+CIPCLOSE: 0,0\r\n");
        m.serve();
        MmsSubmission sub = f.get(20, TimeUnit.SECONDS);
        assertEquals(200, sub.response().status());
        assertEquals(5, sub.response().body().length);
        assertTrue(m.commands.contains("AT+CIPCLOSE=0"));
    }

    @Test
    void peerCloseDuringSendIsTransient() throws Exception {
        MmscTarget target = MmscTarget.of("http://10.0.0.1/mms", null);
        var f = async(s -> new MmsSubmitter(s).submit(PUSH, target, new byte[4000], HttpOptions.defaults()));
        AutoModem m = modemUnstarted(f);
        m.on("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80", c -> "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
        m.afterCipsend(d -> "\r\nOK\r\n\r\n+CIPSEND: 0," + d.length + ",-1\r\n\r\n+IPCLOSE: 0,1\r\n");
        m.serve();
        ModemException e = failure(f);
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("dropped"), e.getMessage());
        assertEquals("http", e.steps().get(e.steps().size() - 1).name());
        assertFalse(e.steps().get(e.steps().size() - 1).ok());
    }

    @Test
    void connectFailureOnIpContextExplainsIpv6() throws Exception {
        NetworkSettings ip = new NetworkSettings("Wholesale", PdpType.IP, 1, AuthType.NONE, "", "", false, false,
                ReceiveMode.PUSH);
        MmscTarget target = MmscTarget.of("http://10.175.85.144/mms/wapenc", null);
        var f = async(s -> new MmsSubmitter(s).submit(ip, target, new byte[10], HttpOptions.defaults()));
        modemAfter(f, a -> a.on("AT+CIPOPEN=0,\"TCP\",\"10.175.85.144\",80", c -> "\r\nOK\r\n\r\n+CIPOPEN: 0,10\r\n"));
        ModemException e = failure(f);
        assertTrue(e.getMessage().contains("10.175.85.144:80"), e.getMessage());
        assertTrue(e.getMessage().contains("IPV4V6"), e.getMessage());
        assertEquals("tcp", e.steps().get(e.steps().size() - 1).name());
    }

    @Test
    void rebootIsNoticedAndTheModemInitialisedAgain() throws Exception {
        var f = async(s -> s.openNetwork(PUSH));
        AutoModem m = modemUnstarted(f);
        m.serve();
        f.get(10, TimeUnit.SECONDS);
        m.push("\r\nRDY\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n\r\nPB DONE\r\n");
        int before = m.commands.size();
        // the RDY is processed on the reader thread; the next step sees a fresh modem and initialises again
        Await.until(() -> session.lastRestart() != null);
        session.openNetwork(PUSH);
        List<String> after = m.commands.subList(before, m.commands.size());
        assertTrue(after.containsAll(List.of("ATE0", "AT+NETOPEN")), after::toString);
    }

    @Test
    void vanishedPortIsTransientAndReopened() throws Exception {
        var f = async(ModemSession::start);
        modemAfter(f);
        f.get(10, TimeUnit.SECONDS);
        peer.hangUp();
        Await.until(() -> !session.isConnected());
        var again = async(ModemSession::checkSim);
        peer.accept();
        modem = new AutoModem(peer).serve();
        assertEquals("READY", again.get(10, TimeUnit.SECONDS));
        assertTrue(modem.commands.contains("ATE0"), "initialised again after reopening");
    }

    @Test
    void aModemLeftInTransparentModeIsEscaped() throws Exception {
        session = new ModemSession(peer.port(), SessionSettings.defaults()
                .withTimeouts(Duration.ofMillis(150), Duration.ofSeconds(3), Duration.ofSeconds(3),
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)));
        var f = async(ModemSession::start);
        peer.accept();
        // in data mode the modem forwards what it gets: no answers to AT until +++
        for (int i = 0; i < 2; i++) {
            assertEquals("AT", peer.nextLine());
        }
        assertArrayEquals("+++".getBytes(StandardCharsets.US_ASCII), peer.readBytes(3));
        peer.send("\r\nOK\r\n");
        modem = new AutoModem(peer).serve();
        assertEquals("SIMCOM_SIM7600G-H", f.get(10, TimeUnit.SECONDS).model());
        assertTrue(session.transcript().stream().anyMatch(l -> l.contains("escaped with +++")));
    }

    @Test
    void anEscapeSentToAModemInCommandModeCostsOneError() throws Exception {
        session = new ModemSession(peer.port(), SessionSettings.defaults()
                .withTimeouts(Duration.ofMillis(150), Duration.ofSeconds(3), Duration.ofSeconds(3),
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)));
        var f = async(ModemSession::start);
        peer.accept();
        assertEquals("AT", peer.nextLine());
        assertEquals("AT", peer.nextLine());
        // a modem in command mode keeps "+++" in its line buffer: the next line is "+++AT"
        assertEquals("+++AT", peer.nextLine());
        peer.send("\r\nERROR\r\n");
        modem = new AutoModem(peer).serve();
        assertEquals("SIMCOM_SIM7600G-H", f.get(10, TimeUnit.SECONDS).model());
    }

    @Test
    void unreachablePortIsATransientError() throws Exception {
        // port 1: nothing listens there (a freed ephemeral port could be taken by a parallel test's server)
        ModemSession nowhere = new ModemSession("tcp://127.0.0.1:1", SessionSettings.defaults());
        ModemException e = assertThrows(ModemException.class, nowhere::start);
        assertTrue(e.isTransient());
        assertTrue(e instanceof PortUnavailableException);
        assertTrue(e.getMessage().contains("nothing answers there"), e.getMessage());
    }

    @Test
    void concatenatedSmsKeepsTheLinkAndReturnsReferences() throws Exception {
        List<SmsPdu> parts = List.of(SmsPdu.ofHex("0041000B915155214365F70000050500032A0201C8"),
                SmsPdu.ofHex("0041000B915155214365F70000050500032A0202C8"));
        var f = async(s -> s.sendSms(parts));
        AutoModem m = modemUnstarted(f);
        m.serve();
        assertEquals(List.of(40, 41), f.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(parts.get(0).hex(), parts.get(1).hex()), m.smsPdus);
        List<String> c = m.commands;
        assertTrue(c.indexOf("AT+CMMS=2") < c.indexOf("AT+CMGS=20"), c::toString);
        assertTrue(c.contains("AT+CMMS=0"));
    }

    @Test
    void smsWithoutSmscIsPermanentAndReportsPartsSent() throws Exception {
        List<SmsPdu> parts = List.of(SmsPdu.ofHex("0041000B915155214365F70000050500032A0201C8"),
                SmsPdu.ofHex("0041000B915155214365F70000050500032A0202C8"));
        var f = async(s -> s.sendSms(parts));
        modemAfter(f, a -> a.cmgsResult(i -> i == 1 ? "\r\n+CMS ERROR: 330\r\n" : null));
        SmsSendException e = (SmsSendException) failure(f);
        assertFalse(e.isTransient());
        assertEquals(List.of(40), e.sentReferences());
        assertEquals(2, e.failedPart());
        assertTrue(e.getMessage().contains("AT+CSCA"), e.getMessage());
        assertTrue(modem.commands.contains("AT+CMMS=0"), "link-keeping switched off after the failure");
    }

    @Test
    void networkTimeoutOnSmsIsTransient() throws Exception {
        var f = async(s -> s.sendSms(List.of(SmsPdu.ofHex("0001000B915155214365F7000001C8"))));
        modemAfter(f, a -> a.cmgsResult(i -> "\r\n+CMS ERROR: 332\r\n"));
        assertTrue(failure(f).isTransient());
    }

    @Test
    void infoReadsIdentifiers() throws Exception {
        var f = async(ModemSession::info);
        modemAfter(f);
        ModemInfo info = f.get(10, TimeUnit.SECONDS);
        assertEquals("310260123456789", info.imsi());
        assertEquals("8901260123456789012", info.iccid());
        assertEquals("756DFFFF", info.gid1(), "re-read with the length the SIM named (6C 04)");
        assertEquals("004D696E74FFFFFFFFFFFFFFFFFFFFFFFF", info.spn());
        assertEquals("+16195550100", info.ownNumber());
        assertEquals("Mint", info.registration().operator());
        assertEquals(-69, info.registration().signalDbm());
        assertEquals("READY", info.simState());
    }

    @Test
    void infoToleratesUnreadableFields() throws Exception {
        var f = async(ModemSession::info);
        modemAfter(f, a -> a.on("AT+CRSM=176,28478,0,0,8", c -> "\r\nERROR\r\n").on("AT+CNUM", c -> "\r\nERROR\r\n"));
        ModemInfo info = f.get(10, TimeUnit.SECONDS);
        assertNull(info.gid1());
        assertNull(info.ownNumber());
    }


    @Test
    void rawQueryForCarrierDetection() throws Exception {
        var f = async(s -> s.query("AT+CGDCONT?"));
        modemAfter(f, a -> a.on("AT+CGDCONT?", c -> "\r\n+CGDCONT: 1,\"IPV4V6\",\"Wholesale\",\"0.0.0.0\",0,0,0,0\r\n"
                + "+CGDCONT: 2,\"IPV4V6\",\"ims\",\"0.0.0.0\",0,0,0,0\r\n\r\nOK\r\n"));
        assertEquals(2, f.get(10, TimeUnit.SECONDS).lines().size());
        assertEquals("+CGDCONT:", ModemSession.prefixOf("AT+CGDCONT?"));
        assertEquals("+CRSM:", ModemSession.prefixOf("AT+CRSM=176,28478,0,0,8"));
    }

    private static String ok() {
        return AutoModem.ok();
    }
}
