package dev.mmsys.mms;

/** X-Mms-Sender-Visibility (§7.3.52). */
public enum SenderVisibility implements OctetValue {
    HIDE(128, "hide"),
    SHOW(129, "show");

    private final int code;
    private final String label;

    SenderVisibility(int code, String label) {
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
