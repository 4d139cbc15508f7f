package dev.mmsys.mms;

import java.util.Map;

/**
 * X-Mms-Store-Status (§7.3.58), MMS 1.2: whether the MMS Proxy-Relay stored the message in the MMBox. 194-223
 * are reserved transient failures, anything else not listed is treated as a permanent failure.
 */
public record StoreStatus(int code) {

    private static final Map<Integer, String> NAMES = Map.of(
            0x80, "Success",
            0xC0, "Error-transient-failure",
            0xC1, "Error-transient-network-problem",
            0xE0, "Error-permanent-failure",
            0xE1, "Error-permanent-service-denied",
            0xE2, "Error-permanent-message-format-corrupt",
            0xE3, "Error-permanent-message-not-found",
            0xE4, "Error-permanent-mmbox-full");

    public StoreStatus {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("a store status is one octet: " + code);
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
