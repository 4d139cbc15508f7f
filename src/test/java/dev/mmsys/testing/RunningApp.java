package dev.mmsys.testing;

import dev.mmsys.app.MmsysApplication;
import dev.mmsys.app.MmsysConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The real MMSYS service (camel-main, routes/*.yaml, REST on a free port) over a temporary spool, for tests.
 * Close it to stop Camel.
 */
public final class RunningApp implements AutoCloseable {

    public final MmsysApplication app;
    public final int httpPort;
    public final Path spool;
    // HTTP/1.1 as curl speaks it; (an h2c upgrade request over the size limit is refused by Vert.x before any
    // route, with a plain-text 413)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RunningApp(MmsysApplication app, int httpPort, Path spool) {
        this.app = app;
        this.httpPort = httpPort;
        this.spool = spool;
    }

    /** Starts the service with {@code settings} over the defaults (spool under {@code dir}). */
    public static RunningApp start(Path dir, Map<String, String> settings) throws Exception {
        int port = freePort();
        Map<String, String> s = new LinkedHashMap<>();
        s.put("mmsys.spool.dir", dir.resolve("spool").toString());
        s.put("camel.server.port", String.valueOf(port));
        s.put("mmsys.outbox.min-age", "0ms");
        s.put("mmsys.outbox.poll-interval", "100ms");
        s.putAll(settings);
        MmsysApplication app = MmsysApplication.service(MmsysConfig.defaults().with(s));
        app.start();
        return new RunningApp(app, port, dir.resolve("spool"));
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** Waits for {@code condition} with a deadline, polling; fails with {@code what} when it never holds. */
    public static void await(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + deadline.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        app.close();
    }
}
