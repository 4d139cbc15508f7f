package dev.mmsys.mms;

import static dev.mmsys.mms.HeaderField.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** M-Read-Rec.ind (§6.7.2): a read report the recipient's client sends. */
public final class ReadRecInd extends MmsPdu {

    static final List<HeaderField<?>> FIELDS = List.of(MESSAGE_TYPE, MMS_VERSION, MESSAGE_ID, TO, FROM, DATE,
            READ_STATUS, APPLIC_ID, REPLY_APPLIC_ID, AUX_APPLIC_INFO);
    static final List<HeaderField<?>> MANDATORY = List.of(MMS_VERSION, MESSAGE_ID, TO, FROM, READ_STATUS);

    ReadRecInd(MmsHeaders headers, MessageBody body) {
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

    public From from() {
        return header(FROM).orElseThrow();
    }

    public Optional<Instant> date() {
        return header(DATE);
    }

    public ReadStatus readStatus() {
        return header(READ_STATUS).orElseThrow();
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

    public static final class Builder extends MmsPdu.Builder<Builder, ReadRecInd> {
        Builder() {
            super(MessageType.READ_REC_IND);
        }

        public Builder messageId(String messageId) {
            return set(MESSAGE_ID, Texts.requireNonEmptyText("Message-ID", messageId));
        }

        public Builder to(String address) {
            return add(TO, MmsAddress.encode(address));
        }

        public Builder from(From from) {
            return set(FROM, from);
        }

        public Builder date(Instant date) {
            return set(DATE, Instant.ofEpochSecond(date.getEpochSecond()));
        }

        public Builder readStatus(ReadStatus status) {
            return set(READ_STATUS, status);
        }

        @Override
        public ReadRecInd build() {
            return new ReadRecInd(headers(FIELDS, MANDATORY), null);
        }
    }
}
