package dev.mmsys.mms;

import java.time.Instant;
import java.util.Objects;

/**
 * An MMS header field (OMA-TS-MMS-ENC 1.3 table 12): its binary code, its name and how its value is encoded.
 * {@code T} is the type of its value, so {@code headers.get(HeaderField.SUBJECT)} is an {@link EncodedString}.
 * Besides the assigned fields there are unassigned codes (kept as {@link RawValue}) and application headers
 * whose name is text.
 */
public final class HeaderField<T> {

    private static final HeaderField<?>[] BY_CODE = new HeaderField<?>[0x40];

    public static final HeaderField<EncodedString> BCC = assigned(0x01, "Bcc", ValueCodecs.ENCODED_STRING, true);
    public static final HeaderField<EncodedString> CC = assigned(0x02, "Cc", ValueCodecs.ENCODED_STRING, true);
    public static final HeaderField<String> CONTENT_LOCATION =
            assigned(0x03, "X-Mms-Content-Location", ValueCodecs.TEXT, false);
    /** Content-Type: always the last header; its value belongs to the body (see {@link MessageBody}). */
    public static final HeaderField<ContentType> CONTENT_TYPE = assigned(0x04, "Content-Type", null, false);
    public static final HeaderField<Instant> DATE = assigned(0x05, "Date", ValueCodecs.DATE, false);
    public static final HeaderField<Boolean> DELIVERY_REPORT =
            assigned(0x06, "X-Mms-Delivery-Report", ValueCodecs.YES_NO, false);
    public static final HeaderField<TimeValue> DELIVERY_TIME =
            assigned(0x07, "X-Mms-Delivery-Time", ValueCodecs.TIME, false);
    public static final HeaderField<TimeValue> EXPIRY = assigned(0x08, "X-Mms-Expiry", ValueCodecs.TIME, false);
    public static final HeaderField<From> FROM = assigned(0x09, "From", ValueCodecs.FROM, false);
    public static final HeaderField<MessageClass> MESSAGE_CLASS =
            assigned(0x0A, "X-Mms-Message-Class", ValueCodecs.MESSAGE_CLASS, false);
    public static final HeaderField<String> MESSAGE_ID = assigned(0x0B, "Message-ID", ValueCodecs.TEXT, false);
    public static final HeaderField<MessageType> MESSAGE_TYPE =
            assigned(0x0C, "X-Mms-Message-Type", ValueCodecs.MESSAGE_TYPE, false);
    public static final HeaderField<MmsVersion> MMS_VERSION =
            assigned(0x0D, "X-Mms-MMS-Version", ValueCodecs.VERSION, false);
    public static final HeaderField<Long> MESSAGE_SIZE = assigned(0x0E, "X-Mms-Message-Size", ValueCodecs.LONG, false);
    public static final HeaderField<Priority> PRIORITY =
            assigned(0x0F, "X-Mms-Priority", ValueCodecs.octets(Priority.class), false);
    public static final HeaderField<Boolean> READ_REPORT =
            assigned(0x10, "X-Mms-Read-Report", ValueCodecs.YES_NO, false);
    public static final HeaderField<Boolean> REPORT_ALLOWED =
            assigned(0x11, "X-Mms-Report-Allowed", ValueCodecs.YES_NO, false);
    public static final HeaderField<ResponseStatus> RESPONSE_STATUS =
            assigned(0x12, "X-Mms-Response-Status", ValueCodecs.RESPONSE_STATUS, false);
    public static final HeaderField<EncodedString> RESPONSE_TEXT =
            assigned(0x13, "X-Mms-Response-Text", ValueCodecs.ENCODED_STRING, false);
    public static final HeaderField<SenderVisibility> SENDER_VISIBILITY =
            assigned(0x14, "X-Mms-Sender-Visibility", ValueCodecs.octets(SenderVisibility.class), false);
    public static final HeaderField<MmsStatus> STATUS =
            assigned(0x15, "X-Mms-Status", ValueCodecs.octets(MmsStatus.class), false);
    public static final HeaderField<EncodedString> SUBJECT =
            assigned(0x16, "Subject", ValueCodecs.ENCODED_STRING, false);
    public static final HeaderField<EncodedString> TO = assigned(0x17, "To", ValueCodecs.ENCODED_STRING, true);
    public static final HeaderField<String> TRANSACTION_ID =
            assigned(0x18, "X-Mms-Transaction-Id", ValueCodecs.TEXT, false);
    public static final HeaderField<RetrieveStatus> RETRIEVE_STATUS =
            assigned(0x19, "X-Mms-Retrieve-Status", ValueCodecs.RETRIEVE_STATUS, false);
    public static final HeaderField<EncodedString> RETRIEVE_TEXT =
            assigned(0x1A, "X-Mms-Retrieve-Text", ValueCodecs.ENCODED_STRING, false);
    public static final HeaderField<ReadStatus> READ_STATUS =
            assigned(0x1B, "X-Mms-Read-Status", ValueCodecs.octets(ReadStatus.class), false);
    public static final HeaderField<ReplyCharging> REPLY_CHARGING =
            assigned(0x1C, "X-Mms-Reply-Charging", ValueCodecs.octets(ReplyCharging.class), false);
    public static final HeaderField<TimeValue> REPLY_CHARGING_DEADLINE =
            assigned(0x1D, "X-Mms-Reply-Charging-Deadline", ValueCodecs.TIME, false);
    public static final HeaderField<String> REPLY_CHARGING_ID =
            assigned(0x1E, "X-Mms-Reply-Charging-ID", ValueCodecs.TEXT, false);
    public static final HeaderField<Long> REPLY_CHARGING_SIZE =
            assigned(0x1F, "X-Mms-Reply-Charging-Size", ValueCodecs.LONG, false);
    public static final HeaderField<ForwardedBy> PREVIOUSLY_SENT_BY =
            assigned(0x20, "X-Mms-Previously-Sent-By", ValueCodecs.FORWARDED_BY, true);
    public static final HeaderField<ForwardedAt> PREVIOUSLY_SENT_DATE =
            assigned(0x21, "X-Mms-Previously-Sent-Date", ValueCodecs.FORWARDED_AT, true);
    public static final HeaderField<Boolean> STORE = assigned(0x22, "X-Mms-Store", ValueCodecs.YES_NO, false);
    public static final HeaderField<MmState> MM_STATE =
            assigned(0x23, "X-Mms-MM-State", ValueCodecs.octets(MmState.class), false);
    public static final HeaderField<MmFlags> MM_FLAGS =
            assigned(0x24, "X-Mms-MM-Flags", ValueCodecs.MM_FLAGS, true);
    public static final HeaderField<StoreStatus> STORE_STATUS =
            assigned(0x25, "X-Mms-Store-Status", ValueCodecs.STORE_STATUS, false);
    public static final HeaderField<EncodedString> STORE_STATUS_TEXT =
            assigned(0x26, "X-Mms-Store-Status-Text", ValueCodecs.ENCODED_STRING, false);
    public static final HeaderField<Boolean> STORED = assigned(0x27, "X-Mms-Stored", ValueCodecs.YES_NO, false);
    public static final HeaderField<RawValue> ATTRIBUTES = assigned(0x28, "X-Mms-Attributes", ValueCodecs.RAW, true);
    public static final HeaderField<RawValue> TOTALS = assigned(0x29, "X-Mms-Totals", ValueCodecs.RAW, false);
    public static final HeaderField<RawValue> MBOX_TOTALS =
            assigned(0x2A, "X-Mms-Mbox-Totals", ValueCodecs.RAW, false);
    public static final HeaderField<RawValue> QUOTAS = assigned(0x2B, "X-Mms-Quotas", ValueCodecs.RAW, false);
    public static final HeaderField<RawValue> MBOX_QUOTAS =
            assigned(0x2C, "X-Mms-Mbox-Quotas", ValueCodecs.RAW, false);
    public static final HeaderField<Long> MESSAGE_COUNT =
            assigned(0x2D, "X-Mms-Message-Count", ValueCodecs.INTEGER, false);
    public static final HeaderField<RawValue> CONTENT = assigned(0x2E, "Content", ValueCodecs.RAW, false);
    public static final HeaderField<Long> START = assigned(0x2F, "X-Mms-Start", ValueCodecs.INTEGER, false);
    public static final HeaderField<RawValue> ADDITIONAL_HEADERS =
            assigned(0x30, "Additional-headers", ValueCodecs.RAW, false);
    public static final HeaderField<Boolean> DISTRIBUTION_INDICATOR =
            assigned(0x31, "X-Mms-Distribution-Indicator", ValueCodecs.YES_NO, false);
    /** Kept as octets: a content reference and parameters this codec passes through uninterpreted. */
    public static final HeaderField<RawValue> ELEMENT_DESCRIPTOR =
            assigned(0x32, "X-Mms-Element-Descriptor", ValueCodecs.RAW, false);
    public static final HeaderField<Long> LIMIT = assigned(0x33, "X-Mms-Limit", ValueCodecs.INTEGER, false);
    public static final HeaderField<RetrievalMode> RECOMMENDED_RETRIEVAL_MODE = assigned(0x34,
            "X-Mms-Recommended-Retrieval-Mode", ValueCodecs.octets(RetrievalMode.class), false);
    public static final HeaderField<EncodedString> RECOMMENDED_RETRIEVAL_MODE_TEXT = assigned(0x35,
            "X-Mms-Recommended-Retrieval-Mode-Text", ValueCodecs.ENCODED_STRING, false);
    public static final HeaderField<EncodedString> STATUS_TEXT =
            assigned(0x36, "X-Mms-Status-Text", ValueCodecs.ENCODED_STRING, false);
    public static final HeaderField<String> APPLIC_ID = assigned(0x37, "X-Mms-Applic-ID", ValueCodecs.TEXT, false);
    public static final HeaderField<String> REPLY_APPLIC_ID =
            assigned(0x38, "X-Mms-Reply-Applic-ID", ValueCodecs.TEXT, false);
    public static final HeaderField<String> AUX_APPLIC_INFO =
            assigned(0x39, "X-Mms-Aux-Applic-Info", ValueCodecs.TEXT, false);
    public static final HeaderField<ContentClass> CONTENT_CLASS =
            assigned(0x3A, "X-Mms-Content-Class", ValueCodecs.octets(ContentClass.class), false);
    public static final HeaderField<Boolean> DRM_CONTENT =
            assigned(0x3B, "X-Mms-DRM-Content", ValueCodecs.YES_NO, false);
    public static final HeaderField<Boolean> ADAPTATION_ALLOWED =
            assigned(0x3C, "X-Mms-Adaptation-Allowed", ValueCodecs.YES_NO, false);
    public static final HeaderField<String> REPLACE_ID = assigned(0x3D, "X-Mms-Replace-ID", ValueCodecs.TEXT, false);
    public static final HeaderField<String> CANCEL_ID = assigned(0x3E, "X-Mms-Cancel-ID", ValueCodecs.TEXT, false);
    public static final HeaderField<CancelStatus> CANCEL_STATUS =
            assigned(0x3F, "X-Mms-Cancel-Status", ValueCodecs.octets(CancelStatus.class), false);

