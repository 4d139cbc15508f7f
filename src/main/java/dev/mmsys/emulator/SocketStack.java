package dev.mmsys.emulator;

import dev.mmsys.carrier.PdpType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIM7600's TCP/IP stack (reference §4, §5): the network state of AT+NETOPEN, links 0-9 and their real TCP
 * connections, the receive paths (push with {@code +IPD}, buffered with {@code +CIPRXGET}, transparent), and the
 * stack's settings. Runs on the modem thread; the AT syntax is in {@link SocketCommands}.
 */
final class SocketStack {

    private static final Logger LOG = LoggerFactory.getLogger(SocketStack.class);
    static final int LINKS = 10;
    /** Host backlog at which pushed data waits (about 1.4 s of line time at 115200). */
    private static final long HOST_BACKLOG_LIMIT = 16 * 1024;

    enum Net { CLOSED, OPENING, OPEN }

    enum LinkState {
        IDLE,
        CONNECTING,
        CONNECTED,
        /** The server closed the link ({@code +IPCLOSE: <l>,1}); buffered data stays readable until CIPCLOSE. */
        PEER_CLOSED
    }

    /** One of the ten links. */
    final class Link {
        final int id;
        LinkState state = LinkState.IDLE;
        String host = "";
        String ip = "";
        int port;
        long attempt;
        LinkConnection conn;
        final ByteQueue received = new ByteQueue();
        boolean rxUrcSent;
        boolean sendPending;
        /**
         * What the peer did (data, close) while a {@code +CIPSEND:} was pending. A real modem reports the send
         * within 10-100 ms, long before an answer can come back over the air; the local servers here answer
         * faster than that, so their events wait for the report to keep the modem's order.
         */
        final java.util.ArrayDeque<Runnable> afterSendReport = new java.util.ArrayDeque<>();
        int peerCloseAfter = -1;
        /** The peer stopped acknowledging ({@link ModemFaults#stallNextSend}): nothing reaches it any more. */
        boolean stalled;
        /** The length of the payload whose {@code +CIPSEND:} report is pending. */
        int pendingLength;

        Link(int id) {
            this.id = id;
        }

        boolean connected() {
            return state == LinkState.CONNECTED;
        }

        /** Takes everything buffered (transparent mode: delivered on ATO). */
        byte[] takeReceived() {
            byte[] b = received.take(received.size());
            if (conn != null) {
                conn.released(b.length);
            }
            return b;
        }

        /** Takes up to {@code n} buffered octets (CIPRXGET). */
        byte[] read(int n) {
            byte[] b = received.take(Math.min(n, received.size()));
            if (conn != null) {
                conn.released(b.length);
            }
            if (received.isEmpty()) {
                rxUrcSent = false;
            }
            return b;
        }

        private void reset() {
            if (conn != null) {
                conn.close();
            }
            conn = null;
            state = LinkState.IDLE;
            received.clear();
            rxUrcSent = false;
            sendPending = false;
            afterSendReport.clear();
            peerCloseAfter = -1;
            stalled = false;
            attempt++;
        }
    }

    private final ModemCore core;
    final Link[] links = new Link[LINKS];

    Net net = Net.CLOSED;
    private long netAttempt;
    /** +CIPEVENT: NETWORK CLOSED UNEXPECTEDLY happened; the stack stays "open" until AT+NETCLOSE. */
    boolean networkLost;
    boolean transparentSession;
    PdpType netType = PdpType.IP;

    // settings (reference §4), factory defaults
    int cipMode;
    int sendMode;
    int[] ccfg = {10, 0, 0, 1, 0, 0, 500};
    int[] timeouts = {120000, 120000, 120000};
    int cipHead = 1;
    int cipSrip = 1;
    int rxGet;
    int[] dnsSet = {3, 30000, 7};

    SocketStack(ModemCore core) {
        this.core = core;
        for (int i = 0; i < LINKS; i++) {
            links[i] = new Link(i);
        }
    }

    boolean errModeText() {
        return ccfg[3] == 1;
    }

    /** The +IP ERROR line for {@code code}, numeric or text per AT+CIPCCFG's errMode. */
    String ipError(int code) {
        return "+IP ERROR: " + (errModeText() ? ErrorTexts.ip(code) : Integer.toString(code));
    }

