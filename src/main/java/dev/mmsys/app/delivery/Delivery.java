package dev.mmsys.app.delivery;

import dev.mmsys.app.MmsysHeaders;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.message.Mode;
import dev.mmsys.app.message.Recipients;
import dev.mmsys.app.rest.MessageView;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.MmsResult;
import dev.mmsys.app.spool.SmsResult;
import dev.mmsys.camel.MmsEncodingProcessor;
import dev.mmsys.camel.Sim7600Constants;
import dev.mmsys.camel.Sim7600Exception;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's bookkeeping (routes/send.yaml and routes/fallback.yaml call it): it loads the message, picks
 * MMS or SMS, records every attempt durably before it goes out and every outcome after, and brings each message
 * to exactly one final state. The modem work itself is done by the sim7600 component in the routes.
 */
public final class Delivery {

    /** The phone recipients still to receive the SMS fallback (a list). */
    public static final String SMS_PENDING = "MmsysSmsPending";
    /** Exchange property with the text, kept while the SMS split works per recipient. */
    public static final String TEXT = "MmsysText";
    public static final String CHANNEL_DONE = "done";

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private final MessageStore store;
    private final DeliveryPolicy policy;
    private final Clock clock;
    /** Messages this process is delivering now: a second dispatch of one of them is ignored. */
    private final Set<String> active = ConcurrentHashMap.newKeySet();

