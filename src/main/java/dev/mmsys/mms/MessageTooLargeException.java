package dev.mmsys.mms;

/** The encoded PDU is larger than the carrier accepts; carriers often drop such messages silently. */
public final class MessageTooLargeException extends MmsEncodeException {
    private static final long serialVersionUID = 1L;

    private final long size;
    private final long maxSize;

    public MessageTooLargeException(long size, long maxSize) {
        super("the MMS would be " + size + " octets, more than the carrier's maximum of " + maxSize
                + " octets; send smaller attachments or a shorter text");
        this.size = size;
        this.maxSize = maxSize;
    }

    public long size() {
        return size;
    }

    public long maxSize() {
        return maxSize;
    }
}
