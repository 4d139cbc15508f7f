package dev.mmsys.camel;

/** Decodes the MMSC's M-Send.conf with the MMS codec. */
final class SendConfReader {

    private SendConfReader() {
    }

    /** @throws IllegalArgumentException when the bytes are not a valid M-Send.conf (the message says where) */
    static SendConfResult read(byte[] pdu) {
        throw new UnsupportedOperationException("M-Send.conf decoding lands with the MMS codec");
    }
}
