package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.delivery.Dispatcher;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.testing.RunningApp;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many messages waiting for a slow modem: the delivery queue holds only their ids, and when it is full REST refuses
 * new messages (503) before accepting them, so a 202 always means the message is on its way.
 */
class BacklogTest {

    @TempDir
    Path dir;

    @Test
    void aFullDeliveryQueueRefusesBeforeAcceptingAndKeepsWhatItAccepted() throws Exception {
        // a "modem" that takes the connection and never answers: the one message in the lane waits there
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception e) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (RunningApp app = RunningApp.start(dir, Map.of("mmsys.modem.port",
                    "tcp://127.0.0.1:" + silent.getLocalPort(), "mmsys.apn", "mms", "mmsys.mmsc.url",
                    "http://mmsc.example/mms", "mmsys.delivery.max-waiting", "2"))) {
                List<String> accepted = new ArrayList<>();
                List<JsonNode> refused = new ArrayList<>();
                ObjectMapper json = new ObjectMapper();
                for (int i = 0; i < 12; i++) {
                    HttpResponse<String> r = app.post("/api/messages",
                            "{\"to\":[\"+16195550100\"],\"text\":\"backlog " + i + "\"}");
                    if (r.statusCode() == 202) {
                        accepted.add(json.readTree(r.body()).get("id").asText());
                    } else {
                        assertEquals(503, r.statusCode(), r.body());
                        refused.add(json.readTree(r.body()));
                    }
                }
                // four delivery threads hold one message each (one in the modem lane), two wait in the queue
                assertTrue(accepted.size() >= 2 && accepted.size() <= 6, accepted.toString());
                assertEquals(12 - accepted.size(), refused.size());
                assertTrue(refused.get(0).get("error").asText().startsWith(
                        "2 messages are already waiting for the modem (mmsys.delivery.max-waiting)"), refused.toString());
                MessageStore store = new MessageStore(Spool.existing(app.spool));
                assertEquals(accepted.size(), store.list((f, e) -> { }).size(), "only what got a 202 is on disk");
                for (String id : accepted) {
                    assertTrue(store.find(id).orElseThrow().state() == MessageState.QUEUED
                            || store.find(id).orElseThrow().state() == MessageState.SENDING);
                }
            } finally {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aBacklogLargerThanTheQueueIsHandedOverAsRoomAppears() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        List<String> delivered = java.util.Collections.synchronizedList(new ArrayList<>());
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.getComponent("seda", org.apache.camel.component.seda.SedaComponent.class).setQueueSize(3);
            camel.getComponent("seda", org.apache.camel.component.seda.SedaComponent.class)
                    .setDefaultBlockWhenFull(true);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(Dispatcher.ENDPOINT).process(e -> {
                        open.await(10, TimeUnit.SECONDS);
                        delivered.add(e.getMessage().getHeader("MmsysMessageId", String.class));
                    });
                }
            });
            camel.start();
            Dispatcher d = new Dispatcher(3);
            List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");
            d.sendAll(camel, ids);   // returns at once: what does not fit waits on a thread of its own
            RunningApp.await("the queue full", java.time.Duration.ofSeconds(5), () -> d.full(camel));
            open.countDown();
            RunningApp.await("every id delivered", java.time.Duration.ofSeconds(10), () -> delivered.size() == 8);
            assertEquals(ids, delivered, "in order");
        }
    }
}