    /** Code of an application header, whose name is text. */
    static final int TEXTUAL = -1;

    private final int code;
    private final String name;
    private final ValueCodec<T> codec;
    private final boolean repeatable;

    private HeaderField(int code, String name, ValueCodec<T> codec, boolean repeatable) {
        this.code = code;
        this.name = name;
        this.codec = codec;
        this.repeatable = repeatable;
    }

    private static <T> HeaderField<T> assigned(int code, String name, ValueCodec<T> codec, boolean repeatable) {
        HeaderField<T> f = new HeaderField<>(code, name, codec, repeatable);
        BY_CODE[code] = f;
        return f;
    }

    /** The assigned field for a code (0x01-0x3F), or null. */
    public static HeaderField<?> of(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** A binary field code that MMS 1.3 does not assign; its value is kept as octets. */
    static HeaderField<RawValue> unassigned(int code) {
        return new HeaderField<>(code, String.format("Unassigned-0x%02X", code | 0x80), ValueCodecs.RAW, true);
    }

    /** An assigned field whose value was not recognised (lenient decoding); the octets are kept. */
    static HeaderField<RawValue> uninterpreted(HeaderField<?> field) {
        return new HeaderField<>(field.code, field.name, ValueCodecs.RAW, true);
    }

    /** An application header ({@code X-Whatever: text}), written with its name as text. */
    public static HeaderField<String> application(String name) {
        Texts.requireNonEmptyText("header name", name);
        return new HeaderField<>(TEXTUAL, name, ValueCodecs.TEXT, true);
    }

    /** An application header as decoded: its name is kept as received. */
    static HeaderField<String> decodedApplication(String name) {
        Texts.requireNonEmptyWireText("header name", name);
        return new HeaderField<>(TEXTUAL, name, ValueCodecs.TEXT, true);
    }

    /** The binary code (0x01-0x7F) without the high bit, or -1 for an application header. */
    public int code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean repeatable() {
        return repeatable;
    }

    public boolean isApplicationHeader() {
        return code == TEXTUAL;
    }

    /** True when the value is kept as undecoded octets. */
    public boolean isRaw() {
        return codec == ValueCodecs.RAW;
    }

    ValueCodec<T> codec() {
        return codec;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeaderField<?> f && f.code == code && f.name.equals(name) && f.codec == codec;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
