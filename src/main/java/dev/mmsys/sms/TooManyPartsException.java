package dev.mmsys.sms;

/** The text needs more concatenated parts than the configured maximum (or than the 255 the UDH can number). */
public final class TooManyPartsException extends SmsException {
    private static final long serialVersionUID = 1L;

    private final int needed;
    private final int allowed;

    public TooManyPartsException(int needed, int allowed, String encoding) {
        super("the text needs " + needed + " SMS parts (" + encoding + ") but at most " + allowed
                + " are allowed by " + SmsOptions.KEY_MAX_PARTS + "; shorten the text or raise "
                + SmsOptions.KEY_MAX_PARTS + " (1 to " + SmsOptions.MAX_CONCATENATED_PARTS + ")");
        this.needed = needed;
        this.allowed = allowed;
    }

    public int needed() {
        return needed;
    }

    public int allowed() {
        return allowed;
    }
}
