package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.emulator.MmscEmulator;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.testing.RunningApp;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defaults: {@code mmsys.modem.port=emulator} runs the SIM7600 emulator in process (realistic timings: the
 * SIM is still busy right after boot, so the first attempt is retried) and its MMSC shows the bubbles.
 */
class BuiltInEmulatorTest {

    @TempDir
    Path dir;

    @Test
    void aFreshConfigurationSendsMmsThroughTheBuiltInEmulator() throws Exception {
        try (RunningApp app = RunningApp.start(dir, Map.of())) {
            String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(app.post("/api/messages",
                    "{\"to\":[\"+16195550100\"],\"text\":\"Hello <b>bubble</b> from the defaults\"}").body())
                    .get("id").asText();
            MessageStore store = new MessageStore(Spool.existing(app.spool));
            RunningApp.await("the message is final", Duration.ofSeconds(60),
                    () -> store.find(id).orElseThrow().state().isFinal());
            assertEquals(MessageState.SENT, store.find(id).orElseThrow().state(), store.find(id).toString());
            MmscEmulator mmsc = app.app.beans().emulator().orElseThrow().stack().mmsc();
            assertEquals("Hello <b>bubble</b> from the defaults",
                    EmulatedCarrier.decode(mmsc.received().get(0)).text().orElseThrow());
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(mmsc.pageUri()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("from the defaults"), page.body());
        }
    }
}
