package dev.mmsys.mms;

import static dev.mmsys.mms.HeaderField.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * M-Send.req (OMA-TS-MMS-ENC §6.1.1): a message the client submits to the MMS Proxy-Relay.
 *
 * <pre>{@code
 * SendReq req = SendReq.builder()
 *         .to("+16195550100")
 *         .subject("Hello")
 *         .text(longText)
 *         .attach(Attachment.of("photo.jpg", jpegBytes))
 *         .androidDefaults(Instant.now())
 *         .build();
 * int size = MmsEncoder.encodedSize(req);   // check against the carrier's maximum
 * byte[] pdu = MmsEncoder.encode(req);
 * }</pre>
 */
public final class SendReq extends MmsPdu {

    static final List<HeaderField<?>> FIELDS = List.of(MESSAGE_TYPE, TRANSACTION_ID, MMS_VERSION, DATE, FROM, TO,
            CC, BCC, SUBJECT, CONTENT_CLASS, MESSAGE_CLASS, EXPIRY, DELIVERY_TIME, PRIORITY, SENDER_VISIBILITY,
            DELIVERY_REPORT, READ_REPORT, STORE, MM_STATE, MM_FLAGS, REPLY_CHARGING, REPLY_CHARGING_DEADLINE,
            REPLY_CHARGING_SIZE, REPLY_CHARGING_ID, DRM_CONTENT, ADAPTATION_ALLOWED, APPLIC_ID, REPLY_APPLIC_ID,
            AUX_APPLIC_INFO);
    static final List<HeaderField<?>> MANDATORY = List.of(TRANSACTION_ID, MMS_VERSION, FROM);

