package dev.mmsys.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.testing.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox route on the real application: good files become messages, bad ones are quarantined. */
class OutboxRouteTest {

    @TempDir
    Path dir;

    private static List<Path> list(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void goodFilesAreAcceptedAndBadOnesQuarantinedWithoutStoppingTheRest() throws Exception {
        try (RunningApp app = RunningApp.start(dir, Map.of("mmsys.modem.port", "tcp://127.0.0.1:1",
                "mmsys.retry.attempts", "1", "mmsys.fallback", "none"))) {
            Path outbox = app.spool.resolve("outbox");
            Files.writeString(outbox.resolve("a.txt.tmp"), "To: +16195550100\n\nnot yet");
            Files.writeString(outbox.resolve(".hidden.txt"), "To: +16195550100\n\nnever");
            Files.writeString(outbox.resolve("bad-1.txt"), "no recipient anywhere");
            Files.writeString(outbox.resolve("+16195550100_hello.txt"), "Hello from the outbox");
            Files.writeString(outbox.resolve("bad-2.json"), "{\"to\": 5}");
            Files.writeString(outbox.resolve("group.txt"), "To: +16195550100, +16195550101\nSubject: Hi\n\nGroup text");
            Files.writeString(outbox.resolve("m.json"), "{\"to\":[\"+16195550102\"],\"text\":\"json\"}");

            MessageStore store = new MessageStore(Spool.existing(app.spool));
            RunningApp.await("3 accepted and 2 quarantined", Duration.ofSeconds(20), () -> {
                try {
                    return store.list((p, e) -> { }).size() == 3 && list(app.spool.resolve("quarantine")).size() == 4
                            && list(outbox).size() == 2;
                } catch (Exception e) {
                    return false;
                }
            });
            List<MessageRecord> all = store.list((p, e) -> { });
            assertEquals(List.of("outbox:+16195550100_hello.txt", "outbox:group.txt", "outbox:m.json"),
                    all.stream().map(MessageRecord::source).sorted().toList());
            MessageRecord group = all.stream().filter(r -> r.source().equals("outbox:group.txt")).findFirst().orElseThrow();
            assertEquals(List.of("+16195550100", "+16195550101"), group.request().to());
            assertEquals("Hi", group.request().subject());

            Path q = app.spool.resolve("quarantine");
            assertEquals(List.of(q.resolve("bad-1.txt"), q.resolve("bad-1.txt.error.json"), q.resolve("bad-2.json"),
                    q.resolve("bad-2.json.error.json")), list(q));
            JsonNode err = Spool.JSON.readTree(q.resolve("bad-1.txt.error.json").toFile());
            assertTrue(err.get("error").asText().contains("names no recipient"), err.toString());
            assertEquals("to", Spool.JSON.readTree(q.resolve("bad-2.json.error.json").toFile()).get("field").asText());
            assertEquals(List.of(outbox.resolve(".hidden.txt"), outbox.resolve("a.txt.tmp")), list(outbox));
        }
    }
}
