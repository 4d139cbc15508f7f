package dev.mmsys.camel;

/** What a {@code sim7600:} producer does with an exchange. */
public enum Sim7600Operation {
    /** Body: M-Send.req bytes. Posts them to the MMSC; headers from the M-Send.conf. */
    sendMms,
    /** Body: SMS-SUBMIT PDUs, or a text plus the To header. Sends them with AT+CMGS. */
    sendSms,
    /** Body ignored. Replies with the modem's identity, signal, registration and SIM identifiers. */
    info
}
