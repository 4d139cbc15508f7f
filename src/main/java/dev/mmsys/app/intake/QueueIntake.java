package dev.mmsys.app.intake;

import dev.mmsys.app.MmsysHeaders;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.MessageRequestJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue route's step: a JMS message with the REST JSON becomes an accepted message. The JMS message id (or
 * an {@code IdempotencyKey} property set by the sender) is the idempotency key, so a redelivery after a crash
 * between the durable write and the acknowledgement yields the same message. A bad message is not an error of
 * the route: its reason is put in headers for the dead-letter queue.
 */
public final class QueueIntake {

    private static final Logger LOG = LoggerFactory.getLogger(QueueIntake.class);
    private final Intake intake;

    public QueueIntake(Intake intake) {
        this.intake = intake;
    }

    public void accept(Exchange exchange) {
        Message in = exchange.getMessage();
        in.setHeader(MmsysHeaders.CREATED, false);
        byte[] body = in.getBody(byte[].class);
        String key = in.getHeader("IdempotencyKey", String.class);
        if (key == null) {
            key = in.getHeader("JMSMessageID", String.class);
        }
        try {
            if (body == null) {
                throw new InvalidMessageException("body", "is empty; send the message JSON as a text message, e.g. "
                        + MessageRequestJson.EXAMPLE);
            }
            Intake.Accepted a = intake.accept(MessageRequestJson.parse(body), "queue",
                    key == null ? null : "queue:" + key);
            in.setHeader(MmsysHeaders.MESSAGE_ID, a.id());
            in.setHeader(MmsysHeaders.CREATED, a.created());
            LOG.info("queue: message {} accepted as {}", key, a.id());
        } catch (InvalidMessageException | IdempotencyConflictException e) {
            in.setHeader(MmsysHeaders.ERROR, e.getMessage());
            in.setHeader(MmsysHeaders.ERROR_FIELD, e instanceof InvalidMessageException i ? i.field() : "IdempotencyKey");
            LOG.warn("queue: message {} refused, to the dead-letter queue: {}", key, e.getMessage());
        }
    }
}
