package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.emulator.MmscResponse;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the application (a separate JVM running {@code mmsys run}) in the middle of a batch, then
 * a restart: every message reaches exactly one final state; at most the message in flight is sent twice, and
 * that is recorded.
 */
class KillRestartTest {

    private static final int MESSAGES = 30;

    @TempDir
    Path dir;

    private Process launch(EmulatedCarrier carrier, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dmmsys.home=" + Path.of("").toAbsolutePath(), "dev.mmsys.app.Mmsys", "run"));
        Map<String, String> s = new java.util.LinkedHashMap<>(carrier.settings());
        s.put("mmsys.spool.dir", dir.resolve("spool").toString());
        s.put("camel.server.port", String.valueOf(RunningApp.freePort()));
        s.put("mmsys.outbox.min-age", "0ms");
        s.put("mmsys.outbox.poll-interval", "100ms");
        s.forEach((k, v) -> cmd.addAll(List.of("--set", k + "=" + v)));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                log.toFile())).start();
    }

    @Test
    void killedMidBatchThenRestartedLosesNothing() throws Exception {
        Path outbox = dir.resolve("spool").resolve("outbox");
        Files.createDirectories(outbox);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            String text = "Batch message #" + i + ". " + "Nothing may ever be lost. ".repeat(10).strip();
            texts.add(text);
            Files.writeString(outbox.resolve(String.format("m%02d.txt", i)), "To: +1619555" + String.format("%04d", i)
                    + "\n\n" + text);
        }
        Path log = dir.resolve("mmsys.log");
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            // the kill lands while a POST waits for its answer
            carrier.mmsc.script().always(MmscResponse.slow(Duration.ofMillis(150)));
            Process first = launch(carrier, log);
            try {
                carrier.mmsc.await(8, Duration.ofSeconds(60));
            } finally {
                first.destroyForcibly();        // SIGKILL: no shutdown hook, no clean stop
                assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            }
            int beforeRestart = carrier.mmsc.received().size();
            // mid-batch: at least the awaited 8 reached the MMSC, and not all of them (the rest is left to the restart)
            assertTrue(beforeRestart >= 8 && beforeRestart < MESSAGES, "the kill happened mid-batch: "
                    + beforeRestart + " of " + MESSAGES + " messages had reached the MMSC");
            carrier.mmsc.script().always(MmscResponse.ok());

            Process second = launch(carrier, log);
            try {
                MessageStore store = new MessageStore(Spool.existing(dir.resolve("spool")));
                RunningApp.await("every message final after the restart", Duration.ofSeconds(90), () -> {
                    List<MessageRecord> all = store.list((p, e) -> { });
                    // the record turns final first, its receipt is written from it right after
                    return all.size() == MESSAGES && all.stream().allMatch(r -> r.state().isFinal()
                            && Files.exists(dir.resolve("spool/sent").resolve(r.id() + ".json")));
                });
                List<MessageRecord> all = store.list((p, e) -> { });
                assertTrue(all.stream().allMatch(r -> r.state() == MessageState.SENT), () -> all.stream()
                        .filter(r -> r.state() != MessageState.SENT).map(r -> r.id() + " " + r.history()).toList().toString());
                for (MessageRecord r : all) {
                    boolean sent = Files.exists(dir.resolve("spool/sent").resolve(r.id() + ".json"));
                    boolean failed = Files.exists(dir.resolve("spool/failed").resolve(r.id() + ".json"));
                    assertTrue(sent && !failed, r.id() + ": exactly one receipt, in sent/");
                }
                Map<String, Long> copies = carrier.requests().stream()
                        .collect(Collectors.groupingBy(m -> m.text().orElseThrow(), Collectors.counting()));
                assertEquals(new java.util.HashSet<>(texts), copies.keySet(), "every text reached the MMSC");
                List<String> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
                assertTrue(twice.size() <= 1, "at most the message in flight was sent twice: " + twice.size());
                assertTrue(copies.values().stream().allMatch(n -> n <= 2));
                Function<String, MessageRecord> byText = t -> all.stream().filter(r -> r.request().text().equals(t))
                        .findFirst().orElseThrow();
                for (String t : twice) {
                    MessageRecord r = byText.apply(t);
                    assertTrue(r.possibleDuplicate(), r.id() + " was sent twice: it must say so");
                    assertTrue(r.history().stream().anyMatch(h -> h.event().equals("interrupted")), r.history().toString());
                }
                long flagged = all.stream().filter(MessageRecord::possibleDuplicate).count();
                // the kill lands while the MMSC holds its answer, so exactly one attempt was in flight
                assertEquals(1, flagged, "messages flagged as possible duplicates");
                assertEquals(1, twice.size(), "the in-flight message reached the MMSC twice");
                try (Stream<Path> left = Files.list(outbox)) {
                    assertEquals(0, left.count(), "the outbox is empty");
                }
                assertEquals(MESSAGES + 1, carrier.mmsc.received().size(),
                        "every message once, the one in flight at the kill twice");
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n--- application log (tail) ---\n" + tail(log), e);
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
