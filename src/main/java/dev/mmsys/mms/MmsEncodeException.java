package dev.mmsys.mms;

/**
 * Input that cannot become a valid PDU (a bad address, an empty message, an unsupported content type, text a
 * header cannot carry...). The message names the input and what to do about it.
 */
public class MmsEncodeException extends MmsException {
    private static final long serialVersionUID = 1L;

    public MmsEncodeException(String message) {
        super(message);
    }
}
