package dev.mmsys.mms;

import static dev.mmsys.mms.HeaderField.*;

import java.util.List;
import java.util.Optional;

/**
 * M-Send.conf (§6.1.2): the MMS Proxy-Relay's answer to an M-Send.req, with the same Transaction-ID, the
 * verdict ({@link #responseStatus()}) and, when accepted, the Message-ID.
 */
public final class SendConf extends MmsPdu {

    static final List<HeaderField<?>> FIELDS = List.of(MESSAGE_TYPE, TRANSACTION_ID, MMS_VERSION, RESPONSE_STATUS,
            RESPONSE_TEXT, MESSAGE_ID, CONTENT_LOCATION, STORE_STATUS, STORE_STATUS_TEXT);
    static final List<HeaderField<?>> MANDATORY = List.of(TRANSACTION_ID, MMS_VERSION, RESPONSE_STATUS);

    SendConf(MmsHeaders headers, MessageBody body) {
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

    public ResponseStatus responseStatus() {
        return header(RESPONSE_STATUS).orElseThrow();
    }

    public Optional<EncodedString> responseText() {
        return header(RESPONSE_TEXT);
    }

    public Optional<String> messageId() {
        return header(MESSAGE_ID);
    }

    /** Where the message was stored in the MMBox (MMS 1.2, with X-Mms-Store). */
    public Optional<String> contentLocation() {
        return header(CONTENT_LOCATION);
    }

    public Optional<StoreStatus> storeStatus() {
        return header(STORE_STATUS);
    }

    public Optional<EncodedString> storeStatusText() {
        return header(STORE_STATUS_TEXT);
    }

    public static final class Builder extends MmsPdu.Builder<Builder, SendConf> {
        Builder() {
            super(MessageType.SEND_CONF);
        }

        public Builder responseStatus(ResponseStatus status) {
            return set(RESPONSE_STATUS, status);
        }

        public Builder responseText(String text) {
            return set(RESPONSE_TEXT, text == null ? null : EncodedString.of("X-Mms-Response-Text", text));
        }

        public Builder messageId(String messageId) {
            return set(MESSAGE_ID, Texts.requireNonEmptyText("Message-ID", messageId));
        }

        public Builder contentLocation(String location) {
            return set(CONTENT_LOCATION, Texts.requireNonEmptyText("X-Mms-Content-Location", location));
        }

        public Builder storeStatus(StoreStatus status) {
            return set(STORE_STATUS, status);
        }

        public Builder storeStatusText(String text) {
            return set(STORE_STATUS_TEXT, text == null ? null
                    : EncodedString.of("X-Mms-Store-Status-Text", text));
        }

        @Override
        public SendConf build() {
            return new SendConf(headers(FIELDS, MANDATORY), null);
        }
    }
}
