package dev.mmsys.modem;

/** Receives the bytes of a transparent-mode (CIPMODE=1) connection from the AT channel's reader thread. */
interface DataSink {

    /** @return true when this byte completed the modem's end-of-connection marker; data mode then ends */
    boolean accept(byte b);

    /** Data mode ended without the marker (escape, or the port died). */
    void end(String why);
}
