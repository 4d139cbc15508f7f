package dev.mmsys.app.delivery;

/** The encoded M-Send.req is over the carrier's maximum: MMS cannot carry it (permanent; SMS may). */
public final class MmsTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    public MmsTooLargeException(int size, long max) {
        super("the encoded MMS is " + size + " octets, over the carrier's limit of " + max
                + " (mmsys.mms.max-size); MMSCs drop such messages silently, so it was not sent as MMS");
    }
}
