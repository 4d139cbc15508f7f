package dev.mmsys.mms;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads OMA MMS encapsulation PDUs (1.0-1.3). Strict by default: any deviation from the specification is an
 * {@link MmsDecodeException} naming the offset, the field and what was expected. The lenient decoder accepts
 * known real-world quirks (text parts not in their declared charset, missing mandatory headers, unrecognised
 * values of known headers, ...) and reports each as a {@link Quirk}. Both are bounded: every length is checked
 * against the octets present before anything is read or allocated, and decoding always ends.
 */
public final class MmsDecoder {

    private static final MmsDecoder STRICT = new MmsDecoder(false);
    private static final MmsDecoder LENIENT = new MmsDecoder(true);

    private final boolean lenient;

    private MmsDecoder(boolean lenient) {
        this.lenient = lenient;
    }

    public static MmsDecoder strict() {
        return STRICT;
    }

    public static MmsDecoder lenient() {
        return LENIENT;
    }

    /** A decoded PDU and the quirks the lenient decoder accepted (always empty for the strict one). */
    public record Decoded(MmsPdu pdu, List<Quirk> quirks) {
    }

    public MmsPdu decode(byte[] pdu) {
        return decodeReport(pdu).pdu();
    }

    /** Decodes a PDU that must be of type {@code type}, e.g. the M-Send.conf answering an M-Send.req. */
    public <T extends MmsPdu> T decode(byte[] pdu, Class<T> type) {
        MmsPdu p = decode(pdu);
        if (!type.isInstance(p)) {
            throw new MmsDecodeException(0, "X-Mms-Message-Type", "expected a " + type.getSimpleName()
                    + " PDU, found " + p.type().label());
        }
        return type.cast(p);
    }

    public Decoded decodeReport(byte[] pdu) {
        DecodeContext ctx = new DecodeContext(lenient);
        WspReader r = new WspReader(pdu);
        if (!r.hasRemaining()) {
            throw new MmsDecodeException(0, "X-Mms-Message-Type", "the PDU is empty");
        }
        if (r.peek("X-Mms-Message-Type") != (0x80 | HeaderField.MESSAGE_TYPE.code())) {
            throw r.error("X-Mms-Message-Type", String.format(
                    "an MMS PDU starts with X-Mms-Message-Type (0x8C), found 0x%02X", r.peek("")));
        }
        List<MmsHeader> headers = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        MessageBody body = null;
        while (r.hasRemaining()) {
            int start = r.offset();
            int b = r.peek("header");
            if (b == (0x80 | HeaderField.CONTENT_TYPE.code())) {
                r.octet("Content-Type");
                ContentType ct = ContentTypeCodec.decode(r, "Content-Type", ctx);
                body = body(r, ct, ctx);
                break;
            }
            headers.add(header(r, ctx));
            offsets.add(start);
        }
        MmsHeaders h = new MmsHeaders(headers);
        MmsPdu result = create(h, body);
        validate(result, offsets, pdu.length, ctx);
        return new Decoded(result, ctx.quirks());
    }

    private static MmsHeader header(WspReader r, DecodeContext ctx) {
        int start = r.offset();
        int b = r.peek("header");
        if (b >= 0x80) {
            int code = r.octet("header") & 0x7F;
            HeaderField<?> known = HeaderField.of(code);
            HeaderField<?> field = known != null ? known : HeaderField.unassigned(code);
            int valueStart = r.offset();
            Object value = field.codec().decode(r, field.name(), ctx);
            if (value == null) { // lenient: a recognised field with a value it does not know; keep the octets
                byte[] raw = r.since(valueStart);
                return new MmsHeader(HeaderField.uninterpreted(field), new RawValue(raw));
            }
            return new MmsHeader(field, value);
        }
        if (b < 32 || b == 0x7F) {
            throw WspReader.error(start, "header", String.format(
                    "expected a header field (0x80-0xFF) or a textual header name, found 0x%02X", b));
        }
        String name = r.textString("application header name", ctx);
        String value = r.textString("application header " + name, ctx);
        return new MmsHeader(HeaderField.decodedApplication(name), value);
    }

    private static MessageBody body(WspReader r, ContentType ct, DecodeContext ctx) {
        if (!ct.isMultipart()) {
            return MessageBody.singleOwning(ct, r.bytes(r.remaining(), "body"));
        }
        int countAt = r.offset();
        long n = r.uintvar("multipart entry count");
        // every entry takes at least 3 octets (HeadersLen, DataLen, Content-Type): refuse counts that cannot fit
        if (n * 3 > r.remaining()) {
            throw WspReader.error(countAt, "multipart entry count", "the count says " + n + " entries but only "
                    + r.remaining() + " octets follow");
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = "part " + i + " of " + n;
            long headersLen = r.uintvar(name + " HeadersLen");
            long dataLen = r.uintvar(name + " DataLen");
            WspReader hr = r.slice(headersLen, name + " headers (HeadersLen " + headersLen + ")");
            ContentType pct = ContentTypeCodec.decode(hr, name + " Content-Type", ctx);
            List<PartHeader> headers = new ArrayList<>();
            while (hr.hasRemaining()) {
                headers.add(partHeader(hr, name, ctx));
            }
            int dataAt = r.offset();
            byte[] data = r.bytes(dataLen, name + " data (DataLen " + dataLen + ")");
            Part part = Part.owning(pct, headers, data);
            checkText(part, name, dataAt, ctx);
            parts.add(part);
        }
        if (r.hasRemaining()) {
            throw r.error("multipart body", r.remaining() + " trailing octet(s) after the " + n
                    + " entries the entry count announced");
        }
        return MessageBody.multipart(ct, parts);
    }

