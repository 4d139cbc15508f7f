package dev.mmsys.app.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.testing.RunningApp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.apache.camel.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP on the real application (delivery fails fast: no modem is reachable). */
class RestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token";
    private static final String AUTH = "Bearer " + TOKEN;
    private static final String GOOD = "{\"to\":[\"+16195550100\"],\"text\":\"Hello from REST\"}";

    @TempDir
    static Path dir;
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(dir, Map.of("mmsys.rest.token", TOKEN, "mmsys.rest.max-body-size", "4KB",
                "mmsys.modem.port", "tcp://127.0.0.1:1", "mmsys.retry.attempts", "1", "mmsys.fallback", "none"));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void postAnswers202OnlyWithTheMessageOnDisk() throws Exception {
        HttpResponse<String> r = app.post("/api/messages", GOOD, "Authorization", AUTH);
        assertEquals(202, r.statusCode(), r.body());
        String id = json(r).get("id").asText();
        assertEquals("queued", json(r).get("status").asText());
        assertEquals("/api/messages/" + id, r.headers().firstValue("Location").orElseThrow());
        assertTrue(Files.exists(app.spool.resolve("messages").resolve(id + ".json")));

        HttpResponse<String> g = app.get("/api/messages/" + id, "Authorization", AUTH);
        assertEquals(200, g.statusCode());
        assertEquals(id, json(g).get("id").asText());
        assertEquals("+16195550100", json(g).at("/to/0").asText());
        assertEquals("accepted", json(g).at("/history/0/event").asText());
    }

    @Test
    void noCamelOrRequestHeadersLeakIntoAnswers() throws Exception {
        HttpResponse<String> r = app.post("/api/messages", GOOD, "Authorization", AUTH, "Idempotency-Key", "leak-1",
                "X-Custom", "x");
        Set<String> names = new HashSet<>();
        r.headers().map().keySet().forEach(k -> names.add(k.toLowerCase(Locale.ROOT)));
        for (String n : names) {
            assertFalse(n.startsWith("camel") || n.startsWith("mmsys") || n.equals("authorization")
                    || n.equals("idempotency-key") || n.equals("x-custom") || n.equals("cookie"), "leaked: " + n);
        }
        assertTrue(names.contains("content-type"));
    }

    @Test
    void tokenIsRequiredAndCheckedButHealthAndOpenApiAreOpen() throws Exception {
        HttpResponse<String> none = app.post("/api/messages", GOOD);
        assertEquals(401, none.statusCode());
        assertEquals("Authorization", json(none).get("field").asText());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, app.post("/api/messages", GOOD, "Authorization", "Bearer wrong").statusCode());
        assertEquals(401, app.get("/api/messages", "Authorization", "Basic " + TOKEN).statusCode());
        assertEquals(401, app.get("/api/messages/x").statusCode());
        assertEquals(200, app.get("/api/health").statusCode());
        assertEquals(200, app.get("/api/openapi.json").statusCode());
    }

    @Test
    void idempotencyKeyGivesTheSameIdAndRefusesADifferentBody() throws Exception {
        HttpResponse<String> a = app.post("/api/messages", GOOD, "Authorization", AUTH, "Idempotency-Key", "k-42");
        HttpResponse<String> b = app.post("/api/messages", GOOD, "Authorization", AUTH, "Idempotency-Key", "k-42");
        assertEquals(202, b.statusCode());
        assertEquals(json(a).get("id"), json(b).get("id"));
        HttpResponse<String> c = app.post("/api/messages", GOOD.replace("Hello", "Bye"), "Authorization", AUTH,
                "Idempotency-Key", "k-42");
        assertEquals(422, c.statusCode());
        assertEquals("Idempotency-Key", json(c).get("field").asText());
        assertTrue(json(c).get("error").asText().contains(json(a).get("id").asText()));
        HttpResponse<String> d = app.post("/api/messages", GOOD, "Authorization", AUTH, "Idempotency-Key", "k-43");
        assertNotEquals(json(a).get("id"), json(d).get("id"));
    }

    @Test
    void badRequestsGetJsonErrorsNamingTheField() throws Exception {
        HttpResponse<String> r = app.post("/api/messages", "{\"to\":[\"nope\"],\"text\":\"x\"}", "Authorization", AUTH);
        assertEquals(400, r.statusCode());
        assertEquals("to[0]", json(r).get("field").asText());
        assertEquals(400, json(r).get("status").asInt());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> big = app.post("/api/messages", "{\"to\":[\"+16195550100\"],\"text\":\""
                + "a".repeat(5000) + "\"}", "Authorization", AUTH);
        assertEquals(413, big.statusCode());
        assertEquals("body", json(big).get("field").asText());

        HttpResponse<String> form = app.send(HttpRequest.newBuilder(app.uri("/api/messages"))
                .header("Authorization", AUTH).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("to=1&text=2")).build());
        assertEquals(415, form.statusCode());
        assertEquals("Content-Type", json(form).get("field").asText());

        assertEquals(404, app.get("/api/messages/20990101-000000-nothere", "Authorization", AUTH).statusCode());
        HttpResponse<String> nowhere = app.get("/nowhere");
        assertEquals(404, nowhere.statusCode());
        assertEquals("path", json(nowhere).get("field").asText());
        HttpResponse<String> delete = app.send(HttpRequest.newBuilder(app.uri("/api/messages")).DELETE().build());
        assertEquals(405, delete.statusCode());
        assertEquals("method", json(delete).get("field").asText());
        HttpResponse<String> state = app.get("/api/messages?state=lost", "Authorization", AUTH);
        assertEquals(400, state.statusCode());
        assertEquals("state", json(state).get("field").asText());
        HttpResponse<String> key = app.post("/api/messages", GOOD, "Authorization", AUTH, "Idempotency-Key",
                "x".repeat(300));
        assertEquals(400, key.statusCode());
        assertEquals("Idempotency-Key", json(key).get("field").asText());
    }

    @Test
    void listingFiltersByState() throws Exception {
        String id = json(app.post("/api/messages", GOOD, "Authorization", AUTH)).get("id").asText();
        JsonNode all = json(app.get("/api/messages?limit=1000", "Authorization", AUTH));
        assertTrue(all.findValuesAsText("id").contains(id));
        JsonNode sent = json(app.get("/api/messages?state=sent", "Authorization", AUTH));
        assertFalse(sent.findValuesAsText("id").contains(id));
    }

    @Test
    void openApiDocumentsEveryRestOperationOfTheRoutes() throws Exception {
        JsonNode doc = json(app.get("/api/openapi.json"));
        assertEquals("3.0.3", doc.get("openapi").asText());
        Model model = app.app.context().getCamelContextExtension().getContextPlugin(Model.class);
        int operations = 0;
        for (RestDefinition rest : model.getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                String path = rest.getPath() + verb.getPath();
                JsonNode op = doc.at("/paths/" + path.replace("/", "~1") + "/" + verb.asVerb());
                assertFalse(op.isMissingNode(), verb.asVerb() + " " + path + " is not in openapi.json");
                operations++;
            }
        }
        int documented = 0;
        for (JsonNode p : doc.get("paths")) {
            documented += p.size();
        }
        assertEquals(operations, documented, "openapi.json documents operations the routes do not have");
    }
}
