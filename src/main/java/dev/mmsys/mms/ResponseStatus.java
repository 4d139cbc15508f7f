package dev.mmsys.mms;

import java.util.Map;

/**
 * X-Mms-Response-Status (OMA-TS-MMS-ENC 1.3 §7.3.48): the MMS Proxy-Relay's verdict in M-Send.conf.
 *
 * <p>Values 192-223 are transient failures (the reserved ones are treated as 192, Error-transient-failure),
 * 224-255 permanent ones (reserved ones as 224), and any other value not listed is treated as 224, as the
 * specification requires. The MMS 1.0 codes 0x81-0x88 are obsolete since MMS 1.1 but still sent by old
 * MMSCs; {@link #equivalent()} maps each to its MMS 1.1 counterpart: network problem is transient,
 * unspecified is the generic transient failure, all others permanent.
 */
public record ResponseStatus(int code) {

    public static final ResponseStatus OK = new ResponseStatus(0x80);
    public static final ResponseStatus TRANSIENT_FAILURE = new ResponseStatus(0xC0);
    public static final ResponseStatus TRANSIENT_NETWORK_PROBLEM = new ResponseStatus(0xC3);
    public static final ResponseStatus PERMANENT_FAILURE = new ResponseStatus(0xE0);
    public static final ResponseStatus PERMANENT_SERVICE_DENIED = new ResponseStatus(0xE1);
    public static final ResponseStatus PERMANENT_MESSAGE_FORMAT_CORRUPT = new ResponseStatus(0xE2);
    public static final ResponseStatus PERMANENT_SENDING_ADDRESS_UNRESOLVED = new ResponseStatus(0xE3);
    public static final ResponseStatus PERMANENT_CONTENT_NOT_ACCEPTED = new ResponseStatus(0xE5);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x80, "Ok"),
            Map.entry(0x81, "Error-unspecified"),
            Map.entry(0x82, "Error-service-denied"),
            Map.entry(0x83, "Error-message-format-corrupt"),
            Map.entry(0x84, "Error-sending-address-unresolved"),
            Map.entry(0x85, "Error-message-not-found"),
            Map.entry(0x86, "Error-network-problem"),
            Map.entry(0x87, "Error-content-not-accepted"),
            Map.entry(0x88, "Error-unsupported-message"),
            Map.entry(0xC0, "Error-transient-failure"),
            Map.entry(0xC1, "Error-transient-sending-address-unresolved"),
            Map.entry(0xC2, "Error-transient-message-not-found"),
            Map.entry(0xC3, "Error-transient-network-problem"),
            Map.entry(0xC4, "Error-transient-partial-success"),
            Map.entry(0xE0, "Error-permanent-failure"),
            Map.entry(0xE1, "Error-permanent-service-denied"),
            Map.entry(0xE2, "Error-permanent-message-format-corrupt"),
            Map.entry(0xE3, "Error-permanent-sending-address-unresolved"),
            Map.entry(0xE4, "Error-permanent-message-not-found"),
            Map.entry(0xE5, "Error-permanent-content-not-accepted"),
            Map.entry(0xE6, "Error-permanent-reply-charging-limitations-not-met"),
            Map.entry(0xE7, "Error-permanent-reply-charging-request-not-accepted"),
            Map.entry(0xE8, "Error-permanent-reply-charging-forwarding-denied"),
            Map.entry(0xE9, "Error-permanent-reply-charging-not-supported"),
            Map.entry(0xEA, "Error-permanent-address-hiding-not-supported"),
            Map.entry(0xEB, "Error-permanent-lack-of-prepaid"));

    /** Obsolete MMS 1.0 value → the MMS 1.1 value a client reacts to in its place. */
    private static final Map<Integer, Integer> OBSOLETE = Map.of(
            0x81, 0xC0, // Error-unspecified → Error-transient-failure
            0x82, 0xE1, // Error-service-denied → Error-permanent-service-denied
            0x83, 0xE2, // Error-message-format-corrupt → Error-permanent-message-format-corrupt
            0x84, 0xE3, // Error-sending-address-unresolved → Error-permanent-sending-address-unresolved
            0x85, 0xE4, // Error-message-not-found → Error-permanent-message-not-found
            0x86, 0xC3, // Error-network-problem → Error-transient-network-problem
            0x87, 0xE5, // Error-content-not-accepted → Error-permanent-content-not-accepted
            0x88, 0xE0); // Error-unsupported-message → Error-permanent-failure

    public ResponseStatus {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("a response status is one octet: " + code);
        }
    }

    /** The spec's name, or {@code reserved-0xNN}. */
    public String label() {
        String n = NAMES.get(code);
        return n != null ? n : String.format("reserved-0x%02X", code);
    }

    /** True for the obsolete MMS 1.0 codes 0x81-0x88. */
    public boolean isObsolete() {
        return OBSOLETE.containsKey(code);
    }

    /** The value a client must react to: obsolete codes mapped, reserved ones to 192 or 224, others as is. */
    public ResponseStatus equivalent() {
        Integer mapped = OBSOLETE.get(code);
        if (mapped != null) {
            return new ResponseStatus(mapped);
        }
        if (NAMES.containsKey(code)) {
            return this;
        }
        return code >= 0xC0 && code <= 0xDF ? TRANSIENT_FAILURE : PERMANENT_FAILURE;
    }

    public StatusCategory category() {
        int c = equivalent().code;
        if (c == 0x80) {
            return StatusCategory.OK;
        }
        return c >= 0xC0 && c <= 0xDF ? StatusCategory.TRANSIENT : StatusCategory.PERMANENT;
    }

    public boolean isOk() {
        return category() == StatusCategory.OK;
    }

    public boolean isTransient() {
        return category() == StatusCategory.TRANSIENT;
    }

    public boolean isPermanent() {
        return category() == StatusCategory.PERMANENT;
    }

    @Override
    public String toString() {
        return String.format("%s (0x%02X)", label(), code);
    }
}
