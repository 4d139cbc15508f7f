package dev.mmsys.mms;

/** X-Mms-Priority (§7.3.35). */
public enum Priority implements OctetValue {
    LOW(128, "low"),
    NORMAL(129, "normal"),
    HIGH(130, "high");

    private final int code;
    private final String label;

    Priority(int code, String label) {
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
