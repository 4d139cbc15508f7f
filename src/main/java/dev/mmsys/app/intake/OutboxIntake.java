package dev.mmsys.app.intake;

import dev.mmsys.app.MmsysHeaders;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.spool.IdempotencyKeys;
import dev.mmsys.app.spool.Quarantine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox route's step: a dropped file becomes an accepted message, or goes to the quarantine with its reason.
 * The file consumer deletes the file only after this returns, that is after the record is on disk. A file seen
 * again after a crash (record written, file not yet deleted) carries the same idempotency key (name, time and
 * content), so it yields the same message, not a second one.
 */
public final class OutboxIntake {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxIntake.class);
    private final Intake intake;
    private final OutboxFileParser parser;
    private final Quarantine quarantine;

    public OutboxIntake(Intake intake, OutboxFileParser parser, Quarantine quarantine) {
        this.intake = intake;
        this.parser = parser;
        this.quarantine = quarantine;
    }

    public void accept(Exchange exchange) throws IOException {
        Path file = exchange.getMessage().getBody(File.class).toPath();
        Message out = exchange.getMessage();
        out.setHeader(MmsysHeaders.CREATED, false);
        String name = file.getFileName().toString();
        try {
            MessageRequest request = parser.parse(file);
            String key = "outbox:" + name + ":" + Files.getLastModifiedTime(file).toMillis() + ":"
                    + IdempotencyKeys.sha256(Files.readAllBytes(file));
            Intake.Accepted a = intake.accept(request, "outbox:" + name, key);
            out.setHeader(MmsysHeaders.MESSAGE_ID, a.id());
            out.setHeader(MmsysHeaders.CREATED, a.created());
            out.setBody(a.id());
            LOG.info("outbox: {} accepted as {}", name, a.id());
        } catch (InvalidMessageException | IdempotencyConflictException e) {
            String field = e instanceof InvalidMessageException i ? i.field() : "file";
            Path q = quarantine.quarantine(file, field, e.getMessage(), "outbox");
            LOG.warn("outbox: {} quarantined as {}: {}", name, q.getFileName(), e.getMessage());
            out.setBody(null);
        }
    }
}
