package dev.mmsys.mms;

/** X-Mms-Message-Type (OMA-TS-MMS-ENC §7.3.30): every PDU type of MMS 1.0-1.3. */
public enum MessageType {
    SEND_REQ(128, "m-send-req"),
    SEND_CONF(129, "m-send-conf"),
    NOTIFICATION_IND(130, "m-notification-ind"),
    NOTIFYRESP_IND(131, "m-notifyresp-ind"),
    RETRIEVE_CONF(132, "m-retrieve-conf"),
    ACKNOWLEDGE_IND(133, "m-acknowledge-ind"),
    DELIVERY_IND(134, "m-delivery-ind"),
    READ_REC_IND(135, "m-read-rec-ind"),
    READ_ORIG_IND(136, "m-read-orig-ind"),
    FORWARD_REQ(137, "m-forward-req"),
    FORWARD_CONF(138, "m-forward-conf"),
    MBOX_STORE_REQ(139, "m-mbox-store-req"),
    MBOX_STORE_CONF(140, "m-mbox-store-conf"),
    MBOX_VIEW_REQ(141, "m-mbox-view-req"),
    MBOX_VIEW_CONF(142, "m-mbox-view-conf"),
    MBOX_UPLOAD_REQ(143, "m-mbox-upload-req"),
    MBOX_UPLOAD_CONF(144, "m-mbox-upload-conf"),
    MBOX_DELETE_REQ(145, "m-mbox-delete-req"),
    MBOX_DELETE_CONF(146, "m-mbox-delete-conf"),
    MBOX_DESCR(147, "m-mbox-descr"),
    DELETE_REQ(148, "m-delete-req"),
    DELETE_CONF(149, "m-delete-conf"),
    CANCEL_REQ(150, "m-cancel-req"),
    CANCEL_CONF(151, "m-cancel-conf");

    private final int code;
    private final String label;

    MessageType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The spec's name, e.g. {@code m-send-req}. */
    public String label() {
        return label;
    }

    /** The type for a code, or null when the code is not a message type. */
    public static MessageType of(int code) {
        return code >= 128 && code <= 151 ? values()[code - 128] : null;
    }

    /** True for the types whose PDU ends with Content-Type and a body. */
    public boolean hasBody() {
        return switch (this) {
            case SEND_REQ, RETRIEVE_CONF, FORWARD_REQ, MBOX_UPLOAD_REQ, MBOX_DESCR, MBOX_VIEW_CONF -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
