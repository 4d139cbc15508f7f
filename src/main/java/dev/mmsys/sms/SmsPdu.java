package dev.mmsys.sms;

import java.util.Optional;

/** A decoded or to-be-encoded SMS TPDU, with the SMSC address that precedes it in the modem's PDU format. */
public sealed interface SmsPdu permits UserDataPdu, SmsStatusReport {

    SmsPduType type();

    /** The SMSC address field; empty means the field is {@code 00} (the SMSC stored on the SIM). */
    Optional<SmsAddress> smsc();
}
