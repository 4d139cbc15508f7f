package dev.mmsys.emulator;

/** The faults {@link ModemFaults#random} may pick. */
public enum RandomFault {
    /** Any command answers plain {@code ERROR} instead of running. */
    ERROR,
    /** Any command answers {@code +CME ERROR: 100} (unknown) instead of running. */
    CME_ERROR,
    /** Any command gets no answer at all. */
    SILENCE,
    /** A line of garbage arrives before the response. */
    NOISE,
    /** A URC ({@code +CPIN: READY}, {@code SMS DONE}, {@code PB DONE}) arrives between echo and response. */
    URC_BEFORE_RESPONSE,
    /** AT+CIPOPEN answers OK, then {@code +CIPOPEN: <l>,1}. */
    CIPOPEN_FAIL,
    /** AT+NETOPEN answers OK, then {@code +NETOPEN: 1}. */
    NETOPEN_FAIL,
    /** The server of the link AT+CIPOPEN opens closes after a random part (1-400 octets) of its response. */
    PEER_CLOSE_MID_RESPONSE,
    /** AT+CMGS answers {@code +CMS ERROR: 500} after the PDU. */
    CMS_ERROR,
    /** The modem reboots when the command arrives. */
    REBOOT
}
