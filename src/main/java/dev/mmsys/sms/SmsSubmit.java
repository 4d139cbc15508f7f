package dev.mmsys.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * SMS-SUBMIT (TS 23.040 §9.2.2.2). TP-UDHI is not a field: it is set when the user data has a header.
 *
 * @param smsc                SMSC address field; empty = {@code 00}, use the SIM's
 * @param rejectDuplicates    TP-RD
 * @param messageReference    TP-MR (0-255; the SIM7600 assigns its own and reports it in {@code +CMGS:})
 * @param destination         TP-DA
 * @param protocolId          TP-PID (0 = plain short message)
 * @param validity            TP-VPF and TP-VP
 * @param statusReportRequest TP-SRR
 * @param replyPath           TP-RP
 */
public record SmsSubmit(Optional<SmsAddress> smsc, boolean rejectDuplicates, int messageReference,
                        SmsAddress destination, int protocolId, DataCodingScheme dcs, ValidityPeriod validity,
                        boolean statusReportRequest, boolean replyPath, UserData userData) implements UserDataPdu {

    public SmsSubmit {
        Objects.requireNonNull(smsc, "smsc");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(dcs, "dcs");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(userData, "userData");
        requireOctet(messageReference, "TP-MR");
        requireOctet(protocolId, "TP-PID");
    }

    /** A plain submit: SIM's SMSC, TP-MR 0, TP-PID 0, no validity period, no status report. */
    public static SmsSubmit of(SmsAddress destination, DataCodingScheme dcs, UserData userData) {
        return new SmsSubmit(Optional.empty(), false, 0, destination, 0, dcs, ValidityPeriod.NONE, false, false,
                userData);
    }

    @Override
    public SmsPduType type() {
        return SmsPduType.SMS_SUBMIT;
    }

    @Override
    public SmsAddress address() {
        return destination;
    }

    static void requireOctet(int v, String field) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException(field + " is one octet (0-255), not " + v);
        }
    }
}