    SendReq(MmsHeaders headers, MessageBody body) {
        super(headers, body);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    List<HeaderField<?>> fields() {
        return FIELDS;
    }

    @Override
    List<HeaderField<?>> mandatory() {
        return MANDATORY;
    }

    public Optional<Instant> date() {
        return header(DATE);
    }

    public From from() {
        return header(FROM).orElse(From.INSERT_ADDRESS);
    }

    public List<EncodedString> to() {
        return all(TO);
    }

    public List<EncodedString> cc() {
        return all(CC);
    }

    public List<EncodedString> bcc() {
        return all(BCC);
    }

    /** To, Cc and Bcc addresses as text, in that order (e.g. {@code +16195550100/TYPE=PLMN}). */
    public List<String> recipients() {
        List<String> r = new ArrayList<>();
        for (HeaderField<EncodedString> f : List.of(TO, CC, BCC)) {
            all(f).forEach(a -> r.add(a.text()));
        }
        return r;
    }

    public Optional<EncodedString> subject() {
        return header(SUBJECT);
    }

    public Optional<ContentClass> contentClass() {
        return header(CONTENT_CLASS);
    }

    public Optional<MessageClass> messageClass() {
        return header(MESSAGE_CLASS);
    }

    public Optional<TimeValue> expiry() {
        return header(EXPIRY);
    }

    public Optional<TimeValue> deliveryTime() {
        return header(DELIVERY_TIME);
    }

    public Optional<Priority> priority() {
        return header(PRIORITY);
    }

    public Optional<SenderVisibility> senderVisibility() {
        return header(SENDER_VISIBILITY);
    }

    public Optional<Boolean> deliveryReport() {
        return header(DELIVERY_REPORT);
    }

    public Optional<Boolean> readReport() {
        return header(READ_REPORT);
    }

    public Optional<Boolean> store() {
        return header(STORE);
    }

    public Optional<MmState> mmState() {
        return header(MM_STATE);
    }

    public List<MmFlags> mmFlags() {
        return all(MM_FLAGS);
    }

    public Optional<ReplyCharging> replyCharging() {
        return header(REPLY_CHARGING);
    }

    public Optional<TimeValue> replyChargingDeadline() {
        return header(REPLY_CHARGING_DEADLINE);
    }

    public Optional<Long> replyChargingSize() {
        return header(REPLY_CHARGING_SIZE);
    }

    public Optional<String> replyChargingId() {
        return header(REPLY_CHARGING_ID);
    }

    public Optional<Boolean> drmContent() {
        return header(DRM_CONTENT);
    }

    public Optional<Boolean> adaptationAllowed() {
        return header(ADAPTATION_ALLOWED);
    }

    public Optional<String> applicId() {
        return header(APPLIC_ID);
    }

    public Optional<String> replyApplicId() {
        return header(REPLY_APPLIC_ID);
    }

    public Optional<String> auxApplicInfo() {
        return header(AUX_APPLIC_INFO);
    }

    /** The body; an M-Send.req always has one. */
    public MessageBody content() {
        return body().orElseThrow();
    }

    /** The text of the {@code text/plain} parts, joined by a blank line; empty when there is none. */
    public Optional<String> text() {
        return Bodies.plainText(content());
    }

    /** Builds an M-Send.req; see the class comment for the usual calls. */
    public static final class Builder extends MmsPdu.Builder<Builder, SendReq> {
        private final ContentComposer composer = new ContentComposer();
        private MessageBody body;

        Builder() {
            super(MessageType.SEND_REQ);
        }

        /** A recipient: E.164 ({@code +16195550100}) or an e-mail address; several calls add several. */
        public Builder to(String address) {
            return add(TO, MmsAddress.encode(address));
        }

        public Builder cc(String address) {
            return add(CC, MmsAddress.encode(address));
        }

        public Builder bcc(String address) {
            return add(BCC, MmsAddress.encode(address));
        }

        /** The sender's own number; without it the Insert-address-token asks the MMSC to fill it in. */
        public Builder from(String address) {
            return set(FROM, From.address(address));
        }

        public Builder from(From from) {
            return set(FROM, from);
        }

        /** The subject; plain text when ASCII, UTF-8 otherwise; null or empty for none. */
        public Builder subject(String subject) {
            return set(SUBJECT, subject == null || subject.isEmpty() ? null : EncodedString.of("Subject", subject));
        }

        public Builder date(Instant date) {
            return set(DATE, date == null ? null : Instant.ofEpochSecond(date.getEpochSecond()));
        }

        public Builder messageClass(MessageClass messageClass) {
            return set(MESSAGE_CLASS, messageClass);
        }

        public Builder contentClass(ContentClass contentClass) {
            return set(CONTENT_CLASS, contentClass);
        }

        public Builder expiry(TimeValue expiry) {
            return set(EXPIRY, expiry);
        }

        public Builder expiry(Duration expiry) {
            return set(EXPIRY, TimeValue.after(expiry));
        }

        public Builder deliveryTime(TimeValue deliveryTime) {
            return set(DELIVERY_TIME, deliveryTime);
        }

        public Builder priority(Priority priority) {
            return set(PRIORITY, priority);
        }

        public Builder senderVisibility(SenderVisibility visibility) {
            return set(SENDER_VISIBILITY, visibility);
        }

        public Builder deliveryReport(boolean wanted) {
            return set(DELIVERY_REPORT, wanted);
        }

        public Builder readReport(boolean wanted) {
            return set(READ_REPORT, wanted);
        }

        public Builder store(boolean store) {
            return set(STORE, store);
        }

        public Builder mmState(MmState state) {
            return set(MM_STATE, state);
        }

        public Builder mmFlags(MmFlags flags) {
            return add(MM_FLAGS, flags);
        }

        public Builder replyCharging(ReplyCharging replyCharging) {
            return set(REPLY_CHARGING, replyCharging);
        }

        public Builder replyChargingDeadline(TimeValue deadline) {
            return set(REPLY_CHARGING_DEADLINE, deadline);
        }

        public Builder replyChargingSize(long size) {
            return set(REPLY_CHARGING_SIZE, size);
        }

        public Builder replyChargingId(String id) {
            return set(REPLY_CHARGING_ID, Texts.requireText("X-Mms-Reply-Charging-ID", id));
        }

        public Builder drmContent(boolean drm) {
            return set(DRM_CONTENT, drm);
        }

        public Builder adaptationAllowed(boolean allowed) {
            return set(ADAPTATION_ALLOWED, allowed);
        }

        public Builder applicId(String id) {
            return set(APPLIC_ID, Texts.requireText("X-Mms-Applic-ID", id));
        }

        public Builder replyApplicId(String id) {
            return set(REPLY_APPLIC_ID, Texts.requireText("X-Mms-Reply-Applic-ID", id));
        }

        public Builder auxApplicInfo(String info) {
            return set(AUX_APPLIC_INFO, Texts.requireText("X-Mms-Aux-Applic-Info", info));
        }

        /**
         * What Android's messaging app sends: Date, Message-Class personal, Expiry 7 days, Priority normal, no
         * delivery or read report. MMSCs see these from every handset.
         */
        public Builder androidDefaults(Instant now) {
            return date(now).messageClass(MessageClass.PERSONAL).expiry(Duration.ofDays(7))
                    .priority(Priority.NORMAL).deliveryReport(false).readReport(false);
        }

        /** The message text, sent as a UTF-8 {@code text/plain} part. */
        public Builder text(String text) {
            composer.text(text);
            return this;
        }

        /** A picture, sound, video or vCard; parts follow the text in the order attached. */
        public Builder attach(Attachment attachment) {
            composer.attach(attachment);
            return this;
        }

        /** With SMIL (the default) the body is multipart/related with a SMIL layout; without, multipart/mixed. */
        public Builder smil(boolean smil) {
            composer.smil(smil);
            return this;
        }

        /** An explicit body instead of text and attachments (e.g. parts taken from another PDU). */
        public Builder body(MessageBody body) {
            this.body = body;
            return this;
        }

        @Override
        public SendReq build() {
            if (!has(TRANSACTION_ID)) {
                transactionId(TransactionIds.next());
            }
            if (!has(FROM)) {
                from(From.INSERT_ADDRESS);
            }
            if (!has(TO) && !has(CC) && !has(BCC)) {
                throw new MmsEncodeException("the message has no recipient; give at least one To, Cc or Bcc");
            }
            MessageBody b;
            if (body != null) {
                if (!composer.isEmpty()) {
                    throw new MmsEncodeException("give either a body or text and attachments, not both");
                }
                b = body;
            } else {
                b = composer.compose();
            }
            return new SendReq(headers(FIELDS, MANDATORY), b);
        }
    }
}
