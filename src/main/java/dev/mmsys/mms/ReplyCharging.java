package dev.mmsys.mms;

/** X-Mms-Reply-Charging (§7.3.43). */
public enum ReplyCharging implements OctetValue {
    REQUESTED(128, "requested"),
    REQUESTED_TEXT_ONLY(129, "requested-text-only"),
    ACCEPTED(130, "accepted"),
    ACCEPTED_TEXT_ONLY(131, "accepted-text-only");

    private final int code;
    private final String label;

    ReplyCharging(int code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
