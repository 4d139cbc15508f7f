package dev.mmsys.modem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Test scaffolding: a scripted SIM7600 on a {@link ScriptedPeer} that answers the session's routine commands
 * the way the reference transcripts show (echo off after ATE0, numeric errors), with per-test overrides.
 * Answers are literal byte strings from {@code reference/sim7600-at.md}; it is not an emulator (no state
 * beyond what a test sets).
 */
final class AutoModem implements AutoCloseable {

    private final ScriptedPeer peer;
    private final Map<String, Function<String, String>> rules = new ConcurrentHashMap<>();
    final List<String> commands = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream cipsendData = new ByteArrayOutputStream();
    final List<String> smsPdus = new CopyOnWriteArrayList<>();
    private volatile Function<byte[], String> afterCipsendData = null;
    private volatile Function<Integer, String> cmgsResult = null;
    final ByteArrayOutputStream transparentData = new ByteArrayOutputStream();
    private volatile Transparent transparent;

    /** A transparent-mode connection: after CONNECT, read the request, answer, then close or await +++. */
    record Transparent(String cipopen, int requestLength, byte[] response, boolean serverCloses) {
    }
    private volatile boolean echo = true;
    private int mr = 40;
    private final Thread thread;
    private volatile IOException failure;

    AutoModem(ScriptedPeer peer) {
        this.peer = peer;
        on("AT", c -> ok());
        on("ATE0", c -> {
            String r = echoOf(c) + ok();
            echo = false;
            return r;
        });
        on("ATE1", c -> {
            echo = true;
            return echoOf(c) + ok();
        });
        on("AT+CMEE=1", c -> ok());
        on("ATI", c -> "\r\nManufacturer: SIMCOM INCORPORATED\r\nModel: SIMCOM_SIM7600G-H\r\nRevision: "
                + "LE20B04SIM7600G22\r\nIMEI: 861234567890123\r\n+GCAP: +CGSM\r\n\r\nOK\r\n");
        on("AT+CPIN?", c -> "\r\n+CPIN: READY\r\n\r\nOK\r\n");
        on("AT+CGMR", c -> "\r\n+CGMR: LE20B04SIM7600G22\r\n\r\nOK\r\n");
        on("AT+CSQ", c -> "\r\n+CSQ: 22,99\r\n\r\nOK\r\n");
        on("AT+CREG?", c -> "\r\n+CREG: 0,1\r\n\r\nOK\r\n");
        on("AT+CGREG?", c -> "\r\n+CGREG: 0,1\r\n\r\nOK\r\n");
        on("AT+CEREG?", c -> "\r\n+CEREG: 0,1\r\n\r\nOK\r\n");
        on("AT+COPS?", c -> "\r\n+COPS: 0,0,\"Mint\",7\r\n\r\nOK\r\n");
        on("AT+NETOPEN?", c -> "\r\n+NETOPEN: 0\r\n\r\nOK\r\n");
        on("AT+NETOPEN", c -> "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
        on("AT+IPADDR", c -> "\r\n+IPADDR: 10.71.155.118\r\n\r\nOK\r\n");
        on("AT+CGPADDR=1", c -> "\r\n+CGPADDR: 1,\"10.71.155.118\"\r\n\r\nOK\r\n");
        on("AT+CMGF=0", c -> ok());
        on("AT+CMMS=2", c -> ok());
        on("AT+CMMS=0", c -> ok());
        on("AT+CIMI", c -> "\r\n310260123456789\r\n\r\nOK\r\n");
        on("AT+CICCID", c -> "\r\n+ICCID: 8901260123456789012\r\n\r\nOK\r\n");
        on("AT+CRSM=176,28478,0,0,8", c -> "\r\n+CRSM: 108,4\r\n\r\nOK\r\n");
        on("AT+CRSM=176,28478,0,0,4", c -> "\r\n+CRSM: 144,0,\"756DFFFF\"\r\n\r\nOK\r\n");
        on("AT+CRSM=176,28486,0,0,17", c -> "\r\n+CRSM: 144,0,\"004D696E74FFFFFFFFFFFFFFFFFFFFFFFF\"\r\n\r\nOK\r\n");
        on("AT+CNUM", c -> "\r\n+CNUM: \"\",\"+16195550100\",145\r\n\r\nOK\r\n");
        thread = new Thread(this::run, "auto-modem");
        thread.setDaemon(true);
    }

    /** Starts answering; install the rules first, or the host's commands may meet the defaults. */
    AutoModem serve() {
        thread.start();
        return this;
    }

    static String ok() {
        return "\r\nOK\r\n";
    }

    private String echoOf(String c) {
        return echo ? c + "\r" : "";
    }

    /** Answer {@code command} (exact text, or a prefix ending in '*') with what {@code reply} returns. */
    AutoModem on(String command, Function<String, String> reply) {
        rules.put(command, reply);
        return this;
    }

    /** What to answer after CIPSEND data (default OK and a full confirmation). */
    AutoModem afterCipsend(Function<byte[], String> reply) {
        afterCipsendData = reply;
        return this;
    }

    /** What to answer after the n-th (0-based) SMS PDU; null answers the default +CMGS: <mr>. */
    AutoModem cmgsResult(Function<Integer, String> reply) {
        cmgsResult = reply;
        return this;
    }

    AutoModem transparent(Transparent t) {
        transparent = t;
        return this;
    }

    void push(String bytes) throws IOException {
        peer.send(bytes);
    }

    void push(byte[] bytes) throws IOException {
        peer.send(bytes);
    }

    private Function<String, String> rule(String c) {
        Function<String, String> r = rules.get(c);
        if (r != null) {
            return r;
        }
        for (var e : rules.entrySet()) {
            if (e.getKey().endsWith("*") && c.startsWith(e.getKey().substring(0, e.getKey().length() - 1))) {
                return e.getValue();
            }
        }
        return null;
    }

    private void run() {
        try {
            while (true) {
                String c = peer.nextLine();
                if (c.isEmpty()) {
                    continue;
                }
                commands.add(c);
                String e = echo && !c.startsWith("ATE") ? c + "\r" : "";
                if (c.startsWith("AT+CIPSEND=") && rule(c) == null) {
                    String[] f = c.substring(11).split(",");
                    int n = Integer.parseInt(f[1]);
                    peer.send(e + "\r\n>");
                    byte[] data = peer.readBytes(n);
                    cipsendData.writeBytes(data);
                    Function<byte[], String> after = afterCipsendData;
                    peer.send(after != null ? after.apply(data)
                            : "\r\nOK\r\n\r\n+CIPSEND: " + f[0] + "," + n + "," + n + "\r\n");
                    continue;
                }
                if (c.startsWith("AT+CMGS=") && rule(c) == null) {
                    peer.send(e + "\r\n> ");
                    ByteArrayOutputStream pdu = new ByteArrayOutputStream();
                    int b;
                    while ((b = peer.readBytes(1)[0]) != 0x1A) {
                        pdu.write(b);
                    }
                    smsPdus.add(pdu.toString(StandardCharsets.US_ASCII));
                    String custom = cmgsResult == null ? null : cmgsResult.apply(smsPdus.size() - 1);
                    peer.send(custom != null ? custom : "\r\n+CMGS: " + (mr++) + "\r\n\r\nOK\r\n");
                    continue;
                }
                Transparent t = transparent;
                if (t != null && c.equals(t.cipopen())) {
                    peer.send(e + "\r\nCONNECT 115200\r\n");
                    transparentData.writeBytes(peer.readBytes(t.requestLength()));
                    peer.send(t.response());
                    if (t.serverCloses()) {
                        peer.send("\r\nCLOSED\r\n");
                    } else {
                        byte[] esc = peer.readBytes(3);
                        if (!new String(esc, StandardCharsets.US_ASCII).equals("+++")) {
                            throw new AssertionError("expected +++ but got "
                                    + new String(esc, StandardCharsets.ISO_8859_1));
                        }
                        commands.add("+++");
                        peer.send("\r\nOK\r\n");
                    }
                    continue;
                }
                Function<String, String> r = rule(c);
                String reply = r == null ? "\r\nOK\r\n" : r.apply(c);
                peer.send((c.startsWith("ATE") ? "" : e) + reply);
            }
        } catch (IOException | AssertionError ex) {
            failure = ex instanceof IOException io ? io : new IOException(ex);
        }
    }

    @Override
    public void close() throws IOException {
        peer.close();
    }
}
