package dev.mmsys.mms;

import java.util.Objects;

/**
 * A header of a multipart entry (WSP headers, WAP-230-WSP §8.4.2.6 and table 39). Content-ID and
 * Content-Location are interpreted; other well-known headers keep their encoded value as octets; application
 * headers have a textual name and value.
 *
 * @param code the well-known field code (without the high bit), or -1 for an application header
 * @param name the field name
 * @param text the value of Content-ID, Content-Location or an application header; null for raw values
 * @param raw  the encoded value of any other well-known header; null otherwise
 */
public record PartHeader(int code, String name, String text, RawValue raw) {

    public static final int CONTENT_LOCATION = 0x0E;
    public static final int CONTENT_ID = 0x40;
    public static final int CONTENT_DISPOSITION = 0x2E;
    public static final int CONTENT_DISPOSITION_1_4 = 0x45;
    private static final String CONTENT_DISPOSITION_NAME = "Content-Disposition";

    private static final String[] NAMES = {
        "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Ranges", "Age", "Allow",
        "Authorization", "Cache-Control", "Connection", "Content-Base", "Content-Encoding", "Content-Language",
        "Content-Length", "Content-Location", "Content-MD5", "Content-Range", "Content-Type", "Date", "Etag",
        "Expires", "From", "Host", "If-Modified-Since", "If-Match", "If-None-Match", "If-Range",
        "If-Unmodified-Since", "Location", "Last-Modified", "Max-Forwards", "Pragma", "Proxy-Authenticate",
        "Proxy-Authorization", "Public", "Range", "Referer", "Retry-After", "Server", "Transfer-Encoding",
        "Upgrade", "User-Agent", "Vary", "Via", "Warning", "WWW-Authenticate", "Content-Disposition",
        "X-Wap-Application-Id", "X-Wap-Content-URI", "X-Wap-Initiator-URI", "Accept-Application",
        "Bearer-Indication", "Push-Flag", "Profile", "Profile-Diff", "Profile-Warning", "Expect", "TE", "Trailer",
        "Accept-Charset", "Accept-Encoding", "Cache-Control", "Content-Range", "X-Wap-Tod", "Content-ID",
        "Set-Cookie", "Cookie", "Encoding-Version", "Profile-Warning", "Content-Disposition", "X-WAP-Security",
        "Cache-Control",
    };

    public PartHeader {
        Objects.requireNonNull(name, "name");
        if ((text == null) == (raw == null)) {
            throw new IllegalArgumentException("a part header has either text or raw octets: " + name);
        }
        if (text != null) {
            Texts.requireWireText(name, text);
        }
    }

    /** Content-ID, written as a Quoted-string; give it with angle brackets, e.g. {@code <text_0>}. */
    public static PartHeader contentId(String id) {
        return new PartHeader(CONTENT_ID, "Content-ID", Texts.requireNonEmptyText("Content-ID", id), null);
    }

    /** Content-Location: the part's file name, which SMIL may reference. */
    public static PartHeader contentLocation(String location) {
        return new PartHeader(CONTENT_LOCATION, "Content-Location",
                Texts.requireNonEmptyText("Content-Location", location), null);
    }

    /** An application header with a textual name. */
    public static PartHeader application(String name, String value) {
        return new PartHeader(-1, Texts.requireNonEmptyText("header name", name), Texts.requireText(name, value),
                null);
    }

    static PartHeader raw(int code, byte[] value) {
        return new PartHeader(code, nameOf(code), null, new RawValue(value));
    }

    static String nameOf(int code) {
        return code < NAMES.length ? NAMES[code] : String.format("Unassigned-0x%02X", code | 0x80);
    }

    /**
     * The value for display: the text, a Content-Disposition read as {@code attachment; filename=x.jpg}, or the
     * octets in hex for other uninterpreted headers.
     */
    public String displayValue() {
        if (text != null) {
            return text;
        }
        if (code == CONTENT_DISPOSITION || code == CONTENT_DISPOSITION_1_4) {
            try {
                return disposition(raw.octetsUnsafe());
            } catch (MmsDecodeException e) {
                return raw.toString(); // kept as received; shown as octets
            }
        }
        return raw.toString();
    }

    /** Content-disposition-value = Value-length Disposition *(Parameter) (WAP-230-WSP §8.4.2.53). */
    private static String disposition(byte[] value) {
        DecodeContext ctx = new DecodeContext(true);
        WspReader outer = new WspReader(value);
        WspReader r = outer.slice(outer.valueLength(CONTENT_DISPOSITION_NAME), CONTENT_DISPOSITION_NAME);
        StringBuilder b = new StringBuilder();
        int d = r.peek(CONTENT_DISPOSITION_NAME);
        if (d >= 0x80) {
            r.octet(CONTENT_DISPOSITION_NAME);
            b.append(switch (d) {
                case 0x80 -> "form-data";
                case 0x81 -> "attachment";
                case 0x82 -> "inline";
                default -> String.format("0x%02X", d);
            });
        } else {
            b.append(r.textString(CONTENT_DISPOSITION_NAME, ctx));
        }
        while (r.hasRemaining()) {
            Parameter p = ContentTypeCodec.parameter(r, CONTENT_DISPOSITION_NAME, ctx);
            if (p == null) {
                break;
            }
            b.append("; ").append(p);
        }
        return b.toString();
    }

    public boolean is(int code) {
        return this.code == code;
    }

    @Override
    public String toString() {
        return name + ": " + (text != null ? text : raw);
    }
}
