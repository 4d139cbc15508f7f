package dev.mmsys.app;

/** Exchange headers the MMSYS routes use among themselves (never sent over HTTP). */
public final class MmsysHeaders {

    /** The message id; every step after intake finds the record by it. */
    public static final String MESSAGE_ID = "MmsysMessageId";
    /** Boolean: intake made a new message (false for an Idempotency-Key repeat or a quarantined file). */
    public static final String CREATED = "MmsysCreated";
    /** The message's state after the pipeline ran ({@code sent}, {@code sent-as-sms}, {@code failed}). */
    public static final String STATE = "MmsysState";
    /** {@code direct:mmsys-send}: auto, mms or sms. */
    public static final String MODE = "MmsysMode";
    /** The channel the pipeline chose for this attempt: {@code mms} or {@code sms}. */
    public static final String CHANNEL = "MmsysChannel";
    /** Queue route: why a message went to the dead-letter queue, and the field at fault. */
    public static final String ERROR = "MmsysError";
    public static final String ERROR_FIELD = "MmsysErrorField";

    private MmsysHeaders() {
    }
}
