package dev.mmsys.modem;

/**
 * The MMSC's answer is not valid HTTP/1.x or is too large; the message names the field and the octet offset
 * in the response. Transient: a garbled answer over a radio link is worth another try.
 */
public class HttpProtocolException extends ModemException {

    private final long offset;

    public HttpProtocolException(String message, long offset) {
        super(message + " (at octet " + offset + " of the response)", true);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
