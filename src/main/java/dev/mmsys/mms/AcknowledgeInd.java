package dev.mmsys.mms;

import static dev.mmsys.mms.HeaderField.*;

import java.util.List;
import java.util.Optional;

/** M-Acknowledge.ind (§6.4): the client confirms it retrieved a deferred message. */
public final class AcknowledgeInd extends MmsPdu {

    static final List<HeaderField<?>> FIELDS = List.of(MESSAGE_TYPE, TRANSACTION_ID, MMS_VERSION, REPORT_ALLOWED);
    static final List<HeaderField<?>> MANDATORY = List.of(TRANSACTION_ID, MMS_VERSION);

    AcknowledgeInd(MmsHeaders headers, MessageBody body) {
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

    public Optional<Boolean> reportAllowed() {
        return header(REPORT_ALLOWED);
    }

    public static final class Builder extends MmsPdu.Builder<Builder, AcknowledgeInd> {
        Builder() {
            super(MessageType.ACKNOWLEDGE_IND);
        }

        public Builder reportAllowed(boolean allowed) {
            return set(REPORT_ALLOWED, allowed);
        }

        @Override
        public AcknowledgeInd build() {
            return new AcknowledgeInd(headers(FIELDS, MANDATORY), null);
        }
    }
}
