package dev.mmsys.sms;

/**
 * The PDU types this codec handles, by TP-MTI (TS 23.040 §9.2.3.1). The MTI alone is ambiguous (0 is also
 * SMS-DELIVER-REPORT, 1 SMS-SUBMIT-REPORT, 2 SMS-COMMAND in the other direction); the PDUs a modem hands over
 * (AT+CMGS input, AT+CMGR/+CMT/+CDS output) are these three.
 */
public enum SmsPduType {
    SMS_DELIVER(0), SMS_SUBMIT(1), SMS_STATUS_REPORT(2);

    private final int mti;

    SmsPduType(int mti) {
        this.mti = mti;
    }

    public int mti() {
        return mti;
    }
}
