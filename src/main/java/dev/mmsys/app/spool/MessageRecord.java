package dev.mmsys.app.spool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mmsys.app.message.MessageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the spool knows about one accepted message: the (validated) request, its state, every attempt and
 * its outcome. Immutable; each transition returns a new record, which the {@link MessageStore} writes durably.
 *
 * @param source            where it came from: {@code rest}, {@code outbox:<file>}, {@code queue}, {@code direct}, {@code cli}
 * @param channel           {@code mms} or {@code sms} once chosen
 * @param attempts          MMS POSTs and SMS submits started, in all
 * @param inFlight          the attempt under way (see {@link InFlight})
 * @param possibleDuplicate an attempt was interrupted with an unknown outcome and the message was sent again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageRecord(String id, String source, String createdAt, String updatedAt, MessageRequest request,
                            MessageState state, String channel, int attempts, List<HistoryEntry> history,
                            InFlight inFlight, MmsResult mms, SmsResult sms, String error,
                            boolean possibleDuplicate) {

    public static final String MMS = "mms";
    public static final String SMS = "sms";

    public MessageRecord {
        history = List.copyOf(history);
    }

    public static MessageRecord accepted(String id, String source, MessageRequest request, Instant now) {
        String t = now.toString();
        return new MessageRecord(id, source, t, t, request, MessageState.QUEUED, null, 0,
                List.of(new HistoryEntry(t, "accepted", "from " + source)), null, null, null, null, false);
    }

    /** The next attempt starts: recorded before anything goes out. {@code to} is the SMS recipient, else null. */
    public MessageRecord attemptStarted(String channel, String to, Instant now) {
        int n = attempts + 1;
        String t = now.toString();
        String detail = "attempt " + n + " as " + channel.toUpperCase() + (to == null ? "" : " to " + to);
        return new MessageRecord(id, source, createdAt, t, request, MessageState.SENDING, channel, n,
                plus(new HistoryEntry(t, channel + "-attempt", detail)), new InFlight(n, channel, to, t), mms, sms,
                error, possibleDuplicate);
    }

    /** The attempt under way failed; {@code kind} says how ({@code transient}, {@code permanent}). */
    public MessageRecord attemptFailed(String kind, String reason, Instant now) {
        String t = now.toString();
        return new MessageRecord(id, source, createdAt, t, request, MessageState.SENDING, channel, attempts,
                plus(new HistoryEntry(t, "attempt-failed", "attempt " + attempts + " failed (" + kind + "): "
                        + reason)), null, mms, sms, error, possibleDuplicate);
    }

    /** Found in flight at start: the outcome of that attempt cannot be known, so it is recorded as such. */
    public MessageRecord interrupted(Instant now) {
        String t = now.toString();
        String detail = "attempt " + inFlight.attempt() + " (" + inFlight.channel().toUpperCase()
                + (inFlight.to() == null ? "" : " to " + inFlight.to())
                + ") interrupted, outcome unknown (may have been delivered); sending again";
        return new MessageRecord(id, source, createdAt, t, request, state, channel, attempts,
                plus(new HistoryEntry(t, "interrupted", detail)), null, mms, sms, error, true);
    }

    /**
     * From now on the message goes as SMS: {@code event} says why ({@code fallback} when MMS gave up,
     * {@code sms-chosen} for a short text or mode sms).
     */
    public MessageRecord switchedToSms(String event, String reason, Instant now) {
        String t = now.toString();
        return new MessageRecord(id, source, createdAt, t, request, MessageState.SENDING, SMS, attempts,
                plus(new HistoryEntry(t, event, reason)), null, mms, sms, error, possibleDuplicate);
    }

    public MessageRecord sentAsMms(MmsResult result, Instant now) {
        String t = now.toString();
        return new MessageRecord(id, source, createdAt, t, request, MessageState.SENT, MMS, attempts,
                plus(new HistoryEntry(t, "sent", "MMSC accepted it: Message-ID " + result.messageId())), null,
                result, sms, null, possibleDuplicate);
    }

    /** One recipient's SMS went out (the message stays in {@code sending} until every recipient is done). */
    public MessageRecord smsDelivered(SmsResult.Delivery d, Instant now) {
        String t = now.toString();
        SmsResult s = sms == null ? new SmsResult(List.of(d)) : sms.plus(d);
        return new MessageRecord(id, source, createdAt, t, request, MessageState.SENDING, SMS, attempts,
                plus(new HistoryEntry(t, "sms-sent", d.references().size() + " part(s) to " + d.to()
                        + ", references " + d.references())), null, mms, s, error, possibleDuplicate);
    }

    public MessageRecord sentAsSms(Instant now) {
        String t = now.toString();
        return new MessageRecord(id, source, createdAt, t, request, MessageState.SENT_AS_SMS, SMS, attempts,
                plus(new HistoryEntry(t, "sent-as-sms", (sms == null ? 0 : sms.parts()) + " SMS part(s)")), null,
                mms, sms, null, possibleDuplicate);
    }

    public MessageRecord failed(String reason, Instant now) {
        String t = now.toString();
        return new MessageRecord(id, source, createdAt, t, request, MessageState.FAILED, channel, attempts,
                plus(new HistoryEntry(t, "failed", reason)), null, mms, sms, reason, possibleDuplicate);
    }

    /** A note in the history that changes nothing else. */
    public MessageRecord noted(String event, String detail, Instant now) {
        String t = now.toString();
        return new MessageRecord(id, source, createdAt, t, request, state, channel, attempts,
                plus(new HistoryEntry(t, event, detail)), inFlight, mms, sms, error, possibleDuplicate);
    }

    private List<HistoryEntry> plus(HistoryEntry e) {
        List<HistoryEntry> l = new ArrayList<>(history.size() + 1);
        l.addAll(history);
        l.add(e);
        return l;
    }
}
