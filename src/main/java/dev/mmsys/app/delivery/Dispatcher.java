package dev.mmsys.app.delivery;

import dev.mmsys.app.MmsysHeaders;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.seda.SedaEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands accepted messages to the delivery lanes ({@code seda:mmsys-dispatch}, routes/send.yaml). Only the message
 * id travels: the record is on disk, so a queue of thousands of waiting messages holds ids, not texts and
 * attachments. The queue is bounded ({@code mmsys.delivery.max-waiting}); when it is full a producer waits (the
 * outbox and the JMS queue simply hold their messages meanwhile), and REST refuses new messages with 503 before
 * accepting them.
 */
public final class Dispatcher {

    public static final String ENDPOINT = "seda:mmsys-dispatch";
    private final int capacity;

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private volatile ProducerTemplate template;

    /** @param capacity how many messages may wait at once (the seda component's queue size must be this) */
    public Dispatcher(int capacity) {
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** Route step: dispatches the message named by {@link MmsysHeaders#MESSAGE_ID}. */
    public void dispatch(Exchange exchange) {
        send(exchange.getContext(), exchange.getMessage().getHeader(MmsysHeaders.MESSAGE_ID, String.class));
    }

    /** Dispatches {@code id}, waiting while the queue is full. */
    public void send(CamelContext context, String id) {
        template(context).sendBodyAndHeader(ENDPOINT, null, MmsysHeaders.MESSAGE_ID, id);
    }

    /**
     * Dispatches {@code ids} in order: as many as fit now, the rest from a background thread that waits for room
     * (so a start with a large backlog is not held up by it).
     */
    public void sendAll(CamelContext context, List<String> ids) {
        int now = Math.min(ids.size(), room(context));
        ids.subList(0, now).forEach(id -> send(context, id));
        if (now < ids.size()) {
            List<String> rest = List.copyOf(ids.subList(now, ids.size()));
            LOG.info("dispatch: {} more message(s) wait for room in the delivery queue", rest.size());
            Thread t = new Thread(() -> rest.forEach(id -> send(context, id)), "mmsys-backlog");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Whether the queue is full (REST then answers 503 rather than accept a message it cannot queue). */
    public boolean full(CamelContext context) {
        return room(context) <= 0;
    }

    private int room(CamelContext context) {
        SedaEndpoint e = context.getEndpoint(ENDPOINT, SedaEndpoint.class);
        return e.getQueue().remainingCapacity();
    }

    private ProducerTemplate template(CamelContext context) {
        ProducerTemplate t = template;
        if (t == null) {
            synchronized (this) {
                if (template == null) {
                    template = context.createProducerTemplate();
                }
                t = template;
            }
        }
        return t;
    }
}
