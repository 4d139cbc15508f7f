package dev.mmsys.mms;

import static dev.mmsys.mms.HeaderField.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** M-Delivery.ind (§6.6): a delivery report for a message the client sent. */
public final class DeliveryInd extends MmsPdu {

    static final List<HeaderField<?>> FIELDS = List.of(MESSAGE_TYPE, MMS_VERSION, MESSAGE_ID, TO, DATE, STATUS,
            STATUS_TEXT, APPLIC_ID, REPLY_APPLIC_ID, AUX_APPLIC_INFO);
    static final List<HeaderField<?>> MANDATORY = List.of(MMS_VERSION, MESSAGE_ID, TO, DATE, STATUS);

    DeliveryInd(MmsHeaders headers, MessageBody body) {
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

    public String messageId() {
        return header(MESSAGE_ID).orElseThrow();
    }

    public List<EncodedString> to() {
        return all(TO);
    }

    public Instant date() {
        return header(DATE).orElseThrow();
    }

    public MmsStatus status() {
        return header(STATUS).orElseThrow();
    }

    public Optional<EncodedString> statusText() {
        return header(STATUS_TEXT);
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

    public static final class Builder extends MmsPdu.Builder<Builder, DeliveryInd> {
        Builder() {
            super(MessageType.DELIVERY_IND);
        }

        public Builder messageId(String messageId) {
            return set(MESSAGE_ID, Texts.requireNonEmptyText("Message-ID", messageId));
        }

        public Builder to(String address) {
            return add(TO, MmsAddress.encode(address));
        }

        public Builder date(Instant date) {
            return set(DATE, Instant.ofEpochSecond(date.getEpochSecond()));
        }

        public Builder status(MmsStatus status) {
            return set(STATUS, status);
        }

        @Override
        public DeliveryInd build() {
            return new DeliveryInd(headers(FIELDS, MANDATORY), null);
        }
    }
}