    // ---- network -----------------------------------------------------------------------------------------

    /** NETOPEN was accepted: the result follows after the activation time. */
    void open(PdpContext ctx, boolean failByFault) {
        net = Net.OPENING;
        transparentSession = cipMode == 1;
        long attempt = ++netAttempt;
        core.schedule(core.timings().netOpen(), () -> {
            if (attempt != netAttempt || net != Net.OPENING) {
                return;
            }
            EmulatorProfile p = core.profile();
            boolean apnOk = p.acceptedApns().isEmpty() || ctx.apn.isEmpty()
                    || p.acceptedApns().stream().anyMatch(a -> a.equalsIgnoreCase(ctx.apn));
            if (failByFault || !core.state().registered(p) || !apnOk) {
                net = Net.CLOSED;
                core.urc("+NETOPEN: 1");
                return;
            }
            net = Net.OPEN;
            networkLost = false;
            netType = ctx.type;
            ctx.active = true;
            core.urc("+NETOPEN: 0");
        });
    }

    /** NETCLOSE: every link goes (without +IPCLOSE, reference §5.8), then +NETCLOSE: 0. */
    void close() {
        for (Link l : links) {
            l.reset();
        }
        net = Net.CLOSED;
        netAttempt++;
        networkLost = false;
        core.schedule(core.timings().netClose(), () -> core.urc("+NETCLOSE: 0"));
    }

    /** The bearer is lost: links close, +CIPEVENT: NETWORK CLOSED UNEXPECTEDLY, NETOPEN? still says 1. */
    void dropNetwork() {
        boolean transparentData = core.inTransparentData();
        for (Link l : links) {
            if (l.conn != null || l.state == LinkState.CONNECTING) {
                l.reset();
            }
        }
        if (net == Net.OPEN || net == Net.OPENING) {
            net = Net.OPEN;
            networkLost = true;
        }
        if (transparentData) {
            core.leaveTransparent("CLOSED");
        }
        core.urc("+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY");
    }

    /** Power loss / reboot: every connection is dropped silently. */
    void shutdown() {
        for (Link l : links) {
            l.reset();
        }
        net = Net.CLOSED;
        netAttempt++;
    }

    String address() {
        return netType == PdpType.IPV6 ? core.profile().ipv6Address() : core.profile().ipv4Address();
    }

    // ---- connect ------------------------------------------------------------------------------------------

    /** CIPOPEN was accepted for {@code link}: resolve, route, connect, then report. */
    void connect(Link link, String host, int port) {
        link.reset();
        link.state = LinkState.CONNECTING;
        link.host = host;
        link.port = port;
        long attempt = link.attempt;
        Timings t = core.timings();
        Integer injected = core.faults().takeCipopenError();
        Integer closeAfter = core.faults().takePeerClose();
        link.peerCloseAfter = closeAfter == null ? -1 : closeAfter;
        Duration dns = Duration.ZERO;
        String ip = host;
        if (!EmulatedNetwork.isIpv4(host)) {
            dns = t.dnsLookup();
            ip = core.network().resolve(host).orElse(null);
        }
        if (injected != null) {
            core.schedule(dns.plus(t.connect()), () -> failed(link, attempt, injected));
            return;
        }
        if (networkLost) {
            core.schedule(t.connect(), () -> failed(link, attempt, 1));
            return;
        }
        if (ip == null) {
            core.schedule(dns, () -> failed(link, attempt, 11));
            return;
        }
        link.ip = ip;
        EmulatedNetwork.Decision d = core.network().route(ip, port, netType);
        switch (d.reach()) {
            case CONNECT -> core.schedule(dns.plus(t.connect()), () -> realConnect(link, attempt, d.target()));
            case REFUSE -> core.schedule(dns.plus(t.connect()), () -> failed(link, attempt, 1));
            case BLACKHOLE -> core.schedule(dns.plus(t.timeout(timeouts[1])), () -> failed(link, attempt, 10));
            default -> throw new IllegalStateException(d.reach().toString());
        }
    }

