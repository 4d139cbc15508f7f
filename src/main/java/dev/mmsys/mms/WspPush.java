package dev.mmsys.mms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A WSP Push PDU (WAP-230-WSP §8.2.4.1) as it arrives in a WAP Push over SMS (WDP port 2948, connectionless
 * session): TID, PDU type 0x06 (Push), HeadersLen (uintvar), Content-Type, headers, data. An MMS Proxy-Relay
 * announces a message with content type {@code application/vnd.wap.mms-message}, X-Wap-Application-Id
 * {@code x-wap-application:mms.ua} and an M-Notification.ind (or M-Delivery.ind, M-Read-Orig.ind) as data.
 *
 * <p>{@link #decode} is strict and bounded like {@link MmsDecoder}: every length is checked against the octets
 * present before anything is read or allocated, and a fault is an {@link MmsDecodeException} naming the offset
 * (from the first octet of the push PDU, the TID), the field and what was expected. The SMS layer hands over the
 * octets ({@code ReassembledMessage.data()} of a WAP Push); this class knows nothing of SMS.
 */
public final class WspPush {

    /** PDU type Push (WSP table 34), the only type a connectionless push carries. */
    public static final int PUSH = 0x06;
    /** PDU type ConfirmedPush: connection-mode sessions only, never in a WAP Push over SMS. */
    public static final int CONFIRMED_PUSH = 0x07;
    /** Well-known field code of X-Wap-Application-Id (WSP table 39), without the high bit. */
    public static final int X_WAP_APPLICATION_ID = 0x2F;
    /** The content type of a push carrying an MMS PDU (well-known code 0x3E). */
    public static final String MMS_MESSAGE = "application/vnd.wap.mms-message";
    /** The push application ID of the MMS user agent (OMNA code 0x04). */
    public static final String MMS_USER_AGENT = "x-wap-application:mms.ua";
    static final int MMS_USER_AGENT_CODE = 0x04;

    private static final String WHAT = "WSP push PDU";
    private static final String APPLICATION_ID = "X-Wap-Application-Id";

    private final int transactionId;
    private final ContentType contentType;
    private final int contentTypeOffset;
    private final ApplicationId applicationId;
    private final int applicationIdOffset;
    private final List<PartHeader> headers;
    private final byte[] data;
    private final int dataOffset;

    private WspPush(int transactionId, ContentType contentType, int contentTypeOffset, ApplicationId applicationId,
                    int applicationIdOffset, List<PartHeader> headers, byte[] data, int dataOffset) {
        this.transactionId = transactionId;
        this.contentType = contentType;
        this.contentTypeOffset = contentTypeOffset;
        this.applicationId = applicationId;
        this.applicationIdOffset = applicationIdOffset;
        this.headers = List.copyOf(headers);
        this.data = data;
        this.dataOffset = dataOffset;
    }

    /**
     * The push application an X-Wap-Application-Id names (Application-id-value: Uri-value or App-assigned-code).
     *
     * @param uri  the URI as written, or for a well-known code the URI it stands for; null for an unknown code
     * @param code the code as written, or -1 when the value was written as a URI
     */
    public record ApplicationId(String uri, long code) {

        /** The MMS user agent ({@code x-wap-application:mms.ua}, written as code 0x04 or as the URI). */
        public boolean isMmsUserAgent() {
            return code == MMS_USER_AGENT_CODE || MMS_USER_AGENT.equalsIgnoreCase(uri);
        }

        @Override
        public String toString() {
            return uri != null ? uri : String.format("application code 0x%X", code);
        }
    }

    /** Decodes a WSP push PDU, strictly; the data is kept as octets (see {@link #mms} and {@link #notification}). */
    public static WspPush decode(byte[] pdu) {
        Objects.requireNonNull(pdu, "pdu");
        try {
            return read(new WspReader(pdu), new DecodeContext(false));
        } catch (MmsDecodeException e) {
            throw relabel(e, 0, "");
        }
    }

    /** Decodes a WSP push PDU and its data as an M-Notification.ind, both strictly. */
    public static NotificationInd decodeNotification(byte[] pdu) {
        return decode(pdu).notification();
    }

    private static WspPush read(WspReader r, DecodeContext ctx) {
        if (!r.hasRemaining()) {
            throw r.error("TID", "the push PDU is empty");
        }
        int tid = r.octet("TID");
        int typeAt = r.offset();
        int type = r.octet("PDU type");
        if (type != PUSH) {
            throw WspReader.error(typeAt, "PDU type", String.format("expected 0x06 (Push), found 0x%02X%s", type,
                    type == CONFIRMED_PUSH ? " (ConfirmedPush, which only a connection-mode session carries)"
                            : tid == 0x8C ? " (the data starts like a bare MMS PDU, X-Mms-Message-Type 0x8C:"
                            + " the WSP push header is missing)" : ""));
        }
        int lengthAt = r.offset();
        long headersLength = r.uintvar("HeadersLen");
        if (headersLength == 0) {
            throw WspReader.error(lengthAt, "HeadersLen", "HeadersLen is 0, but a Content-Type must follow");
        }
        if (headersLength > r.remaining()) {
            throw WspReader.error(lengthAt, "HeadersLen", "HeadersLen " + headersLength + " runs past the end ("
                    + r.remaining() + " octets remain)");
        }
        WspReader h = r.slice(headersLength, "HeadersLen");
        int contentTypeAt = h.offset();
        ContentType contentType = ContentTypeCodec.decode(h, "Content-Type", ctx);
        List<PartHeader> headers = new ArrayList<>();
        ApplicationId app = null;
        int appAt = -1;
        while (h.hasRemaining()) {
            int at = h.offset();
            int b = h.peek("header");
            if (b == (0x80 | X_WAP_APPLICATION_ID)) {
                h.octet(APPLICATION_ID);
                int valueAt = h.offset();
                ApplicationId a = applicationId(h, ctx);
                if (app != null) {
                    throw WspReader.error(at, APPLICATION_ID, APPLICATION_ID + " appears twice (first at offset "
                            + appAt + ")");
                }
                app = a;
                appAt = at;
                headers.add(PartHeader.raw(X_WAP_APPLICATION_ID, h.since(valueAt)));
            } else if (b >= 0x80) {
                int code = h.octet("header") & 0x7F;
                headers.add(PartHeader.raw(code, h.anyValue(PartHeader.nameOf(code))));
            } else if (b < 0x20 || b == 0x7F) {
                throw WspReader.error(at, "header", String.format("expected a header field (0x80-0xFF) or a textual"
                        + " header name, found 0x%02X (header code page shifts are not supported)", b));
            } else {
                String name = h.textString("header name", ctx);
                String value = h.textString(name, ctx);
                if (name.equalsIgnoreCase(APPLICATION_ID)) {
                    if (app != null) {
                        throw WspReader.error(at, APPLICATION_ID, APPLICATION_ID + " appears twice (first at offset "
                                + appAt + ")");
                    }
                    if (value.isEmpty()) {
                        throw WspReader.error(at, APPLICATION_ID, "empty application ID");
                    }
                    app = new ApplicationId(value, -1);
                    appAt = at;
                }
                headers.add(new PartHeader(-1, name, value, null));
            }
        }
        int dataAt = r.offset();
        byte[] data = r.bytes(r.remaining(), "data");
        return new WspPush(tid, contentType, contentTypeAt, app, appAt, headers, data, dataAt);
    }

    /** Application-id-value = Uri-value | App-assigned-code (Integer-value). */
    private static ApplicationId applicationId(WspReader h, DecodeContext ctx) {
        int at = h.offset();
        int b = h.peek(APPLICATION_ID);
        if (b >= 0x80 || b <= 30) {
            long code = h.integerValue(APPLICATION_ID);
            return new ApplicationId(code == MMS_USER_AGENT_CODE ? MMS_USER_AGENT : null, code);
        }
        if (b == 31) {
            throw WspReader.error(at, APPLICATION_ID, "expected an application code or URI, found a Length-quote"
                    + " (0x1F)");
        }
        String uri = h.textString(APPLICATION_ID, ctx);
        if (uri.isEmpty()) {
            throw WspReader.error(at, APPLICATION_ID, "empty application URI");
        }
        return new ApplicationId(uri, -1);
    }

    /** TID: the transaction identifier, any octet in a connectionless push. */
    public int transactionId() {
        return transactionId;
    }

    public ContentType contentType() {
        return contentType;
    }

    /** The X-Wap-Application-Id, when the push has one. */
    public Optional<ApplicationId> applicationId() {
        return Optional.ofNullable(applicationId);
    }

    /**
     * The headers after the Content-Type, in wire order: X-Wap-Application-Id and other well-known ones with their
     * encoded value as octets, application headers as text.
     */
    public List<PartHeader> headers() {
        return headers;
    }

    /** The data (for an MMS push, the MMS PDU). */
    public byte[] data() {
        return data.clone();
    }

    /** Offset of the data from the start of the push PDU. */
    public int dataOffset() {
        return dataOffset;
    }

    /** True when the push carries an MMS PDU for the MMS user agent (or names no application). */
    public boolean carriesMms() {
        return contentType.is(MMS_MESSAGE) && (applicationId == null || applicationId.isMmsUserAgent());
    }

    /** The data as an MMS PDU, decoded strictly. */
    public MmsPdu mms() {
        return mms(MmsDecoder.strict(), MmsPdu.class);
    }

    /** The data as an M-Notification.ind, decoded strictly. */
    public NotificationInd notification() {
        return mms(MmsDecoder.strict(), NotificationInd.class);
    }

    /**
     * The data as an MMS PDU of type {@code type}, decoded by {@code decoder}. Refuses a push that does not carry
     * MMS (content type, application ID) or carries no data; errors name offsets from the start of the push PDU.
     */
    public <T extends MmsPdu> T mms(MmsDecoder decoder, Class<T> type) {
        if (!contentType.is(MMS_MESSAGE)) {
            throw new MmsDecodeException(WHAT, contentTypeOffset, "Content-Type", "the push carries "
                    + contentType.mediaType() + ", not an MMS PDU (" + MMS_MESSAGE + ")", null);
        }
        if (applicationId != null && !applicationId.isMmsUserAgent()) {
            throw new MmsDecodeException(WHAT, applicationIdOffset, APPLICATION_ID, "the push is for "
                    + applicationId + ", not the MMS user agent (" + MMS_USER_AGENT + ")", null);
        }
        if (data.length == 0) {
            throw new MmsDecodeException(WHAT, dataOffset, "data", "the push carries no MMS PDU (no octets after"
                    + " the headers)", null);
        }
        try {
            return decoder.decode(data, type);
        } catch (MmsDecodeException e) {
            throw relabel(e, dataOffset, type.getSimpleName() + " ");
        }
    }

    private static MmsDecodeException relabel(MmsDecodeException e, int base, String prefix) {
        return new MmsDecodeException(WHAT, base + e.offset(), prefix + e.field(), e.expected(), e);
    }

    @Override
    public String toString() {
        return "WspPush[TID " + transactionId + ", " + contentType
                + (applicationId != null ? ", " + applicationId : "") + ", " + data.length + " octets]";
    }
}
