package dev.mmsys.mms;

import java.util.Locale;

/**
 * The well-known Content-Type parameters of WSP (WAP-230-WSP table 38): the code that replaces the name on the
 * wire and how the value is encoded. Several names have an older (WSP 1.1-1.3, Text-string) and a newer
 * (WSP 1.4, Text-value) code; MMS clients in the field, Android's included, use the older ones.
 */
public enum WellKnownParameter {
    Q(0x00, "q", Kind.Q_VALUE),
    CHARSET(0x01, "charset", Kind.CHARSET),
    LEVEL(0x02, "level", Kind.VERSION),
    TYPE_INTEGER(0x03, "type", Kind.INTEGER),
    NAME_1_1(0x05, "name", Kind.TEXT_STRING),
    FILENAME_1_1(0x06, "filename", Kind.TEXT_STRING),
    DIFFERENCES(0x07, "differences", Kind.FIELD_NAME),
    PADDING(0x08, "padding", Kind.SHORT_INTEGER),
    /** {@code type} of multipart/related (RFC 2387), WSP 1.2. */
    TYPE(0x09, "type", Kind.CONSTRAINED_MEDIA),
    /** {@code start} of multipart/related, WSP 1.2. */
    START_1_2(0x0A, "start", Kind.TEXT_STRING),
    START_INFO_1_2(0x0B, "start-info", Kind.TEXT_STRING),
    COMMENT_1_3(0x0C, "comment", Kind.TEXT_STRING),
    DOMAIN_1_3(0x0D, "domain", Kind.TEXT_STRING),
    MAX_AGE(0x0E, "max-age", Kind.INTEGER),
    PATH_1_3(0x0F, "path", Kind.TEXT_STRING),
    SECURE(0x10, "secure", Kind.NO_VALUE),
    SEC(0x11, "sec", Kind.SHORT_INTEGER),
    MAC(0x12, "mac", Kind.TEXT_VALUE),
    CREATION_DATE(0x13, "creation-date", Kind.DATE),
    MODIFICATION_DATE(0x14, "modification-date", Kind.DATE),
    READ_DATE(0x15, "read-date", Kind.DATE),
    SIZE(0x16, "size", Kind.INTEGER),
    NAME(0x17, "name", Kind.TEXT_VALUE),
    FILENAME(0x18, "filename", Kind.TEXT_VALUE),
    START(0x19, "start", Kind.TEXT_VALUE),
    START_INFO(0x1A, "start-info", Kind.TEXT_VALUE),
    COMMENT(0x1B, "comment", Kind.TEXT_VALUE),
    DOMAIN(0x1C, "domain", Kind.TEXT_VALUE),
    PATH(0x1D, "path", Kind.TEXT_VALUE);

    /** How a parameter's value is encoded. */
    enum Kind {
        Q_VALUE, CHARSET, VERSION, INTEGER, TEXT_STRING, FIELD_NAME, SHORT_INTEGER, CONSTRAINED_MEDIA, NO_VALUE,
        TEXT_VALUE, DATE;

        /** Values of this kind are numbers (when not text); text-only kinds return false. */
        boolean numeric() {
            return this != TEXT_STRING && this != TEXT_VALUE && this != NO_VALUE;
        }
    }

    private static final WellKnownParameter[] BY_CODE = new WellKnownParameter[0x1E];

    static {
        for (WellKnownParameter p : values()) {
            BY_CODE[p.code] = p;
        }
    }

    private final int code;
    private final String parameterName;
    private final Kind kind;

    WellKnownParameter(int code, String parameterName, Kind kind) {
        this.code = code;
        this.parameterName = parameterName;
        this.kind = kind;
    }

    public int code() {
        return code;
    }

    /** The parameter's name in lower case, e.g. {@code "charset"}. */
    public String parameterName() {
        return parameterName;
    }

    Kind kind() {
        return kind;
    }

    /** The parameter for a code, or null when the code is not assigned. */
    public static WellKnownParameter of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** The well-known code an encoder should use for a parameter name, or null to write the name as text. */
    static WellKnownParameter forName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "charset" -> CHARSET;
            case "type" -> TYPE;
            case "start" -> START_1_2;
            case "start-info" -> START_INFO_1_2;
            case "name" -> NAME_1_1;
            case "filename" -> FILENAME_1_1;
            case "comment" -> COMMENT_1_3;
            case "size" -> SIZE;
            default -> null;
        };
    }
}
