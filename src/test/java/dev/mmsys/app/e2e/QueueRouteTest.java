package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue route against a real (embedded) ActiveMQ Artemis broker, delivering through the emulated carrier. */
class QueueRouteTest {

    @TempDir
    Path dir;

    @Test
    void queueMessagesAreDeliveredAndBadOnesGoToTheDeadLetterQueueWithTheirReason() throws Exception {
        int port = RunningApp.freePort();
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .setJournalDirectory(dir.resolve("journal").toString())
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port));
        broker.start();
        String url = "tcp://127.0.0.1:" + port;
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            Map<String, String> s = new HashMap<>(carrier.settings());
            s.put("mmsys.queue.enabled", "true");
            s.put("mmsys.queue.url", url);
            s.put("mmsys.queue.name", "mmsys.in");
            s.put("mmsys.queue.dead-letter", "mmsys.in.dead");
            try (RunningApp app = RunningApp.start(dir, s);
                 ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(url);
                 Connection c = cf.createConnection()) {
                c.start();
                Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue("mmsys.in"));
                producer.send(session.createTextMessage("{\"to\":[\"+16195550100\"],\"text\":\"from the queue 1\"}"));
                producer.send(session.createTextMessage("{\"to\":[\"+16195550100\"],\"text\":\"from the queue 2\"}"));
                producer.send(session.createTextMessage("{\"to\":[\"+16195550100\"]"));
                producer.send(session.createTextMessage("{\"to\":[\"12\"],\"text\":\"x\"}"));

                MessageConsumer dead = session.createConsumer(session.createQueue("mmsys.in.dead"));
                TextMessage d1 = (TextMessage) dead.receive(20_000);
                TextMessage d2 = (TextMessage) dead.receive(20_000);
                assertNotNull(d1, "the bad JSON reached the dead-letter queue");
                assertNotNull(d2, "the bad number reached the dead-letter queue");
                assertEquals("{\"to\":[\"+16195550100\"]", d1.getText());
                assertEquals("body", d1.getStringProperty("MmsysErrorField"));
                assertTrue(d1.getStringProperty("MmsysError").contains("not valid JSON"), d1.getStringProperty("MmsysError"));
                assertEquals("to[0]", d2.getStringProperty("MmsysErrorField"));

                MessageStore store = new MessageStore(Spool.existing(app.spool));
                RunningApp.await("both queue messages sent", Duration.ofSeconds(30), () -> {
                    List<MessageRecord> all = store.list((p, e) -> { });
                    return all.size() == 2 && all.stream().allMatch(r -> r.state() == MessageState.SENT);
                });
                assertEquals(2, carrier.mmsc.received().size());
                assertTrue(store.list((p, e) -> { }).stream().allMatch(r -> r.source().equals("queue")));
            }
        } finally {
            broker.stop();
        }
    }
}
