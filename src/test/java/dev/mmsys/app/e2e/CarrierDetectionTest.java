package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mmsys.carrier=auto} with nothing else configured: the first MMS reads the SIM (a Mint SIM, GID1 756D on
 * T-Mobile's network), picks the mint profile from config/carriers.yaml (APN Wholesale, IPV4V6, the MMSC on
 * port 80), and the message goes through a network where only that combination works.
 */
class CarrierDetectionTest {

    @TempDir
    Path dir;

    @Test
    void aMintSimIsRecognisedAndItsSettingsReachTheMmsc() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir, EmulatorSettings.forTests()
                .withProfile("mint-ipv4-blocked"));
             RunningApp app = RunningApp.start(dir, Map.of("mmsys.modem.port", carrier.pty.path().toString()))) {
            assertTrue(app.app.beans().carrier().settings().isEmpty(), "not known before the first MMS");
            String id = new ObjectMapper().readTree(app.post("/api/messages",
                    "{\"to\":[\"+16195550100\"],\"text\":\"through Mint\"}").body()).get("id").asText();
            MessageStore store = new MessageStore(Spool.existing(app.spool));
            RunningApp.await("final", Duration.ofSeconds(60), () -> store.find(id).orElseThrow().state().isFinal());
            MessageRecord r = store.find(id).orElseThrow();
            assertEquals(MessageState.SENT, r.state(), r.history().toString());
            var s = app.app.beans().carrier().settings().orElseThrow();
            assertEquals("mint", s.profile().orElseThrow().id());
            assertEquals("Wholesale", s.apn().value());
            assertEquals("IPV4V6", s.pdpType().value().name());
            assertEquals("through Mint", carrier.requests().get(0).text().orElseThrow());
        }
    }
}