    private static PartHeader partHeader(WspReader r, String part, DecodeContext ctx) {
        int start = r.offset();
        int b = r.peek(part + " header");
        if (b >= 0x80) {
            int code = r.octet(part + " header") & 0x7F;
            String field = part + " " + PartHeader.nameOf(code);
            if (code == PartHeader.CONTENT_ID) {
                if (r.peek(field) == 0x22) {
                    return new PartHeader(code, "Content-ID", r.quotedString(field), null);
                }
                ctx.quirk(start, field, "Content-ID is not a Quoted-string (0x22)");
                return new PartHeader(code, "Content-ID", r.textString(field, ctx), null);
            }
            if (code == PartHeader.CONTENT_LOCATION) {
                return new PartHeader(code, "Content-Location", r.textString(field, ctx), null);
            }
            return PartHeader.raw(code, r.anyValue(field));
        }
        if (b < 32 || b == 0x7F) {
            throw WspReader.error(start, part + " header", String.format(
                    "expected a header field or a textual header name, found 0x%02X"
                            + " (header code pages are not supported)", b));
        }
        String name = r.textString(part + " header name", ctx);
        return new PartHeader(-1, name, r.textString(part + " " + name, ctx), null);
    }

    /** A text part whose octets are not valid in its declared charset is a quirk (real MMSCs send some). */
    private static void checkText(Part p, String name, int dataAt, DecodeContext ctx) {
        int mib = p.contentType().charset();
        if (!p.isText() || mib < 0) {
            return;
        }
        Charset cs = Charsets.forMib(mib);
        if (cs == null || valid(p.dataUnsafe(), cs)) {
            return;
        }
        String label = p.contentType().mediaType() + "; charset=" + Charsets.name(mib);
        if (p.hasUtf8Bom()) {
            ctx.quirk(dataAt, name + " data", label + " starts with a UTF-8 byte-order mark; read as UTF-8");
        } else if (valid(p.dataUnsafe(), StandardCharsets.UTF_8)) {
            ctx.quirk(dataAt, name + " data", label + " holds UTF-8, not " + Charsets.name(mib) + "; read as UTF-8");
        } else if (mib == Charsets.US_ASCII) {
            ctx.quirk(dataAt, name + " data", label + " holds 8-bit octets; read as ISO-8859-1");
        } else {
            ctx.quirk(dataAt, name + " data", "the text is not valid " + Charsets.name(mib));
        }
    }

    static boolean valid(byte[] data, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static MmsPdu create(MmsHeaders h, MessageBody body) {
        MessageType type = h.get(HeaderField.MESSAGE_TYPE).orElseThrow();
        return switch (type) {
            case SEND_REQ -> new SendReq(h, body);
            case SEND_CONF -> new SendConf(h, body);
            case NOTIFICATION_IND -> new NotificationInd(h, body);
            case NOTIFYRESP_IND -> new NotifyRespInd(h, body);
            case RETRIEVE_CONF -> new RetrieveConf(h, body);
            case ACKNOWLEDGE_IND -> new AcknowledgeInd(h, body);
            case DELIVERY_IND -> new DeliveryInd(h, body);
            case READ_REC_IND -> new ReadRecInd(h, body);
            case READ_ORIG_IND -> new ReadOrigInd(h, body);
            default -> new OtherPdu(h, body);
        };
    }

    /** Mandatory headers, single headers that repeat, the leading header order, and the body's presence. */
    private static void validate(MmsPdu pdu, List<Integer> offsets, int end, DecodeContext ctx) {
        List<MmsHeader> list = pdu.headers().list();
        for (HeaderField<?> f : pdu.mandatory()) {
            if (!pdu.headers().contains(f)) {
                ctx.quirk(end, f.name(), pdu.type().label() + " lacks the mandatory " + f.name());
            }
        }
        Set<HeaderField<?>> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            HeaderField<?> f = list.get(i).field();
            if (!seen.add(f) && !f.repeatable() && !(pdu instanceof OtherPdu)) { // MMBox PDUs repeat some
                ctx.quirk(offsets.get(i), f.name(), f.name() + " appears more than once");
            }
        }
        List<HeaderField<?>> lead = new ArrayList<>(List.of(HeaderField.MESSAGE_TYPE));
        if (pdu.headers().contains(HeaderField.TRANSACTION_ID) && pdu.fields().contains(HeaderField.TRANSACTION_ID)) {
            lead.add(HeaderField.TRANSACTION_ID);
        }
        lead.add(HeaderField.MMS_VERSION);
        for (int i = 0; i < lead.size() && !(pdu instanceof OtherPdu); i++) {
            if (i >= list.size() || !list.get(i).field().equals(lead.get(i))) {
                ctx.quirk(i < offsets.size() ? offsets.get(i) : end, lead.get(i).name(),
                        "the PDU must start with " + lead.stream().map(HeaderField::name).toList() + " in this order");
                break;
            }
        }
        if (pdu.type().hasBody() && pdu.body().isEmpty() && !(pdu instanceof OtherPdu)) {
            ctx.quirk(end, "Content-Type", pdu.type().label() + " has no Content-Type and body");
        }
        if (!pdu.type().hasBody() && pdu.body().isPresent() && !(pdu instanceof OtherPdu)) {
            ctx.quirk(end, "Content-Type", pdu.type().label() + " carries a body, which this type does not have");
        }
    }
}
