package dev.mmsys.mms;

import java.util.Map;

/**
 * X-Mms-Retrieve-Status (§7.3.50), in M-Retrieve.conf. 195-223 are reserved transient failures (treated as
 * 192), anything else not listed is treated as 224, Error-permanent-failure.
 */
public record RetrieveStatus(int code) {

    public static final RetrieveStatus OK = new RetrieveStatus(0x80);

    private static final Map<Integer, String> NAMES = Map.of(
            0x80, "Ok",
            0xC0, "Error-transient-failure",
            0xC1, "Error-transient-message-not-found",
            0xC2, "Error-transient-network-problem",
            0xE0, "Error-permanent-failure",
            0xE1, "Error-permanent-service-denied",
            0xE2, "Error-permanent-message-not-found",
            0xE3, "Error-permanent-content-unsupported");

    public RetrieveStatus {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("a retrieve status is one octet: " + code);
        }
    }

    public String label() {
        String n = NAMES.get(code);
        return n != null ? n : String.format("reserved-0x%02X", code);
    }

    public StatusCategory category() {
        if (code == 0x80) {
            return StatusCategory.OK;
        }
        return code >= 0xC0 && code <= 0xDF ? StatusCategory.TRANSIENT : StatusCategory.PERMANENT;
    }

    @Override
    public String toString() {
        return String.format("%s (0x%02X)", label(), code);
    }
}
