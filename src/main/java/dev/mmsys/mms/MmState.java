package dev.mmsys.mms;

/** X-Mms-MM-State (§7.3.33), MMS 1.2. */
public enum MmState implements OctetValue {
    DRAFT(128, "draft"),
    SENT(129, "sent"),
    NEW(130, "new"),
    RETRIEVED(131, "retrieved"),
    FORWARDED(132, "forwarded");

    private final int code;
    private final String label;

    MmState(int code, String label) {
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
