package dev.mmsys.sms;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * SMS-DELIVER (TS 23.040 §9.2.2.1): a message received from {@link #originator()}.
 *
 * @param moreMessagesToSend      TP-MMS read the natural way round (the bit is 0 when more messages wait)
 * @param loopPrevention          TP-LP
 * @param statusReportIndication  TP-SRI
 * @param replyPath               TP-RP
 * @param serviceCentreTimestamp  TP-SCTS
 */
public record SmsDeliver(Optional<SmsAddress> smsc, boolean moreMessagesToSend, boolean loopPrevention,
                         boolean statusReportIndication, boolean replyPath, SmsAddress originator, int protocolId,
                         DataCodingScheme dcs, OffsetDateTime serviceCentreTimestamp, UserData userData)
        implements UserDataPdu {

    public SmsDeliver {
        Objects.requireNonNull(smsc, "smsc");
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(dcs, "dcs");
        Objects.requireNonNull(serviceCentreTimestamp, "serviceCentreTimestamp");
        Objects.requireNonNull(userData, "userData");
        SmsSubmit.requireOctet(protocolId, "TP-PID");
    }

    /** A plain deliver: no SMSC field, no more messages, TP-PID 0. */
    public static SmsDeliver of(SmsAddress originator, OffsetDateTime timestamp, DataCodingScheme dcs,
                                UserData userData) {
        return new SmsDeliver(Optional.empty(), false, false, false, false, originator, 0, dcs, timestamp, userData);
    }

    @Override
    public SmsPduType type() {
        return SmsPduType.SMS_DELIVER;
    }

    @Override
    public SmsAddress address() {
        return originator;
    }
}
