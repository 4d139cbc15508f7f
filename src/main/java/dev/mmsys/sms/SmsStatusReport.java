package dev.mmsys.sms;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SMS-STATUS-REPORT (TS 23.040 §9.2.2.3): what became of the SMS-SUBMIT with TP-MR {@link #messageReference()}
 * sent to {@link #recipient()}. The optional TP-PID, TP-DCS and TP-UD are present when TP-PI says so.
 *
 * @param qualifierCommand TP-SRQ: true when this reports on an SMS-COMMAND rather than an SMS-SUBMIT
 * @param dischargeTime    TP-DT: when the SMSC delivered the message, or last tried to
 * @param status           TP-ST
 */
public record SmsStatusReport(Optional<SmsAddress> smsc, boolean moreMessagesToSend, boolean loopPrevention,
                              boolean qualifierCommand, int messageReference, SmsAddress recipient,
                              OffsetDateTime serviceCentreTimestamp, OffsetDateTime dischargeTime, int status,
                              OptionalInt protocolId, Optional<DataCodingScheme> dcs, Optional<UserData> userData)
        implements SmsPdu {

    public SmsStatusReport {
        Objects.requireNonNull(smsc, "smsc");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(serviceCentreTimestamp, "serviceCentreTimestamp");
        Objects.requireNonNull(dischargeTime, "dischargeTime");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(dcs, "dcs");
        Objects.requireNonNull(userData, "userData");
        SmsSubmit.requireOctet(messageReference, "TP-MR");
        SmsSubmit.requireOctet(status, "TP-ST");
        if (userData.isPresent() && dcs.isEmpty()) {
            throw new IllegalArgumentException("user data in a status report needs a TP-DCS");
        }
    }

    /** What TP-ST means for the message (TS 23.040 §9.2.3.15). */
    public enum Outcome {
        /** 0x00-0x1F: the message reached the recipient (or was replaced by the SMSC). */
        DELIVERED,
        /** 0x20-0x3F: a temporary error; the SMSC is still trying. */
        PENDING,
        /** 0x40-0x5F, and reserved values 0x80-0xFF: the SMSC gave up for good. */
        FAILED,
        /** 0x60-0x7F: a temporary error, but the SMSC is no longer trying. */
        FAILED_TEMPORARY
    }

    public Outcome outcome() {
        if (status < 0x20) {
            return Outcome.DELIVERED;
        } else if (status < 0x40) {
            return Outcome.PENDING;
        } else if (status < 0x60 || status >= 0x80) {
            return Outcome.FAILED;
        }
        return Outcome.FAILED_TEMPORARY;
    }

    @Override
    public SmsPduType type() {
        return SmsPduType.SMS_STATUS_REPORT;
    }
}
