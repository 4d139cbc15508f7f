package dev.mmsys.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mmsys.mms.AcknowledgeInd;
import dev.mmsys.mms.MmsDecodeException;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.MmsException;
import dev.mmsys.mms.MmsPdu;
import dev.mmsys.mms.MmsVersion;
import dev.mmsys.mms.NotifyRespInd;
import dev.mmsys.mms.Part;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;
import dev.mmsys.mms.SendReq;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A carrier's MMSC as a real HTTP server: it takes {@code application/vnd.wap.mms-message} POSTs (origin-form,
 * and absolute-form as a proxy receives them), decodes each with the project's strict MMS decoder, stores the
 * PDU and a JSON summary, and answers an M-Send.conf with the request's Transaction-ID and a fresh Message-ID —
 * or whatever {@link #script()} says (HTTP 500/503, error statuses, slow, truncated, garbage).
 *
 * <p>With a proxy port it also plays the carrier's MMS proxy, which accepts only absolute-form requests for the
 * MMSC's host. {@code GET /} shows what was received, one bubble per MMS; {@code /messages.json},
 * {@code /messages/<id>.mms} and {@code /messages/<id>.json} give the stored files.
 */
public final class MmscEmulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MmscEmulator.class);
    static final String MMS_TYPE = "application/vnd.wap.mms-message";

    private final MmscSettings settings;
    private final MmscScript script = new MmscScript();
    private final ServerSocket mmsc;
    private final ServerSocket proxy;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mmsc-emulator");
        t.setDaemon(true);
        return t;
    });
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<ReceivedMms> received = new ArrayList<>();
    private final List<MmsPdu> indications = new ArrayList<>();
    private final List<Socket> open = new ArrayList<>();
    private final Random ids = new Random();
    private int sequence;
    private volatile boolean closed;

    private MmscEmulator(MmscSettings settings, ServerSocket mmsc, ServerSocket proxy) {
        this.settings = settings;
        this.mmsc = mmsc;
        this.proxy = proxy;
    }

    /** Starts listening on 127.0.0.1 (the MMSC, and the proxy when the settings have one). */
    public static MmscEmulator start(MmscSettings settings) throws IOException {
        Files.createDirectories(settings.storeDir());
        ServerSocket mmsc = listen(settings.port(), "MMSC");
        ServerSocket proxy = null;
        try {
            if (settings.proxyPort() >= 0) {
                proxy = listen(settings.proxyPort(), "MMS proxy");
            }
        } catch (IOException e) {
            mmsc.close();
            throw e;
        }
        MmscEmulator m = new MmscEmulator(settings, mmsc, proxy);
        m.acceptOn(mmsc, false);
        if (proxy != null) {
            m.acceptOn(proxy, true);
        }
        return m;
    }

    private static ServerSocket listen(int port, String what) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        try {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            s.close();
            throw new IOException("the " + what + " emulator cannot listen on 127.0.0.1:" + port + " ("
                    + e.getMessage() + "); choose another port", e);
        }
        return s;
    }

    /** The MMSC's address (where {@link Route#MMSC} destinations go). */
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), mmsc.getLocalPort());
    }

    /** The proxy's address, or null when there is none. */
    public InetSocketAddress proxyAddress() {
        return proxy == null ? null : new InetSocketAddress(InetAddress.getLoopbackAddress(), proxy.getLocalPort());
    }

    /** The page that shows the received messages. */
    public URI pageUri() {
        return URI.create("http://127.0.0.1:" + mmsc.getLocalPort() + "/");
    }

    public MmscSettings settings() {
        return settings;
    }

    /** How the next requests are answered. */
    public MmscScript script() {
        return script;
    }

    /** Every M-Send.req received so far, in order (refused ones included; see {@link ReceivedMms#delivered()}). */
    public List<ReceivedMms> received() {
        lock.lock();
        try {
            return List.copyOf(received);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at least {@code count} requests were received; IllegalStateException when {@code timeout} passes. */
    public List<ReceivedMms> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the MMSC received " + received.size() + " messages, not "
                            + count + ", within " + timeout);
                }
                arrived.await(left, TimeUnit.NANOSECONDS);
            }
            return List.copyOf(received);
        } finally {
            lock.unlock();
        }
    }

    // ---- connections -------------------------------------------------------------------------------------------

    private void acceptOn(ServerSocket server, boolean viaProxy) {
        Thread t = new Thread(() -> {
            while (!closed) {
                try {
                    Socket s = server.accept();
                    track(s);
                    connections.execute(() -> serve(s, viaProxy));
                } catch (IOException e) {
                    if (!closed) {
                        LOG.warn("MMSC emulator stopped accepting: {}", e.toString());
                    }
                    return;
                }
            }
        }, viaProxy ? "mms-proxy-emulator-accept" : "mmsc-emulator-accept");
        t.setDaemon(true);
        t.start();
    }

    private void track(Socket s) {
        lock.lock();
        try {
            open.add(s);
        } finally {
            lock.unlock();
        }
    }

    private void serve(Socket s, boolean viaProxy) {
        try (s) {
            s.setSoTimeout(120_000);
            OutputStream out = new BufferedOutputStream(s.getOutputStream());
            HttpRequestReader reader = new HttpRequestReader(new BufferedInputStream(s.getInputStream()),
                    MmscSettings.MAX_BODY, out);
            while (!closed) {
                HttpRequest req;
                try {
                    req = reader.read();
                } catch (HttpRequestReader.BadRequest e) {
                    text(out, e.status, e.getMessage());
                    return;
                }
                if (req == null) {
                    return;
                }
                boolean keep = handle(req, viaProxy, out);
                if (!keep || !settings.keepAlive() || req.wantsClose()) {
                    return;
                }
            }
        } catch (IOException e) {
            LOG.debug("MMSC emulator connection ended: {}", e.toString());
        } finally {
            lock.lock();
            try {
                open.remove(s);
            } finally {
                lock.unlock();
            }
        }
    }

    /** Answers one request; false when the connection must close afterwards. */
    private boolean handle(HttpRequest req, boolean viaProxy, OutputStream out) throws IOException {
        if (viaProxy) {
            if (!req.absoluteForm()) {
                return text(out, 400, "an MMS proxy takes absolute-form requests (POST http://<mmsc host>/<path>), "
                        + "not '" + req.target() + "'");
            }
            if (!settings.mmscHost().isEmpty() && !req.targetHost().equals(settings.mmscHost())) {
                return text(out, 502, "this MMS proxy reaches only " + settings.mmscHost() + ", not "
                        + req.targetHost());
            }
            return post(req, true, out);
        }
        if (req.method().equals("GET")) {
            return get(req, out);
        }
        if (req.method().equals("POST")) {
            return post(req, false, out);
        }
        return text(out, 405, "the MMSC takes POST (and GET for its pages), not " + req.method());
    }

    private boolean post(HttpRequest req, boolean viaProxy, OutputStream out) throws IOException {
        String want = settings.path();
        if (!want.isEmpty() && !want.equals("/") && !req.path().equals(want)) {
            return text(out, 404, "no MMSC at " + req.path() + "; the MMSC URL's path is " + want);
        }
        String type = req.header("Content-Type").orElse("");
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith(MMS_TYPE)) {
            return text(out, 415, "Content-Type must be " + MMS_TYPE + ", was '" + type + "'");
        }
        Incoming in = decode(req.body());
        if (in.pdu instanceof NotifyRespInd || in.pdu instanceof AcknowledgeInd) {
            // a phone's receive-side acknowledgement (or the doctor's probe): taken with an empty 200, as MMSCs do
            lock.lock();
            try {
                indications.add(in.pdu);
            } finally {
                lock.unlock();
            }
            return send(out, 200, MMS_TYPE, new byte[0]);
        }
        MmscResponse plan = script.take();
        if (in.transactionId == null) {
            store(req, viaProxy, in, plan, false, "", null);
            return text(out, 400, "the body is not an MMS PDU: " + in.error);
        }
        String messageId = newMessageId();
        ResponseStatus status = new ResponseStatus(plan.kind() == MmscResponse.Kind.STATUS ? plan.code() : 0x80);
        String responseText = null;
        if (in.error != null) {
            status = ResponseStatus.PERMANENT_MESSAGE_FORMAT_CORRUPT;
            responseText = in.error;
        } else if (req.body().length > settings.maxMessageSize()) {
            status = ResponseStatus.PERMANENT_CONTENT_NOT_ACCEPTED;
            responseText = "message size " + req.body().length + " is over the limit of " + settings.maxMessageSize();
        }
        boolean delivered = plan.delivers() && in.error == null && status.isOk();
        store(req, viaProxy, in, plan, delivered, delivered ? messageId : "", status);
        pause(plan.delay());
        byte[] conf = MmsEncoder.encode(confirmation(in, status, responseText, delivered ? messageId : null));
        return switch (plan.kind()) {
            case OK, STATUS -> mms(out, conf);
            case HTTP_ERROR -> text(out, plan.code(), plan.code() == 503 ? "service unavailable, try later"
                    : "internal error");
            case TRUNCATED -> {
                writeHead(out, 200, MMS_TYPE, conf.length);
                out.write(conf, 0, conf.length / 2);
                out.flush();
                yield false;
            }
            case GARBAGE -> {
                byte[] junk = new byte[45];
                new Random(sequence).nextBytes(junk);
                junk[0] = (byte) 0x3C;      // never 0x8C: no MMS PDU starts like this
                yield mms(out, junk);
            }
            case HANG_UP -> false;
        };
    }

    private static SendConf confirmation(Incoming in, ResponseStatus status, String text, String messageId) {
        SendConf.Builder b = SendConf.builder().transactionId(in.transactionId).version(in.version)
                .responseStatus(status);
        if (text != null) {
            b.responseText(text.length() > 200 ? text.substring(0, 200) : text);
        }
        if (messageId != null) {
            b.messageId(messageId);
        }
        return b.build();
    }

    /** The M-NotifyResp.ind and M-Acknowledge.ind PDUs received so far, oldest first. */
    public List<MmsPdu> indications() {
        lock.lock();
        try {
            return List.copyOf(indications);
        } finally {
            lock.unlock();
        }
    }

    /** What the decoders made of a body: the request, or the strict decoder's complaint. */
    private static final class Incoming {
        MmsPdu pdu;
        SendReq request;
        String transactionId;
        MmsVersion version = MmsVersion.V1_2;
        String error;
    }

    private static Incoming decode(byte[] body) {
        Incoming in = new Incoming();
        try {
            MmsPdu pdu = MmsDecoder.strict().decode(body);
            in.pdu = pdu;
            in.transactionId = pdu.transactionId().orElse(null);
            in.version = pdu.version();
            if (pdu instanceof SendReq r) {
                in.request = r;
            } else {
                in.error = "expected an M-Send.req, got " + pdu.type().label();
            }
            if (in.transactionId == null) {
                in.error = "the PDU has no X-Mms-Transaction-Id";
            }
            return in;
        } catch (MmsDecodeException e) {
            in.error = e.getMessage();
        } catch (RuntimeException e) {
            // the decoder is meant to throw only MmsDecodeException; anything else is still a refusal
            in.error = "undecodable: " + e;
        }
        try {
            // the strict decoder refused it: recover the Transaction-ID to answer with a proper error status
            MmsPdu lenient = MmsDecoder.lenient().decode(body);
            in.transactionId = lenient.transactionId().orElse(null);
            in.version = lenient.version();
        } catch (RuntimeException e) {
            in.transactionId = null;
        }
        return in;
    }

    private String newMessageId() {
        byte[] r = new byte[6];
        synchronized (ids) {
            ids.nextBytes(r);
        }
        return "mmsc-emu-" + HexFormat.of().formatHex(r);
    }

    private void store(HttpRequest req, boolean viaProxy, Incoming in, MmscResponse plan, boolean delivered,
                       String messageId, ResponseStatus status) throws IOException {
        lock.lock();
        try {
            int n = ++sequence;
            String id = String.format("%04d", n) + (messageId.isEmpty() ? "" : "-" + messageId);
            ObjectNode s = MmsSummary.JSON.createObjectNode();
            s.put("id", id);
            Instant at = Instant.now();
            s.put("receivedAt", at.toString());
            s.put("via", viaProxy ? "proxy" : "direct");
            s.put("requestTarget", req.target());
            s.put("host", req.header("Host").orElse(""));
            req.header("User-Agent").ifPresent(v -> s.put("userAgent", v));
            req.header("x-wap-profile").ifPresent(v -> s.put("xWapProfile", v));
            s.put("pduSize", req.body().length);
            if (in.request != null) {
                MmsSummary.describe(in.request, s);
            } else if (in.transactionId != null) {
                s.put("transactionId", in.transactionId);
            }
            if (in.error != null) {
                s.put("decodeError", in.error);
            }
            ObjectNode answer = s.putObject("answer");
            answer.put("mode", plan.label());
            if (status != null) {
                answer.put("responseStatus", String.format("0x%02X", status.code()));
                answer.put("responseStatusLabel", status.label());
            }
            if (!messageId.isEmpty()) {
                s.put("messageId", messageId);
            }
            s.put("delivered", delivered);
            Path pdu = settings.storeDir().resolve(id + ".mms");
            Files.write(pdu, req.body());
            Files.writeString(pdu.resolveSibling(id + ".json"),
                    MmsSummary.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(s), StandardCharsets.UTF_8);
            received.add(new ReceivedMms(id, at, viaProxy, req.target(), req.body(), s, plan, delivered, pdu));
            arrived.signalAll();
            LOG.info("MMSC emulator: {} {} ({} octets) answered {}", id, delivered ? "delivered" : "refused",
                    req.body().length, plan.label());
        } finally {
            lock.unlock();
        }
    }

    /** The "slow" answer: the modelled server latency. */
    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- pages ---------------------------------------------------------------------------------------------

    private boolean get(HttpRequest req, OutputStream out) throws IOException {
        String path = req.path();
        if (path.equals("/")) {
            byte[] html = MmscPage.render(received()).getBytes(StandardCharsets.UTF_8);
            return send(out, 200, "text/html; charset=utf-8", html);
        }
        if (path.equals("/messages.json")) {
            var array = MmsSummary.JSON.createArrayNode();
            received().forEach(m -> array.add(m.summary()));
            return send(out, 200, "application/json", MmsSummary.JSON.writeValueAsBytes(array));
        }
        for (ReceivedMms m : received()) {
            String base = "/messages/" + m.id();
            if (path.equals(base + ".mms")) {
                return send(out, 200, MMS_TYPE, m.pdu());
            }
            if (path.equals(base + ".json")) {
                return send(out, 200, "application/json", MmsSummary.JSON.writeValueAsBytes(m.summary()));
            }
            if (path.startsWith(base + "/parts/")) {
                return part(m, path.substring((base + "/parts/").length()), out);
            }
        }
        return text(out, 404, "nothing at " + path);
    }

    private boolean part(ReceivedMms m, String index, OutputStream out) throws IOException {
        try {
            int i = Integer.parseInt(index);
            List<Part> parts = MmsDecoder.strict().decode(m.pdu(), SendReq.class).content().parts();
            if (i >= 0 && i < parts.size()) {
                Part p = parts.get(i);
                return send(out, 200, p.contentType().mediaType(), p.data());
            }
        } catch (NumberFormatException | MmsException e) {
            // not a part of a decodable message
        }
        return text(out, 404, "no part " + index + " in message " + m.id());
    }

    // ---- writing -------------------------------------------------------------------------------------------

    private boolean mms(OutputStream out, byte[] body) throws IOException {
        return send(out, 200, MMS_TYPE, body);
    }

    private boolean text(OutputStream out, int status, String message) throws IOException {
        send(out, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
        return status < 400;
    }

    private boolean send(OutputStream out, int status, String type, byte[] body) throws IOException {
        writeHead(out, status, type, body.length);
        out.write(body);
        out.flush();
        return true;
    }

    private void writeHead(OutputStream out, int status, String type, int length) throws IOException {
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + length + "\r\n" + (settings.keepAlive() ? "" : "Connection: close\r\n")
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    /** Stops listening and drops open connections. */
    @Override
    public void close() {
        closed = true;
        try {
            mmsc.close();
            if (proxy != null) {
                proxy.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lock.lock();
        try {
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        } finally {
            lock.unlock();
        }
        connections.shutdownNow();
    }
}
