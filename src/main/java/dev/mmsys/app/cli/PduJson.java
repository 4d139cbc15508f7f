package dev.mmsys.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mmsys.mms.ContentType;
import dev.mmsys.mms.EncodedString;
import dev.mmsys.mms.From;
import dev.mmsys.mms.MessageBody;
import dev.mmsys.mms.MessageClass;
import dev.mmsys.mms.MessageType;
import dev.mmsys.mms.MmsHeader;
import dev.mmsys.mms.MmsPdu;
import dev.mmsys.mms.OctetValue;
import dev.mmsys.mms.Parameter;
import dev.mmsys.mms.Part;
import dev.mmsys.mms.PartHeader;
import dev.mmsys.mms.Quirk;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.RetrieveStatus;
import dev.mmsys.mms.StoreStatus;
import dev.mmsys.mms.TimeValue;
import dev.mmsys.mms.Charsets;
import java.time.Instant;
import java.util.List;

/** The JSON shape of a decoded PDU printed by {@code mmsys decode}: headers in wire order, parts, quirks. */
final class PduJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private PduJson() {
    }

    static ObjectNode of(String file, int size, MmsPdu pdu, List<Quirk> quirks) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        o.put("size", size);
        o.put("messageType", pdu.type().label());
        o.put("mmsVersion", pdu.version().toString());
        pdu.transactionId().ifPresent(t -> o.put("transactionId", t));
        ArrayNode headers = o.putArray("headers");
        for (MmsHeader h : pdu.headers().list()) {
            ObjectNode n = headers.addObject();
            n.put("name", h.field().name());
            value(n, h.value());
            if (h.field().isRaw()) {
                n.put("uninterpreted", true);
            }
        }
        pdu.body().ifPresent(b -> body(o, b));
        ArrayNode q = o.putArray("quirks");
        for (Quirk quirk : quirks) {
            q.addObject().put("offset", quirk.offset()).put("field", quirk.field())
                    .put("description", quirk.description());
        }
        return o;
    }

    private static void body(ObjectNode o, MessageBody b) {
        o.set("contentType", contentType(b.contentType()));
        if (!b.isMultipart()) {
            ObjectNode d = o.putObject("data");
            Part whole = Part.of(b.contentType(), List.of(), b.data());
            d.put("size", whole.size());
            if (whole.isText()) {
                d.put("text", whole.text());
            }
            return;
        }
        ArrayNode parts = o.putArray("parts");
        int i = 1;
        for (Part p : b.parts()) {
            ObjectNode n = parts.addObject();
            n.put("index", i++);
            n.set("contentType", contentType(p.contentType()));
            p.contentId().ifPresent(id -> n.put("contentId", id));
            p.contentLocation().ifPresent(l -> n.put("contentLocation", l));
            List<PartHeader> others = p.headers().stream()
                    .filter(h -> !h.is(PartHeader.CONTENT_ID) && !h.is(PartHeader.CONTENT_LOCATION)).toList();
            if (!others.isEmpty()) {
                ArrayNode hs = n.putArray("headers");
                others.forEach(h -> hs.addObject().put("name", h.name())
                        .put("value", h.displayValue()));
            }
            n.put("size", p.size());
            if (p.isText()) {
                n.put("text", p.text());
            }
        }
    }

    static ObjectNode contentType(ContentType ct) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("mediaType", ct.mediaType());
        ObjectNode params = n.putObject("parameters");
        for (Parameter p : ct.parameters()) {
            String key = p.name().toLowerCase(java.util.Locale.ROOT);
            JsonNode old = params.get(key);
            if (old == null) {
                params.put(key, p.value());
            } else if (old.isArray()) {
                ((ArrayNode) old).add(p.value());
            } else {
                ArrayNode a = params.putArray(key);
                a.add(old).add(p.value());
            }
        }
        return n;
    }

    private static void value(ObjectNode n, Object v) {
        if (v instanceof EncodedString s) {
            n.put("value", s.text());
            if (s.hasCharset()) {
                n.put("charset", Charsets.name(s.charset()));
            }
        } else if (v instanceof Instant t) {
            n.put("value", t.toString()).put("epoch", t.getEpochSecond());
        } else if (v instanceof Boolean b) {
            n.put("value", b);
        } else if (v instanceof Long l) {
            n.put("value", l);
        } else if (v instanceof MessageType t) {
            n.put("value", t.label()).put("code", t.code());
        } else if (v instanceof OctetValue e) {
            n.put("value", e.label()).put("code", e.code());
        } else if (v instanceof From f) {
            n.put("value", f.isInsertAddressToken() ? "insert-address-token" : f.encodedAddress().text());
            if (!f.isInsertAddressToken() && f.encodedAddress().hasCharset()) {
                n.put("charset", Charsets.name(f.encodedAddress().charset()));
            }
        } else if (v instanceof TimeValue t) {
            if (t.absolute()) {
                n.put("value", t.instant().toString()).put("epoch", t.seconds());
            } else {
                n.put("value", "+" + t.seconds() + "s").put("relativeSeconds", t.seconds());
            }
        } else if (v instanceof MessageClass c) {
            n.put("value", c.name());
        } else if (v instanceof ResponseStatus s) {
            n.put("value", s.label()).put("code", s.code()).put("category", category(s.category()));
        } else if (v instanceof RetrieveStatus s) {
            n.put("value", s.label()).put("code", s.code()).put("category", category(s.category()));
        } else if (v instanceof StoreStatus s) {
            n.put("value", s.label()).put("code", s.code()).put("category", category(s.category()));
        } else {
            n.put("value", v.toString());
        }
    }

    private static String category(Enum<?> c) {
        return c.name().toLowerCase(java.util.Locale.ROOT);
    }
}