    public Delivery(MessageStore store, DeliveryPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * First step: loads the record named by {@link MmsysHeaders#MESSAGE_ID} and sets {@link MmsysHeaders#CHANNEL}
     * to {@code mms}, {@code sms} or {@code done} (already final, or already being delivered here). For MMS the
     * body becomes the text with the recipients in {@link Sim7600Constants#TO}.
     */
    public void prepare(Exchange exchange) {
        Message m = exchange.getMessage();
        String id = m.getHeader(MmsysHeaders.MESSAGE_ID, String.class);
        Optional<MessageRecord> found = store.find(id);
        if (found.isEmpty()) {
            LOG.error("delivery: no record for message {}; nothing to send", id);
            m.setHeader(MmsysHeaders.CHANNEL, CHANNEL_DONE);
            return;
        }
        MessageRecord r = found.get();
        if (r.state().isFinal() || !active.add(id)) {
            m.setHeader(MmsysHeaders.CHANNEL, CHANNEL_DONE);
            m.setHeader(MmsysHeaders.STATE, r.state().json());
            return;
        }
        String channel = r.channel() != null ? r.channel() : choose(r.request());
        if (MessageRecord.SMS.equals(channel) && r.channel() == null) {
            r = store.update(id, x -> x.switchedToSms("sms-chosen", whySms(x.request()), clock.instant()));
        }
        m.setHeader(MmsysHeaders.CHANNEL, channel);
        MessageRequest req = r.request();
        m.setHeader(Sim7600Constants.TO, req.to());
        m.setHeader(MmsEncodingProcessor.SUBJECT, req.subject());
        m.setHeader(MmsEncodingProcessor.ATTACHMENTS, req.attachments().stream()
                .map(a -> dev.mmsys.mms.Attachment.of(a.name(), a.contentType(), a.data())).toList());
        m.setBody(req.text());
    }

    private String choose(MessageRequest req) {
        if (req.mode() == Mode.SMS) {
            return MessageRecord.SMS;
        }
        if (req.mode() == Mode.AUTO && policy.smsThreshold() > 0 && req.attachments().isEmpty()
                && req.to().stream().noneMatch(Recipients::isEmail)
                && policy.smsSegments().applyAsInt(req.text()) <= policy.smsThreshold()) {
            return MessageRecord.SMS;
        }
        return MessageRecord.MMS;
    }

    private String whySms(MessageRequest req) {
        if (req.mode() == Mode.SMS) {
            return "sent as SMS: mode sms";
        }
        return "sent as SMS: the text fits in " + policy.smsSegments().applyAsInt(req.text())
                + " segment(s) (mmsys.sms-threshold=" + policy.smsThreshold() + ")";
    }

    /** After encoding: an M-Send.req over the carrier's maximum cannot go as MMS. */
    public void checkMmsSize(Exchange exchange) throws MmsTooLargeException {
        byte[] pdu = exchange.getMessage().getBody(byte[].class);
        long max = policy.maxMmsSize().getAsLong();
        if (pdu.length > max) {
            throw new MmsTooLargeException(pdu.length, max);
        }
    }

    /** In the modem lane, right before the component sends: the attempt is on disk before anything goes out. */
    public void attemptStarted(Exchange exchange) {
        Message m = exchange.getMessage();
        String channel = m.getHeader(MmsysHeaders.CHANNEL, String.class);
        String to = MessageRecord.SMS.equals(channel) ? m.getHeader(Sim7600Constants.TO, String.class) : null;
        store.update(id(exchange), r -> r.attemptStarted(channel, to, clock.instant()));
    }

    /** Called as soon as an attempt fails (before any retry): the failure is recorded and the attempt closed. */
    public void attemptFailed(Exchange exchange) {
        Throwable t = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String id = id(exchange);
        MessageRecord r = store.find(id).orElse(null);
        if (r == null || r.inFlight() == null) {
            return;
        }
        String kind = t instanceof Sim7600Exception s && s.isTransient() ? "transient" : "permanent";
        store.update(id, x -> x.attemptFailed(kind, reason(t), clock.instant()));
        LOG.warn("delivery: {} attempt {} failed ({}): {}", id, r.inFlight().attempt(), kind, reason(t));
    }

    /** The MMSC accepted the message. */
    public void mmsSent(Exchange exchange) {
        Message m = exchange.getMessage();
        Object status = m.getHeader(Sim7600Constants.RESPONSE_STATUS_NAME);
        MmsResult result = new MmsResult(m.getHeader(Sim7600Constants.TRANSACTION_ID, String.class),
                m.getHeader(Sim7600Constants.MESSAGE_ID, String.class), status == null ? null : status.toString());
        MessageRecord r = store.update(id(exchange), x -> x.sentAsMms(result, clock.instant()));
        finished(exchange, r);
        LOG.info("message {} sent as MMS to {} recipient(s) after {} attempt(s): Message-ID {}{}", r.id(),
                r.request().to().size(), r.attempts(), result.messageId(), r.possibleDuplicate()
                        ? " (possible duplicate)" : "");
    }

    /**
     * MMS failed for good (permanent, or transient with the retries used up): on to SMS when allowed, else the
     * message fails. Sets {@link MmsysHeaders#CHANNEL} to {@code sms} or {@code done}.
     */
    public void mmsGaveUp(Exchange exchange) {
        Message m = exchange.getMessage();
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String id = id(exchange);
        if (stopping(exchange, id)) {
            return;
        }
        MessageRecord r = store.find(id).orElseThrow();
        String why = "MMS failed" + (t instanceof Sim7600Exception s && s.isTransient()
                ? " after " + r.attempts() + " attempt(s)" : "") + ": " + reason(t);
        String noSms = whyNoSms(r);
        if (noSms != null) {
            fail(exchange, id, why + (noSms.isEmpty() ? "" : "; " + noSms));
            return;
        }
        store.update(id, x -> x.switchedToSms("fallback", why + "; falling back to SMS", clock.instant()));
        m.setHeader(MmsysHeaders.CHANNEL, MessageRecord.SMS);
        LOG.warn("delivery: {} {}; falling back to SMS", id, why);
    }

    /** Null when the message may go as SMS, else why not ("" when SMS was simply not wanted). */
    private String whyNoSms(MessageRecord r) {
        if (r.request().mode() == Mode.MMS) {
            return "";
        }
        if (!policy.fallbackToSms()) {
            return "no SMS fallback (mmsys.fallback=none)";
        }
        if (r.request().to().stream().allMatch(Recipients::isEmail)) {
            return "no SMS fallback: every recipient is an e-mail address";
        }
        int parts = policy.smsSegments().applyAsInt(r.request().text());
        if (parts > policy.smsMaxParts()) {
            return "no SMS fallback: the text needs " + parts + " SMS segments, over mmsys.sms.max-parts="
                    + policy.smsMaxParts();
        }
        return null;
    }

    /** Start of the SMS route: the phone recipients not yet served become {@link #SMS_PENDING}. */
    public void smsPrepare(Exchange exchange) {
        Message m = exchange.getMessage();
        MessageRecord r = store.find(id(exchange)).orElseThrow();
        List<String> pending = new ArrayList<>();
        for (String to : r.request().to()) {
            if (!Recipients.isEmail(to) && (r.sms() == null || !r.sms().sentTo(to))) {
                pending.add(to);
            }
        }
        exchange.setProperty(TEXT, r.request().text());
        m.setHeader(SMS_PENDING, pending);
    }

    /** Per recipient (inside the split): the text as body, the recipient as {@link Sim7600Constants#TO}. */
    public void smsTo(Exchange exchange) {
        Message m = exchange.getMessage();
        m.setHeader(Sim7600Constants.TO, m.getBody(String.class));
        m.setBody(exchange.getProperty(TEXT, String.class));
    }

    /** One recipient's SMS went out: its references are recorded. */
    public void smsSent(Exchange exchange) {
        Message m = exchange.getMessage();
        String to = m.getHeader(Sim7600Constants.TO, String.class);
        @SuppressWarnings("unchecked")
        List<Integer> refs = m.getHeader(Sim7600Constants.MESSAGE_REFERENCES, List.class);
        store.update(id(exchange), x -> x.smsDelivered(new SmsResult.Delivery(to, refs == null ? List.of() : refs),
                clock.instant()));
    }

    /** One recipient's SMS failed for good; the others are still tried. */
    public void smsRecipientFailed(Exchange exchange) {
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String to = exchange.getMessage().getHeader(Sim7600Constants.TO, String.class);
        @SuppressWarnings("unchecked")
        List<Integer> partial = exchange.getMessage().getHeader(Sim7600Constants.MESSAGE_REFERENCES, List.class);
        store.update(id(exchange), x -> x.noted("sms-failed", "SMS to " + to + " failed: " + reason(t)
                + (partial == null || partial.isEmpty() ? "" : " (parts already sent, references " + partial + ")"),
                clock.instant()));
    }

    /** End of the SMS route: sent-as-sms when every recipient got it, else failed with who did and who did not. */
    public void smsFinish(Exchange exchange) {
        String id = id(exchange);
        if (stopping(exchange, id)) {
            return;
        }
        MessageRecord r = store.find(id).orElseThrow();
        if (r.state().isFinal()) {
            finished(exchange, r);
            return;
        }
        List<String> missed = r.request().to().stream()
                .filter(to -> r.sms() == null || !r.sms().sentTo(to)).toList();
        if (missed.isEmpty()) {
            MessageRecord done = store.update(id, x -> x.sentAsSms(clock.instant()));
            finished(exchange, done);
            LOG.info("message {} sent as SMS to {} recipient(s), {} part(s){}", id, r.request().to().size(),
                    done.sms().parts(), done.possibleDuplicate() ? " (possible duplicate)" : "");
            return;
        }
        String last = r.history().stream().filter(h -> h.event().equals("sms-failed"))
                .reduce((a, b) -> b).map(h -> h.detail()).orElse("");
        fail(exchange, id, "not delivered to " + String.join(", ", missed)
                + (missed.stream().anyMatch(Recipients::isEmail) ? " (SMS cannot reach e-mail addresses)" : "")
                + (last.isEmpty() ? "" : "; " + last)
                + (r.sms() == null ? "" : "; SMS went to " + r.sms().recipients().stream()
                .map(SmsResult.Delivery::to).toList()));
    }

    /** Something unexpected broke the pipeline for this message: it fails with the reason, never silently. */
    public void crashed(Exchange exchange) {
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String id = id(exchange);
        LOG.error("delivery: {} hit an unexpected error", id, t);
        if (id == null || stopping(exchange, id)) {
            return;
        }
        try {
            store.find(id).filter(r -> !r.state().isFinal()).ifPresent(r ->
                    fail(exchange, id, "internal error: " + reason(t) + "; see the MMSYS log"));
        } catch (RuntimeException e) {
            // the spool itself failed: the record stays unfinished and is resumed at the next start
            active.remove(id);
            LOG.error("delivery: {} could not be marked failed ({}); it will be resumed at the next start", id,
                    e.toString());
        }
    }

    /**
     * For {@code direct:mmsys-send}, which waits for the pipeline: the caller's exchange gets the message as REST
     * shows it as the body and its state in {@link MmsysHeaders#STATE}, whatever error handling happened inside.
     */
    public AggregationStrategy resultStrategy() {
        return (original, delivered) -> {
            String id = id(original);
            MessageRecord r = store.find(id).orElseThrow();
            original.getMessage().setHeader(MmsysHeaders.STATE, r.state().json());
            original.getMessage().setBody(MessageView.of(r, true));
            if (delivered.getException() != null && !r.state().isFinal()) {
                original.setException(delivered.getException());
            }
            return original;
        };
    }

    private void fail(Exchange exchange, String id, String reason) {
        MessageRecord r = store.update(id, x -> x.state().isFinal() ? x : x.failed(reason, clock.instant()));
        finished(exchange, r);
        exchange.getMessage().setHeader(MmsysHeaders.CHANNEL, CHANNEL_DONE);
        LOG.warn("message {} failed after {} attempt(s): {}", id, r.attempts(), reason);
    }

    private void finished(Exchange exchange, MessageRecord r) {
        active.remove(r.id());
        exchange.getMessage().setHeader(MmsysHeaders.STATE, r.state().json());
    }

    /**
     * When Camel is stopping, a message whose retry was cut short must not be failed or sent as SMS: it stays
     * unfinished on disk (no attempt in flight) and resumes at the next start.
     */
    private boolean stopping(Exchange exchange, String id) {
        if (!exchange.getContext().isStopping() && !exchange.getContext().isStopped()) {
            return false;
        }
        active.remove(id);
        exchange.getMessage().setHeader(MmsysHeaders.CHANNEL, CHANNEL_DONE);
        try {
            store.update(id, x -> x.noted("stopped", "MMSYS stopped before this message was done; it resumes at "
                    + "the next start", clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("delivery: {} interrupted by the stop", id);
        }
        return true;
    }

    /** {@link #attemptFailed} as a processor, for {@code onExceptionOccurredRef}. */
    public org.apache.camel.Processor attemptFailedProcessor() {
        return this::attemptFailed;
    }

    /** Whether this process is delivering {@code id} right now. */
    public boolean isActive(String id) {
        return active.contains(id);
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getHeader(MmsysHeaders.MESSAGE_ID, String.class);
    }

    static String reason(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
