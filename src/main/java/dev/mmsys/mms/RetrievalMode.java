package dev.mmsys.mms;

/** X-Mms-Recommended-Retrieval-Mode (§7.3.39), MMS 1.3. */
public enum RetrievalMode implements OctetValue {
    MANUAL(128, "manual");

    private final int code;
    private final String label;

    RetrievalMode(int code, String label) {
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
