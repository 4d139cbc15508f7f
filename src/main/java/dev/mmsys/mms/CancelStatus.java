package dev.mmsys.mms;

/** X-Mms-Cancel-Status (§7.3.7), MMS 1.3. */
public enum CancelStatus implements OctetValue {
    RECEIVED(128, "cancel-request-successfully-received"),
    CORRUPTED(129, "cancel-request-corrupted");

    private final int code;
    private final String label;

    CancelStatus(int code, String label) {
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
