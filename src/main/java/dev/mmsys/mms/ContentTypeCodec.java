package dev.mmsys.mms;

import java.util.ArrayList;
import java.util.List;

/** Content-type-value (WAP-230-WSP §8.4.2.24) and its parameters (§8.4.2.4), both directions. */
final class ContentTypeCodec {

    private ContentTypeCodec() {
    }

    static ContentType decode(WspReader r, String field, DecodeContext ctx) {
        int b = r.peek(field);
        if (b >= 0x80) {
            int start = r.offset();
            int code = r.shortInteger(field);
            return new ContentType(mediaName(start, code, field, ctx), code, false, List.of());
        }
        if (b > 31) {
            return new ContentType(extensionMedia(r, field, ctx), -1, false, List.of());
        }
        WspReader v = r.slice(r.valueLength(field), field);
        int mediaStart = v.offset();
        String media;
        int code;
        int m = v.peek(field);
        if (m >= 0x80 || m <= 30) {
            long c = v.integerValue(field);
            code = c > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) c;
            media = mediaName(mediaStart, code, field, ctx);
        } else {
            code = -1;
            media = extensionMedia(v, field, ctx);
        }
        List<Parameter> params = new ArrayList<>();
        while (v.hasRemaining()) {
            Parameter p = parameter(v, field, ctx);
            if (p == null) {
                break; // lenient: an unassigned parameter code; the rest of the value was reported and skipped
            }
            params.add(p);
        }
        return new ContentType(media, code, true, params);
    }

    private static String extensionMedia(WspReader r, String field, DecodeContext ctx) {
        int start = r.offset();
        String media = r.textString(field, ctx);
        if (media.isEmpty()) {
            throw WspReader.error(start, field, "empty media type");
        }
        return media;
    }

    private static String mediaName(int offset, int code, String field, DecodeContext ctx) {
        String name = MediaTypes.name(code);
        if (name == null) {
            ctx.quirk(offset, field, String.format("content type code 0x%02X is not a well-known media type", code));
            return "application/vnd.wap.wsp-content-type-" + code;
        }
        return name;
    }

    /** One parameter, or null (lenient only) when an unassigned well-known code makes the rest unreadable. */
    static Parameter parameter(WspReader v, String field, DecodeContext ctx) {
        int start = v.offset();
        int b = v.peek(field + " parameter");
        if (b >= 0x80) {
            int code = v.shortInteger(field + " parameter");
            WellKnownParameter t = WellKnownParameter.of(code);
            if (t == null) {
                ctx.quirk(start, field, String.format("unassigned parameter code 0x%02X; the rest of the value"
                        + " (%d octets) was skipped", code, v.remaining()));
                v.skip(v.remaining(), field);
                return null;
            }
            return typedValue(v, t, field + " " + t.parameterName(), ctx);
        }
        if (b == 0 || b > 31) {
            String name = v.textString(field + " parameter name", ctx);
            if (name.isEmpty()) {
                throw WspReader.error(start, field, "empty parameter name");
            }
            return untypedValue(v, name, field + " " + name, ctx);
        }
        throw WspReader.error(start, field, String.format("expected a parameter name, found 0x%02X", b));
    }

    private static Parameter typedValue(WspReader v, WellKnownParameter t, String field, DecodeContext ctx) {
        String name = t.parameterName();
        int start = v.offset();
        switch (t.kind()) {
            case Q_VALUE -> {
                long q = v.uintvar(field);
                if (q < 1 || q > 1099) {
                    throw WspReader.error(start, field, "Q-value must be 1-1099, found " + q);
                }
                return new Parameter(name, t, null, q, false);
            }
            case CHARSET -> {
                int c = v.peek(field);
                if (c > 31 && c < 0x80) {
                    ctx.quirk(start, field, "charset written as text instead of a MIBenum");
                    return new Parameter(name, t, v.textString(field, ctx), null, false);
                }
                return new Parameter(name, t, null, v.integerValue(field), false);
            }
            case VERSION, FIELD_NAME, CONSTRAINED_MEDIA -> {
                if ((v.peek(field) & 0x80) != 0) {
                    return new Parameter(name, t, null, (long) v.shortInteger(field), false);
                }
                return new Parameter(name, t, v.textString(field, ctx), null, false);
            }
            case INTEGER -> {
                return new Parameter(name, t, null, v.integerValue(field), false);
            }
            case SHORT_INTEGER -> {
                return new Parameter(name, t, null, (long) v.shortInteger(field), false);
            }
            case DATE -> {
                return new Parameter(name, t, null, v.longInteger(field), false);
            }
            case NO_VALUE -> {
                int n = v.octet(field);
                if (n != 0) {
                    throw WspReader.error(start, field, String.format("expected No-value (0x00), found 0x%02X", n));
                }
                return new Parameter(name, t, "", null, false);
            }
            case TEXT_STRING -> {
                return new Parameter(name, t, v.textString(field, ctx), null, false);
            }
            case TEXT_VALUE -> {
                return textValue(v, name, t, field, ctx);
            }
            default -> throw new IllegalStateException(t.kind().toString());
        }
    }

    /** Untyped-value = Integer-value | Text-value. */
    private static Parameter untypedValue(WspReader v, String name, String field, DecodeContext ctx) {
        int b = v.peek(field);
        if (b >= 0x80 || (b >= 1 && b <= 30)) {
            return new Parameter(name, null, null, v.integerValue(field), false);
        }
        return textValue(v, name, null, field, ctx);
    }

    /** Text-value = No-value | Token-text | Quoted-string. */
    private static Parameter textValue(WspReader v, String name, WellKnownParameter t, String field,
                                       DecodeContext ctx) {
        if (v.peek(field) == 0x22) {
            return new Parameter(name, t, v.quotedString(field), null, true);
        }
        return new Parameter(name, t, v.textString(field, ctx), null, false);
    }

    static void encode(WspWriter w, ContentType ct) {
        boolean constrainedCode = ct.code() >= 0 && ct.code() < 128;
        if (!ct.generalForm() && (constrainedCode || ct.code() < 0)) {
            if (constrainedCode) {
                w.shortInteger(ct.code());
            } else {
                w.textString(ct.mediaType());
            }
            return;
        }
        w.valueLength(WspWriter.measure(x -> mediaAndParameters(x, ct)));
        mediaAndParameters(w, ct);
    }

    private static void mediaAndParameters(WspWriter w, ContentType ct) {
        if (ct.code() >= 0) {
            w.integerValue(ct.code());
        } else {
            w.textString(ct.mediaType());
        }
        for (Parameter p : ct.parameters()) {
            encode(w, p);
        }
    }

    static void encode(WspWriter w, Parameter p) {
        WellKnownParameter t = p.token();
        if (t == null) {
            w.textString(p.name());
            if (p.number() != null) {
                w.integerValue(p.number());
            } else {
                textValue(w, p);
            }
            return;
        }
        w.shortInteger(t.code());
        if (p.number() == null) {
            if (t.kind() == WellKnownParameter.Kind.TEXT_VALUE) {
                textValue(w, p);
            } else {
                w.textString(p.text());
            }
            return;
        }
        long n = p.number();
        switch (t.kind()) {
            case Q_VALUE -> w.uintvar(n);
            case VERSION, FIELD_NAME, CONSTRAINED_MEDIA, SHORT_INTEGER -> w.shortInteger((int) n);
            case DATE -> w.longInteger(n);
            default -> w.integerValue(n);
        }
    }

    private static void textValue(WspWriter w, Parameter p) {
        if (p.quoted()) {
            w.quotedString(p.text());
        } else {
            w.textString(p.text());
        }
    }
}
