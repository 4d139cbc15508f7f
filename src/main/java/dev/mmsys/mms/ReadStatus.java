package dev.mmsys.mms;

/** X-Mms-Read-Status (§7.3.40). */
public enum ReadStatus implements OctetValue {
    READ(128, "read"),
    DELETED_WITHOUT_BEING_READ(129, "deleted-without-being-read");

    private final int code;
    private final String label;

    ReadStatus(int code, String label) {
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
