package dev.mmsys.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mmsys.mms.EncodedString;
import dev.mmsys.mms.MessageBody;
import dev.mmsys.mms.Part;
import dev.mmsys.mms.SendReq;

/** The JSON summary of a received M-Send.req: headers, recipients, parts and text, decoded by the project's codec. */
final class MmsSummary {

    static final ObjectMapper JSON = new ObjectMapper();

    private MmsSummary() {
    }

    /** Fills {@code out} with what {@code req} says. */
    static void describe(SendReq req, ObjectNode out) {
        out.put("messageType", req.type().label());
        out.put("transactionId", req.transactionId().orElse(""));
        out.put("mmsVersion", req.version().toString());
        out.put("from", req.from().isInsertAddressToken() ? "(insert-address-token)"
                : req.from().encodedAddress().text());
        addresses(out.putArray("to"), req.to());
        addresses(out.putArray("cc"), req.cc());
        addresses(out.putArray("bcc"), req.bcc());
        req.subject().ifPresent(s -> out.put("subject", s.text()));
        req.date().ifPresent(d -> out.put("date", d.toString()));
        req.messageClass().ifPresent(c -> out.put("messageClass", c.toString()));
        req.priority().ifPresent(p -> out.put("priority", p.toString()));
        req.deliveryReport().ifPresent(d -> out.put("deliveryReport", d));
        req.readReport().ifPresent(d -> out.put("readReport", d));
        MessageBody body = req.content();
        out.put("bodyContentType", body.contentType().mediaType());
        ArrayNode parts = out.putArray("parts");
        if (body.isMultipart()) {
            for (Part p : body.parts()) {
                ObjectNode n = parts.addObject();
                n.put("contentType", p.contentType().mediaType());
                p.contentType().fileName().ifPresent(f -> n.put("name", f));
                p.contentId().ifPresent(c -> n.put("contentId", c));
                p.contentLocation().ifPresent(c -> n.put("contentLocation", c));
                n.put("size", p.size());
                if (p.isText()) {
                    n.put("text", p.text());
                }
            }
        }
        req.text().ifPresent(t -> out.put("text", t));
    }

    private static void addresses(ArrayNode out, java.util.List<EncodedString> list) {
        for (EncodedString e : list) {
            out.add(e.text());
        }
    }
}
