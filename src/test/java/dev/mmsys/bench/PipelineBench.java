package dev.mmsys.bench;

import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.TcpModemServer;
import dev.mmsys.emulator.Timings;
import dev.mmsys.testing.RunningApp;
import dev.mmsys.emulator.EmulatorStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole pipeline as users run it: {@code mmsys run} in its own JVM with the launcher's JVM options and an
 * AppCDS archive (as {@code ./mmsys} records one), a zero-latency SIM7600 emulator served over TCP (as ser2net
 * would) and a zero-latency MMSC. Prints the time from launch to ready, the resident memory after start, and
 * messages per second from REST POST to receipt in {@code sent/}.
 */
public final class PipelineBench {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1000;
    private static final int LAUNCHES = 3;
    private static String detail = "";

    private PipelineBench() {
    }

    public static void run() throws Exception {
        // the stand-in carrier's one line per message is not what is measured
        System.setProperty("org.slf4j.simpleLogger.log.dev.mmsys.emulator", "warn");
        Path work = Files.createTempDirectory("mmsys-bench");
        EmulatorStack stack = EmulatorStack.start(EmulatorSettings.defaults().withBaudRate(0)
                .withTimings(Timings.instant()).withProfile("ideal"), work.resolve("mmsc"));
        try (TcpModemServer port = stack.modem().serveTcp(0)) {
            boolean launcher = jarIsFresh();
            List<String> opts = launcherOptions();
            if (launcher) {
                System.out.println("launching ./mmsys (its JVM options and AppCDS archive): " + String.join(" ", opts));
                Process t = launch(true, opts, work.resolve("cds-spool"), List.of("--check", "--set",
                        "camel.server.port=0"));   // the first start after a build records the archive
                drain(t);
                t.waitFor(180, TimeUnit.SECONDS);
            } else {
                System.out.println("target/mmsys.jar is missing or older than the classes: run ./mmsys --version "
                        + "first (it builds the jar and its AppCDS archive). Measuring from the class path with the "
                        + "launcher's JVM options but WITHOUT AppCDS: " + String.join(" ", opts));
            }
            List<Long> ready = new ArrayList<>();
            List<Long> rss = new ArrayList<>();
            List<Long> rates = new ArrayList<>();
            List<String> details = new ArrayList<>();
            for (int i = 0; i < LAUNCHES; i++) {
                int http = RunningApp.freePort();
                Path spool = work.resolve("spool-" + i);
                long t0 = System.nanoTime();
                Process app = launch(launcher, opts, spool, List.of("--set", "mmsys.modem.port=tcp://127.0.0.1:" + port.port(),
                        "--set", "mmsys.apn=mms.carrier", "--set", "mmsys.mmsc.url=http://mmsc.carrier.example/mms",
                        "--set", "camel.server.port=" + http));
                try {
                    awaitReady(app);
                    ready.add((System.nanoTime() - t0) / 1_000_000);
                    Thread.sleep(1000);
                    rss.add(rssKb(app.pid()) / 1024);
                    // each launch measures too: on a shared 2-core machine one run alone varies by a fifth
                    rates.add(Math.round(throughput(http, spool.resolve("sent"))));
                    details.add(detail);
                } finally {
                    app.destroy();
                    app.waitFor(30, TimeUnit.SECONDS);
                }
            }
            System.out.printf("launch to ready:  %s ms (median %d ms; target <= 1500)%n", ready, median(ready));
            System.out.printf("RSS after start:  %s MB (median %d MB; target <= 150)%n", rss, median(rss));
            System.out.printf("pipeline:         %s messages/s (median %d; target >= 200), REST POST to receipt in "
                    + "sent/, %d messages after %d to warm up, each launch%n", rates, median(rates), MEASURED, WARM_UP);
            details.forEach(System.out::println);
        } finally {
            stack.close();
            deleteTree(work);
        }
    }

    private static final int LARGE_SPOOL = 50_000;