    private void realConnect(Link link, long attempt, InetSocketAddress target) {
        long generation = core.generation();
        core.io().execute(() -> {
            Socket s = new Socket();
            try {
                s.setTcpNoDelay(true);
                s.connect(target, 5000);
            } catch (IOException e) {
                LOG.debug("local server {} refused: {}", target, e.toString());
                closeQuietly(s);
                core.post(() -> {
                    if (generation == core.generation()) {
                        failed(link, attempt, 1);
                    }
                });
                return;
            }
            core.post(() -> {
                if (generation != core.generation() || link.attempt != attempt
                        || link.state != LinkState.CONNECTING) {
                    closeQuietly(s);
                    return;
                }
                connected(link, s);
            });
        });
    }

    private void connected(Link link, Socket s) {
        LinkConnection conn = new LinkConnection(s, "sim7600-link" + link.id);
        link.conn = conn;
        link.state = LinkState.CONNECTED;
        long attempt = link.attempt;
        conn.start("sim7600-link" + link.id,
                data -> core.post(() -> afterPendingSendReport(link, () -> received(link, attempt, data))),
                () -> core.post(() -> afterPendingSendReport(link, () -> peerClosed(link, attempt))),
                () -> core.awaitHostRoom(HOST_BACKLOG_LIMIT));
        if (transparentSession) {
            core.finishDeferred(new FinalResult.Line("CONNECT " + core.connectRate()),
                    () -> core.enterTransparent(link));
        } else {
            core.urc("+CIPOPEN: " + link.id + ",0");
        }
    }

    private void failed(Link link, long attempt, int err) {
        if (link.attempt != attempt || link.state != LinkState.CONNECTING) {
            return;
        }
        link.reset();
        if (transparentSession) {
            core.finishDeferred(new FinalResult.Line("CONNECT FAIL"), () -> { });
        } else {
            core.urc("+CIPOPEN: " + link.id + "," + err);
        }
    }

    // ---- receive ------------------------------------------------------------------------------------------

    private void afterPendingSendReport(Link link, Runnable peerEvent) {
        if (link.sendPending && !transparentSession) {
            link.afterSendReport.add(peerEvent);
        } else {
            peerEvent.run();
        }
    }

    private void received(Link link, long attempt, byte[] data) {
        if (link.attempt != attempt || link.conn == null) {
            return;
        }
        if (link.stalled) {
            link.conn.released(data.length);    // the path is dead: nothing comes back either
            return;
        }
        boolean closeNow = false;
        if (link.peerCloseAfter >= 0) {
            if (data.length >= link.peerCloseAfter) {
                byte[] part = java.util.Arrays.copyOf(data, link.peerCloseAfter);
                link.conn.released(data.length - part.length);
                data = part;
                closeNow = true;
            } else {
                link.peerCloseAfter -= data.length;
            }
        }
        if (data.length > 0) {
            deliver(link, data);
        }
        if (closeNow) {
            link.conn.close();
            peerClosed(link, attempt);
        }
    }

    private void deliver(Link link, byte[] data) {
        if (transparentSession) {
            if (core.inTransparentData() && core.transparentLink() == link) {
                core.transparentData(data);
                link.conn.released(data.length);
            } else {
                link.received.add(data);
            }
            return;
        }
        if (rxGet == 1) {
            link.received.add(data);
            if (!link.rxUrcSent) {
                link.rxUrcSent = true;
                core.urc("+CIPRXGET: 1," + link.id);
            }
            return;
        }
        push(link, data);
        link.conn.released(data.length);
    }

