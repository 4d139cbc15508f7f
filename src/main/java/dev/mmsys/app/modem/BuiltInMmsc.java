package dev.mmsys.app.modem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mmsys.mms.EncodedString;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.MmsException;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;
import dev.mmsys.mms.SendReq;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The carrier MMSC behind the built-in emulator ({@code mmsys.modem.port=emulator}): a small HTTP server on the
 * loopback that takes M-Send.req POSTs, checks them with the MMS codec and answers M-Send.conf (Ok, or
 * Error-permanent-message-format-corrupt for what does not decode). {@code GET /} shows the last messages as
 * bubbles, so a dry run can be watched in a browser.
 */
public final class BuiltInMmsc implements AutoCloseable {

    private static final int KEEP = 200;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mmsys-builtin-mmsc");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Bubble> bubbles = new ArrayDeque<>();
    private int count;

    /** One message as the recipient's phone would show it. */
    public record Bubble(Instant at, List<String> to, String subject, String text, int attachments, String messageId) {
    }

    public BuiltInMmsc() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", server.getAddress().getPort());
    }

    /** Where to watch the bubbles. */
    public String pageUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public synchronized List<Bubble> bubbles() {
        return List.copyOf(bubbles);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (ex.getRequestMethod().equals("GET")) {
                respond(ex, 200, "text/html; charset=utf-8", page().getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readNBytes(8 * 1024 * 1024);
            }
            SendConf.Builder conf = SendConf.builder();
            try {
                SendReq req = MmsDecoder.lenient().decode(body, SendReq.class);
                String id = received(req);
                conf.transactionId(req.transactionId().orElse("none")).responseStatus(ResponseStatus.OK).messageId(id);
            } catch (MmsException e) {
                conf.transactionId("none").responseStatus(ResponseStatus.PERMANENT_MESSAGE_FORMAT_CORRUPT)
                        .responseText(e.getMessage());
            }
            respond(ex, 200, "application/vnd.wap.mms-message", MmsEncoder.encode(conf.build()));
        }
    }

    private synchronized String received(SendReq req) {
        count++;
        String id = "builtin-" + count;
        int attachments = (int) req.content().parts().stream()
                .filter(p -> !p.contentType().is("text/plain") && !p.contentType().is("application/smil")).count();
        bubbles.addFirst(new Bubble(Instant.now(), req.recipients(), req.subject().map(EncodedString::text)
                .orElse(null), req.text().orElse(""), attachments, id));
        while (bubbles.size() > KEEP) {
            bubbles.removeLast();
        }
        return id;
    }

    private String page() {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>MMSYS "
                + "built-in MMSC</title><meta http-equiv=\"refresh\" content=\"3\"><style>body{font-family:sans-serif;"
                + "max-width:40em;margin:2em auto}.b{background:#1f8bff;color:#fff;border-radius:1.2em;padding:.8em 1em;"
                + "margin:.3em 0 1.2em;white-space:pre-wrap}.m{color:#666;font-size:.85em}</style></head><body>"
                + "<h1>Messages received by the emulated carrier</h1>");
        List<Bubble> shown = new ArrayList<>(bubbles());
        if (shown.isEmpty()) {
            b.append("<p>None yet: drop a file into the outbox or POST to /api/messages.</p>");
        }
        for (Bubble m : shown) {
            b.append("<div class=\"m\">").append(html(m.at().toString())).append(" to ")
                    .append(html(String.join(", ", m.to()))).append(m.attachments() > 0 ? " · " + m.attachments()
                            + " attachment(s)" : "").append("</div><div class=\"b\">");
            if (m.subject() != null) {
                b.append("<b>").append(html(m.subject())).append("</b>\n");
            }
            b.append(html(m.text())).append("</div>");
        }
        return b.append("</body></html>").toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
