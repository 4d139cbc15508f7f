package dev.mmsys.mms;

import static dev.mmsys.mms.HeaderField.*;

import java.util.List;
import java.util.Optional;

/** M-NotifyResp.ind (§6.3): the client's answer to an M-Notification.ind. */
public final class NotifyRespInd extends MmsPdu {

    static final List<HeaderField<?>> FIELDS = List.of(MESSAGE_TYPE, TRANSACTION_ID, MMS_VERSION, STATUS,
            REPORT_ALLOWED);
    static final List<HeaderField<?>> MANDATORY = List.of(TRANSACTION_ID, MMS_VERSION, STATUS);

    NotifyRespInd(MmsHeaders headers, MessageBody body) {
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

    public MmsStatus status() {
        return header(STATUS).orElseThrow();
    }

    public Optional<Boolean> reportAllowed() {
        return header(REPORT_ALLOWED);
    }

    public static final class Builder extends MmsPdu.Builder<Builder, NotifyRespInd> {
        Builder() {
            super(MessageType.NOTIFYRESP_IND);
        }

        public Builder status(MmsStatus status) {
            return set(STATUS, status);
        }

        public Builder reportAllowed(boolean allowed) {
            return set(REPORT_ALLOWED, allowed);
        }

        @Override
        public NotifyRespInd build() {
            return new NotifyRespInd(headers(FIELDS, MANDATORY), null);
        }
    }
}
