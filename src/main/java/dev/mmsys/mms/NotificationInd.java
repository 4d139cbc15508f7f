package dev.mmsys.mms;

import static dev.mmsys.mms.HeaderField.*;

import java.util.List;
import java.util.Optional;

/**
 * M-Notification.ind (§6.2): the MMS Proxy-Relay tells the client (by WAP push over SMS) that a message waits
 * at {@link #contentLocation()}.
 */
public final class NotificationInd extends MmsPdu {

    static final List<HeaderField<?>> FIELDS = List.of(MESSAGE_TYPE, TRANSACTION_ID, MMS_VERSION, FROM, SUBJECT,
            DELIVERY_REPORT, STORED, MESSAGE_CLASS, PRIORITY, MESSAGE_SIZE, EXPIRY, REPLY_CHARGING,
            REPLY_CHARGING_DEADLINE, REPLY_CHARGING_SIZE, REPLY_CHARGING_ID, CONTENT_LOCATION,
            DISTRIBUTION_INDICATOR, ELEMENT_DESCRIPTOR, RECOMMENDED_RETRIEVAL_MODE, RECOMMENDED_RETRIEVAL_MODE_TEXT,
            APPLIC_ID, REPLY_APPLIC_ID, AUX_APPLIC_INFO, CONTENT_CLASS, DRM_CONTENT, REPLACE_ID);
    static final List<HeaderField<?>> MANDATORY = List.of(TRANSACTION_ID, MMS_VERSION, MESSAGE_CLASS, MESSAGE_SIZE,
            EXPIRY, CONTENT_LOCATION);

    NotificationInd(MmsHeaders headers, MessageBody body) {
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

    public Optional<From> from() {
        return header(FROM);
    }

    public Optional<EncodedString> subject() {
        return header(SUBJECT);
    }

    public Optional<Boolean> deliveryReport() {
        return header(DELIVERY_REPORT);
    }

    public Optional<Boolean> stored() {
        return header(STORED);
    }

    public MessageClass messageClass() {
        return header(MESSAGE_CLASS).orElse(MessageClass.PERSONAL);
    }

    public Optional<Priority> priority() {
        return header(PRIORITY);
    }

    public long messageSize() {
        return header(MESSAGE_SIZE).orElse(0L);
    }

    public Optional<TimeValue> expiry() {
        return header(EXPIRY);
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

    /** The URL to fetch the message from (HTTP GET gives the M-Retrieve.conf). */
    public String contentLocation() {
        return header(CONTENT_LOCATION).orElseThrow();
    }

    public Optional<Boolean> distributionIndicator() {
        return header(DISTRIBUTION_INDICATOR);
    }

    public Optional<RawValue> elementDescriptor() {
        return header(ELEMENT_DESCRIPTOR);
    }

    public Optional<RetrievalMode> recommendedRetrievalMode() {
        return header(RECOMMENDED_RETRIEVAL_MODE);
    }

    public Optional<EncodedString> recommendedRetrievalModeText() {
        return header(RECOMMENDED_RETRIEVAL_MODE_TEXT);
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

    public static final class Builder extends MmsPdu.Builder<Builder, NotificationInd> {
        Builder() {
            super(MessageType.NOTIFICATION_IND);
        }

        public Builder from(String address) {
            return set(FROM, From.address(address));
        }

        public Builder subject(String subject) {
            return set(SUBJECT, subject == null ? null : EncodedString.of("Subject", subject));
        }

        public Builder messageClass(MessageClass messageClass) {
            return set(MESSAGE_CLASS, messageClass);
        }

        public Builder priority(Priority priority) {
            return set(PRIORITY, priority);
        }

        public Builder messageSize(long size) {
            return set(MESSAGE_SIZE, size);
        }

        public Builder expiry(TimeValue expiry) {
            return set(EXPIRY, expiry);
        }

        public Builder contentLocation(String url) {
            return set(CONTENT_LOCATION, Texts.requireNonEmptyText("X-Mms-Content-Location", url));
        }

        public Builder deliveryReport(boolean wanted) {
            return set(DELIVERY_REPORT, wanted);
        }

        @Override
        public NotificationInd build() {
            if (!has(MESSAGE_CLASS)) {
                messageClass(MessageClass.PERSONAL);
            }
            return new NotificationInd(headers(FIELDS, MANDATORY), null);
        }
    }
}
