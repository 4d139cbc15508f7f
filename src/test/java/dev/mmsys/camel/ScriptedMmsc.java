package dev.mmsys.camel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;
import dev.mmsys.mms.SendReq;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test scaffolding standing in for an MMSC: a real HTTP server (JDK) that decodes each POSTed M-Send.req with the
 * MMS codec and answers an M-Send.conf with the same Transaction-ID; scripted answers (a status, an HTTP error)
 * are used once each, in order. Records every request as received.
 */
public final class ScriptedMmsc implements AutoCloseable {

    /** One scripted answer: an HTTP status and, for 200, the M-Send.conf's response status. */
    public record Answer(int httpStatus, int responseStatus, String responseText) {
    }

    /** A request as the server saw it. */
    public record Request(String method, String target, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    public ScriptedMmsc() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", this::handle);
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public synchronized ScriptedMmsc then(Answer a) {
        script.add(a);
        return this;
    }

    private synchronized Answer next() {
        Answer a = script.poll();
        return a != null ? a : new Answer(200, ResponseStatus.OK.code(), null);
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().toString(),
                Map.copyOf(ex.getRequestHeaders()), body));
        Answer a = next();
        byte[] answer;
        String type = "application/vnd.wap.mms-message";
        if (a.httpStatus() != 200) {
            answer = ("error " + a.httpStatus()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            type = "text/plain";
        } else {
            String tid;
            try {
                tid = MmsDecoder.strict().decode(body, SendReq.class).transactionId().orElse("none");
            } catch (RuntimeException e) {
                tid = "undecodable";
            }
            SendConf.Builder b = SendConf.builder().transactionId(tid)
                    .responseStatus(new ResponseStatus(a.responseStatus()));
            if (a.responseStatus() == ResponseStatus.OK.code()) {
                b.messageId("msg-" + ids.incrementAndGet());
            }
            if (a.responseText() != null) {
                b.responseText(a.responseText());
            }
            answer = MmsEncoder.encode(b.build());
        }
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Connection", "close");
        ex.sendResponseHeaders(a.httpStatus(), answer.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(answer);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
