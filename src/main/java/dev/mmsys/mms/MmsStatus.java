package dev.mmsys.mms;

/** X-Mms-Status (§7.3.54): what became of a message, in M-NotifyResp.ind and M-Delivery.ind. */
public enum MmsStatus implements OctetValue {
    EXPIRED(128, "expired"),
    RETRIEVED(129, "retrieved"),
    REJECTED(130, "rejected"),
    DEFERRED(131, "deferred"),
    UNRECOGNISED(132, "unrecognised"),
    INDETERMINATE(133, "indeterminate"),
    FORWARDED(134, "forwarded"),
    UNREACHABLE(135, "unreachable");

    private final int code;
    private final String label;

    MmsStatus(int code, String label) {
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
