package dev.mmsys.app.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mmsys.app.spool.HistoryEntry;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MmsResult;
import dev.mmsys.app.spool.SmsResult;
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

    /** @param withHistory false for listings */
    public static MessageView of(MessageRecord r, boolean withHistory) {
        return new MessageView(r.id(), r.state().json(), r.attempts(), r.request().to(), r.request().subject(),
                r.source(), r.createdAt(), r.updatedAt(), r.possibleDuplicate(), r.mms(),
                r.sms() == null ? null : new Sms(r.sms().parts(), r.sms().recipients()), r.error(),
                withHistory ? r.history() : null);
    }
}
