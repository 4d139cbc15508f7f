package dev.mmsys.mms;

import static dev.mmsys.mms.HeaderField.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** M-Retrieve.conf (§6.3): a message the client fetched from its Content-Location. */
public final class RetrieveConf extends MmsPdu {

    static final List<HeaderField<?>> FIELDS = List.of(MESSAGE_TYPE, TRANSACTION_ID, MMS_VERSION, MESSAGE_ID, DATE,
            FROM, PREVIOUSLY_SENT_BY, PREVIOUSLY_SENT_DATE, TO, CC, SUBJECT, MM_STATE, MM_FLAGS, MESSAGE_CLASS,
            PRIORITY, DELIVERY_REPORT, READ_REPORT, REPLY_CHARGING, REPLY_CHARGING_DEADLINE, REPLY_CHARGING_SIZE,
            REPLY_CHARGING_ID, RETRIEVE_STATUS, RETRIEVE_TEXT, DISTRIBUTION_INDICATOR, APPLIC_ID, REPLY_APPLIC_ID,
            AUX_APPLIC_INFO, CONTENT_CLASS, DRM_CONTENT, REPLACE_ID);
    static final List<HeaderField<?>> MANDATORY = List.of(MMS_VERSION, DATE);

    RetrieveConf(MmsHeaders headers, MessageBody body) {
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

    public Optional<String> messageId() {
        return header(MESSAGE_ID);
    }

    public Instant date() {
        return header(DATE).orElseThrow();
    }

    public Optional<From> from() {
        return header(FROM);
    }

    public List<ForwardedBy> previouslySentBy() {
        return all(PREVIOUSLY_SENT_BY);
    }

    public List<ForwardedAt> previouslySentDate() {
        return all(PREVIOUSLY_SENT_DATE);
    }

    public List<EncodedString> to() {
        return all(TO);
    }

    public List<EncodedString> cc() {
        return all(CC);
    }

    public Optional<EncodedString> subject() {
        return header(SUBJECT);
    }

    public Optional<MmState> mmState() {
        return header(MM_STATE);
    }

    public List<MmFlags> mmFlags() {
        return all(MM_FLAGS);
    }

    public Optional<MessageClass> messageClass() {
        return header(MESSAGE_CLASS);
    }

    public Optional<Priority> priority() {
        return header(PRIORITY);
    }

    public Optional<Boolean> deliveryReport() {
        return header(DELIVERY_REPORT);
    }

    public Optional<Boolean> readReport() {
        return header(READ_REPORT);
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

    public Optional<RetrieveStatus> retrieveStatus() {
        return header(RETRIEVE_STATUS);
    }

    public Optional<EncodedString> retrieveText() {
        return header(RETRIEVE_TEXT);
    }

    public Optional<Boolean> distributionIndicator() {
        return header(DISTRIBUTION_INDICATOR);
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

    public Optional<ContentClass> contentClass() {
        return header(CONTENT_CLASS);
    }

    public Optional<Boolean> drmContent() {
        return header(DRM_CONTENT);
    }

    public Optional<String> replaceId() {
        return header(REPLACE_ID);
    }

    public MessageBody content() {
        return body().orElseThrow();
    }

    /** The text of the {@code text/plain} parts, joined by a blank line. */
    public Optional<String> text() {
        return Bodies.plainText(content());
    }

    public static final class Builder extends MmsPdu.Builder<Builder, RetrieveConf> {
        private MessageBody body;

        Builder() {
            super(MessageType.RETRIEVE_CONF);
        }

        public Builder messageId(String messageId) {
            return set(MESSAGE_ID, Texts.requireNonEmptyText("Message-ID", messageId));
        }

        public Builder date(Instant date) {
            return set(DATE, Instant.ofEpochSecond(date.getEpochSecond()));
        }

        public Builder from(String address) {
            return set(FROM, From.address(address));
        }

        public Builder to(String address) {
            return add(TO, MmsAddress.encode(address));
        }

        public Builder subject(String subject) {
            return set(SUBJECT, subject == null ? null : EncodedString.of("Subject", subject));
        }

        public Builder messageClass(MessageClass messageClass) {
            return set(MESSAGE_CLASS, messageClass);
        }

        public Builder retrieveStatus(RetrieveStatus status) {
            return set(RETRIEVE_STATUS, status);
        }

        public Builder body(MessageBody body) {
            this.body = body;
            return this;
        }

        @Override
        public RetrieveConf build() {
            if (body == null) {
                throw new MmsEncodeException("m-retrieve-conf needs a body");
            }
            return new RetrieveConf(headers(FIELDS, MANDATORY), body);
        }
    }
}
