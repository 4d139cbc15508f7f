package dev.mmsys.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.MmsVersion;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;
import dev.mmsys.mms.SendReq;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A carrier MMSC as a real HTTP server on the loopback: takes M-Send.req POSTs (decoded strictly with the MMS
 * codec), answers M-Send.conf. What it answers is scripted per request ({@link #script}) or set for all
 * ({@link #mode}). Test scaffolding until the emulator branch's MMSC emulator lands.
 */
public final class TestMmsc implements AutoCloseable {

    public enum Mode { OK, TRANSIENT, PERMANENT, HTTP_503 }

    /** One accepted or refused submission. */
    public record Received(byte[] pdu, SendReq request, Mode answered, String messageId) {
    }

    public final Queue<Mode> script = new ConcurrentLinkedQueue<>();
    public volatile Mode mode = Mode.OK;
    /** How long the MMSC takes to answer each submission (a carrier's latency). */
    public volatile Duration latency = Duration.ZERO;
    private final List<Received> received = new ArrayList<>();
    private final HttpServer server;
    private int count;

    public TestMmsc() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", server.getAddress().getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        Mode m = script.poll();
        if (m == null) {
            m = mode;
        }
        SendReq req;
        try {
            req = MmsDecoder.strict().decode(body, SendReq.class);
        } catch (RuntimeException e) {
            respond(ex, 400, "text/plain", ("not an M-Send.req: " + e.getMessage()).getBytes());
            return;
        }
        String messageId;
        synchronized (this) {
            count++;
            messageId = "mid-" + count;
            received.add(new Received(body, req, m, m == Mode.OK ? messageId : null));
            notifyAll();
        }
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (m == Mode.HTTP_503) {
            respond(ex, 503, "text/plain", "busy".getBytes());
            return;
        }
        ResponseStatus status = switch (m) {
            case OK -> ResponseStatus.OK;
            case TRANSIENT -> ResponseStatus.TRANSIENT_NETWORK_PROBLEM;
            default -> ResponseStatus.PERMANENT_SERVICE_DENIED;
        };
        SendConf.Builder conf = SendConf.builder().transactionId(req.transactionId().orElse("none"))
                .version(MmsVersion.V1_2).responseStatus(status);
        if (m == Mode.OK) {
            conf.messageId(messageId);
        }
        respond(ex, 200, "application/vnd.wap.mms-message", MmsEncoder.encode(conf.build()));
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code n} submissions arrived; fails after {@code timeout}. */
    public synchronized List<Received> await(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (received.size() < n) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the MMSC got " + received.size() + " submissions, not " + n);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