    /** Push mode: {@code RECV FROM}, {@code +IPD<n>} (or {@code +RECEIVE,<l>,<n>}) and the raw block. */
    private void push(Link link, byte[] data) {
        StringBuilder head = new StringBuilder();
        if (cipSrip == 1 || cipHead == 1) {
            head.append("\r\n");
        }
        if (cipSrip == 1) {
            head.append("RECV FROM:").append(link.ip).append(':').append(link.port).append("\r\n");
        }
        if (cipHead == 1) {
            head.append(ccfg[4] == 1 ? "+RECEIVE," + link.id + "," + data.length : "+IPD" + data.length)
                    .append("\r\n");
        }
        core.emitRaw(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        core.emitRaw(data);
        if (core.settings().crlfAfterIpd()) {
            core.emit("\r\n");
        }
    }

    /** AT+CIPRXGET=0 after buffered mode: what is buffered goes out as pushed blocks of at most 1500. */
    void flushBufferedAsPush() {
        for (Link l : links) {
            while (!l.received.isEmpty()) {
                push(l, l.read(1500));
            }
        }
    }

    private void peerClosed(Link link, long attempt) {
        if (link.attempt != attempt || link.conn == null || link.stalled) {
            return;
        }
        link.conn.close();
        link.conn = null;
        if (transparentSession) {
            link.state = LinkState.IDLE;
            link.received.clear();
            if (core.inTransparentData() && core.transparentLink() == link) {
                core.leaveTransparent("CLOSED");
            } else {
                core.urc("CLOSED");
            }
            return;
        }
        link.state = LinkState.PEER_CLOSED;
        core.urc("+IPCLOSE: " + link.id + ",1");
    }

    /** Fault: the server of {@code id} closes now. */
    void closeByPeer(int id) {
        if (id < 0 || id >= LINKS) {
            return;
        }
        Link l = links[id];
        if (l.conn != null) {
            peerClosed(l, l.attempt);
        }
    }

    // ---- send ---------------------------------------------------------------------------------------------

    /** A complete CIPSEND payload: to the server, then {@code +CIPSEND: <l>,<req>,<cnf>} after the ack time. */
    void sent(Link link, byte[] data, boolean networkDrops) {
        LinkConnection conn = link.conn;
        long attempt = link.attempt;
        if (networkDrops) {
            link.sendPending = true;
            core.schedule(Duration.ZERO, () -> {
                core.urc("+CIPSEND: " + link.id + "," + data.length + ",-1");
                dropNetwork();
            });
            return;
        }
        if (!link.stalled && core.faults().takeStall()) {
            link.stalled = true;
            core.schedule(core.timings().timeout(timeouts[2]), () -> sendingTimedOut(link, attempt));
        }
        link.sendPending = true;
        link.pendingLength = data.length;
        if (link.stalled) {
            // taken into the stack's buffer, never delivered; mode 1 would report only after the peer's ACK
            if (sendMode == 0) {
                core.schedule(core.timings().sendConfirm(), () -> {
                    if (link.attempt == attempt && link.conn == conn && link.sendPending) {
                        sendReported(link, "+CIPSEND: " + link.id + "," + data.length + "," + data.length);
                    }
                });
            }
            return;
        }
        conn.send(data);
        Duration wait = core.timings().sendConfirm();
        if (sendMode == 1) {
            wait = wait.multipliedBy(3);     // mode 1 waits for the peer's TCP ACK: at least one round trip
        }
        core.schedule(wait, () -> {
            boolean alive = link.attempt == attempt && link.conn == conn && !conn.writeFailed();
            String report = "+CIPSEND: " + link.id + "," + data.length + "," + (alive ? data.length : -1);
            if (link.attempt == attempt) {
                sendReported(link, report);
            } else {
                core.urc(report);
            }
        });
    }

    /** The pending {@code +CIPSEND:} goes out; peer events held back for it follow. */
    private void sendReported(Link link, String report) {
        core.urc(report);
        link.sendPending = false;
        while (!link.sendPending && !link.afterSendReport.isEmpty()) {
            link.afterSendReport.poll().run();
        }
    }

    /** The stalled link's send timeout: an unreported payload fails, then {@code +IPCLOSE: <l>,2}. */
    private void sendingTimedOut(Link link, long attempt) {
        if (link.attempt != attempt || link.conn == null || !link.stalled) {
            return;
        }
        if (link.sendPending) {
            link.sendPending = false;
            core.urc("+CIPSEND: " + link.id + "," + link.pendingLength + ",-1");
        }
        link.afterSendReport.clear();
        link.conn.close();
        link.conn = null;
        link.state = LinkState.PEER_CLOSED;
        core.urc("+IPCLOSE: " + link.id + ",2");
    }

    void sendTransparent(Link link, byte[] data) {
        if (link != null && link.conn != null) {
            link.conn.send(data);
        }
    }

    /** CIPCLOSE of a connected link: OK now, +CIPCLOSE later. */
    void closeLink(Link link) {
        link.reset();
        boolean transparent = transparentSession;
        core.schedule(core.timings().close(), () -> {
            if (transparent) {
                core.urc("CLOSED");
            }
            core.urc("+CIPCLOSE: " + link.id + ",0");
        });
    }

    /** Forgets what a link still holds (CIPCLOSE of a link the peer already closed). */
    void discard(Link link) {
        link.reset();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
