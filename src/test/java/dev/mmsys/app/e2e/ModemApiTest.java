package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/modem: the component's info operation through the pty, and a clear 503 when no modem answers. */
class ModemApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void reportsTheModemAndTheCarrierSettings() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir);
             RunningApp app = RunningApp.start(dir, carrier.settings())) {
            HttpResponse<String> r = app.get("/api/modem");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode m = JSON.readTree(r.body());
            assertTrue(m.get("registered").asBoolean(), r.body());
            assertEquals(carrier.modem.profile().operator().longName(), m.get("operator").asText(), r.body());
            assertEquals("mms.carrier", m.at("/carrierSettings/apn/value").asText(), r.body());
        }
    }

    @Test
    void noModemIsA503ThatSaysWhatToCheck() throws Exception {
        try (RunningApp app = RunningApp.start(dir, Map.of("mmsys.modem.port", "tcp://127.0.0.1:1",
                "mmsys.apn", "x", "mmsys.mmsc.url", "http://mmsc.example/mms"))) {
            HttpResponse<String> r = app.get("/api/modem");
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains("mmsys.modem.port"), r.body());
        }
    }
}