    /**
     * A spool of a year of messages: {@value #LARGE_SPOOL} finished ones (with receipts) and a few still queued. Start
     * to ready (recovery reads every record once) and the memory after start, with the launcher's options.
     */
    public static void runLargeSpool() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.dev.mmsys.emulator", "warn");
        Path work = Files.createTempDirectory("mmsys-bench");
        try {
            Path spool = work.resolve("spool");
            dev.mmsys.app.spool.Spool sp = dev.mmsys.app.spool.Spool.open(spool);
            dev.mmsys.app.message.MessageRequest req = dev.mmsys.app.message.MessageRequest.of(
                    List.of("+16195550100"), "a long text that must arrive as one bubble. ".repeat(10));
            java.time.Instant t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < LARGE_SPOOL + 5; i++) {
                String id = String.format("20260101-%06d-bench%03d", i / 1000, i % 1000);
                var r = dev.mmsys.app.spool.MessageRecord.accepted(id, "rest", req, t0.plusSeconds(i));
                if (i < LARGE_SPOOL) {
                    r = r.attemptStarted("mms", null, t0).sentAsMms(new dev.mmsys.app.spool.MmsResult("T" + i,
                            "M" + i, "Ok"), t0.plusSeconds(i));
                    Files.write(sp.sent().resolve(id + ".json"), ("{\"id\":\"" + id + "\"}").getBytes());
                }
                Files.write(sp.messages().resolve(id + ".json"), dev.mmsys.app.spool.Spool.JSON.writeValueAsBytes(r));
            }
            boolean launcher = jarIsFresh();
            List<String> opts = launcherOptions();
            long t = System.nanoTime();
            // the modem is unplugged: the 5 queued messages wait; only the start is measured
            // mmsys.spool.keep-days=0: the records are kept, as by a spool that never expires them (the worst case)
            Process app = launch(launcher, opts, spool, List.of("--set", "mmsys.spool.keep-days=0",
                    "--set", "mmsys.modem.port=tcp://127.0.0.1:1",
                    "--set", "mmsys.apn=mms", "--set", "mmsys.mmsc.url=http://mmsc.example/mms",
                    "--set", "camel.server.port=" + RunningApp.freePort()));
            try {
                awaitReady(app);
                long ready = (System.nanoTime() - t) / 1_000_000;
                Thread.sleep(1000);
                System.out.printf("large spool:      %d records: launch to ready %d ms, RSS after start %d MB%s%n",
                        LARGE_SPOOL + 5, ready, rssKb(app.pid()) / 1024, launcher ? "" : " (without AppCDS)");
            } finally {
                app.destroy();
                app.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            deleteTree(work);
        }
    }

    /** The default options of ./mmsys (its default_opts line). */
    static List<String> launcherOptions() throws IOException {
        Matcher m = Pattern.compile("default_opts=\\(([^)]*)\\)").matcher(Files.readString(Path.of("mmsys")));
        if (!m.find()) {
            throw new IllegalStateException("./mmsys has no default_opts=(...) line");
        }
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    /** {@code ./mmsys run} (which execs java, so the pid is the JVM's), or java on the class path. */
    private static Process launch(boolean launcher, List<String> jvm, Path spool, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (launcher) {
            cmd.add(Path.of("mmsys").toAbsolutePath().toString());
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvm);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dmmsys.home=" + Path.of("")
                    .toAbsolutePath(), "dev.mmsys.app.Mmsys"));
        }
        cmd.addAll(List.of("run", "--set", "mmsys.spool.dir=" + spool));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("MMSYS_JAVA_OPTS");
        return pb.start();
    }

    /** Whether target/mmsys.jar is newer than every compiled class (so ./mmsys will not rebuild). */
    private static boolean jarIsFresh() throws IOException {
        Path jar = Path.of("target", "mmsys.jar");
        if (!Files.exists(jar) || !Files.isDirectory(Path.of("target", "lib"))) {
            return false;
        }
        long built = Files.getLastModifiedTime(jar).toMillis();
        try (Stream<Path> s = Files.walk(Path.of("src", "main"))) {
            return s.filter(Files::isRegularFile).allMatch(p -> p.toFile().lastModified() <= built)
                    && Path.of("pom.xml").toFile().lastModified() <= built;
        }
    }

    private static void awaitReady(Process app) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("mmsys: ready in")) {
                drain(app);
                return;
            }
        }
        throw new IllegalStateException("mmsys exited before it was ready (exit " + app.exitValue() + ")");
    }

    /** Keeps reading the process's output so it never blocks on a full pipe. */
    private static void drain(Process p) {
        Thread t = new Thread(() -> {
            try {
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static double throughput(int http, Path sent) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        post(client, http, WARM_UP, "warm-up");
        awaitCount(sent, WARM_UP);
        long t0 = System.nanoTime();
        post(client, http, MEASURED, "measured");
        double posted = (System.nanoTime() - t0) / 1e9;
        long meanwhile = count(sent) - WARM_UP;
        awaitCount(sent, WARM_UP + MEASURED);
        double all = (System.nanoTime() - t0) / 1e9;
        detail = String.format("                  (the %d POSTs took %.2f s, %d were delivered meanwhile; the rest at "
                + "%.0f/s)", MEASURED, posted, meanwhile, (MEASURED - meanwhile) / (all - posted));
        return MEASURED / all;
    }

    private static void post(HttpClient client, int http, int n, String label) {
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = "{\"to\":[\"+1619555" + String.format("%04d", i % 10000) + "\"],\"text\":\"" + label
                    + " message " + i + ": " + "a long text that must arrive as one bubble. ".repeat(10) + "\"}";
            pending.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/api/messages"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            if (pending.size() >= 8) {
                check(pending.remove(0).join());
            }
        }
        pending.forEach(f -> check(f.join()));
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 202) {
            throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static void awaitCount(Path dir, int n) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (count(dir) < n) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("only " + count(dir) + " of " + n + " receipts after 5 minutes");
            }
            Thread.sleep(10);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static long median(List<Long> l) {
        List<Long> s = l.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
