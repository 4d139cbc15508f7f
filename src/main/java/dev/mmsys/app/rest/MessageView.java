package dev.mmsys.app.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mmsys.app.spool.HistoryEntry;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MmsResult;
import dev.mmsys.app.spool.SmsResult;
import dev.mmsys.app.spool.Spool;
import java.util.List;

/**
 * A message as REST and {@code status --json} show it:
 * {@code {"id", "state", "attempts", "to", "mms"?: {transactionId, messageId, responseStatus}, "sms"?: {parts,
 * recipients}, "error"?, ...}}. The text itself is not repeated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(String id, String state, int attempts, List<String> to, String subject, String source,
                          String createdAt, String updatedAt, boolean possibleDuplicate, MmsResult mms, Sms sms,
                          String error, List<HistoryEntry> history) {

    public record Sms(int parts, List<SmsResult.Delivery> recipients) {
    }

    /**
     * A finished message whose record was removed after {@code mmsys.spool.keep-days}, from its receipt (which has
     * no subject).
     */
    public static MessageView ofReceipt(JsonNode n) {
        List<SmsResult.Delivery> recipients = n.has("sms") ? Spool.JSON.convertValue(n.at("/sms/recipients"),
                new TypeReference<List<SmsResult.Delivery>>() { }) : null;
        List<String> to = Spool.JSON.convertValue(n.path("to"), new TypeReference<List<String>>() { });
        return new MessageView(n.path("id").asText(), n.path("state").asText(), n.path("attempts").asInt(), to, null,
                text(n, "source"), text(n, "acceptedAt"), n.has("sentAt") ? text(n, "sentAt") : text(n, "failedAt"),
                n.path("possibleDuplicate").asBoolean(),
                n.has("mms") ? Spool.JSON.convertValue(n.get("mms"), MmsResult.class) : null,
                recipients == null ? null : new Sms(n.at("/sms/parts").asInt(), recipients), text(n, "reason"),
                Spool.JSON.convertValue(n.path("history"), new TypeReference<List<HistoryEntry>>() { }));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** @param withHistory false for listings */
    public static MessageView of(MessageRecord r, boolean withHistory) {
        return new MessageView(r.id(), r.state().json(), r.attempts(), r.request().to(), r.request().subject(),
                r.source(), r.createdAt(), r.updatedAt(), r.possibleDuplicate(), r.mms(),
                r.sms() == null ? null : new Sms(r.sms().parts(), r.sms().recipients()), r.error(),
                withHistory ? r.history() : null);
    }
}
