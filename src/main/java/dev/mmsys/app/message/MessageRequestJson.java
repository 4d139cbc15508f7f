package dev.mmsys.app.message;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the message JSON shared by REST, outbox {@code .json} files and the queue:
 * {@code {"to": ["+1…"] | "+1…", "text": "…", "subject"?, "attachments"?: [{contentType, name, data}], "mode"?}}.
 * Strict: unknown or duplicate fields, wrong types and bad base64 are errors that name the field.
 * It checks shape only; {@link MessageValidator} checks content.
 */
public final class MessageRequestJson {

    public static final String EXAMPLE = "{\"to\": [\"+16195550100\"], \"text\": \"Hello\"}";
    private static final Set<String> FIELDS = Set.of("to", "text", "subject", "attachments", "mode");
    private static final Set<String> ATTACHMENT_FIELDS = Set.of("contentType", "name", "data");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private MessageRequestJson() {
    }

    public static MessageRequest parse(byte[] json) throws InvalidMessageException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidMessageException("body", "not valid JSON" + where + " (" + e.getOriginalMessage()
                    + "); send a UTF-8 JSON object such as " + EXAMPLE);
        } catch (IOException e) {
            throw new InvalidMessageException("body", "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidMessageException("body", "is empty; send a JSON object such as " + EXAMPLE);
        }
        if (!root.isObject()) {
            throw new InvalidMessageException("body", "is a JSON " + kind(root) + ", not an object; send "
                    + EXAMPLE);
        }
        rejectUnknown(root, FIELDS, "");
        List<String> to = recipients(root.get("to"));
        String text = requiredString(root, "text", "the message text");
        String subject = optionalString(root, "subject");
        List<Attachment> attachments = attachments(root.get("attachments"));
        Mode mode = Mode.AUTO;
        String m = optionalString(root, "mode");
        if (m != null) {
            mode = Mode.parse(m);
            if (mode == null) {
                throw new InvalidMessageException("mode", "'" + m + "' is not a mode; use auto, mms or sms");
            }
        }
        return new MessageRequest(to, text, subject, attachments, mode);
    }

    private static List<String> recipients(JsonNode n) throws InvalidMessageException {
        if (n == null || n.isNull()) {
            throw new InvalidMessageException("to", "is missing; give the recipients as an array, e.g. "
                    + "\"to\": [\"+16195550100\"]");
        }
        if (n.isTextual()) {
            return List.of(n.asText());
        }
        if (!n.isArray()) {
            throw new InvalidMessageException("to", "is a JSON " + kind(n) + "; give an array of phone numbers "
                    + "or e-mail addresses, e.g. [\"+16195550100\"]");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual()) {
                throw new InvalidMessageException("to[" + i + "]", "is a JSON " + kind(e)
                        + "; write the number as a string, e.g. \"+16195550100\"");
            }
            out.add(e.asText());
        }
        return out;
    }

    private static List<Attachment> attachments(JsonNode n) throws InvalidMessageException {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new InvalidMessageException("attachments", "is a JSON " + kind(n)
                    + "; give an array of {\"contentType\", \"name\", \"data\" (base64)} objects");
        }
        List<Attachment> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String f = "attachments[" + i + "]";
            JsonNode a = n.get(i);
            if (!a.isObject()) {
                throw new InvalidMessageException(f, "is a JSON " + kind(a)
                        + "; give an object {\"contentType\", \"name\", \"data\" (base64)}");
            }
            rejectUnknown(a, ATTACHMENT_FIELDS, f + ".");
            String type = requiredString(a, "contentType", f + ".contentType", "the MIME type, e.g. image/jpeg");
            String name = optionalString(a, "name", f + ".name");
            String data = requiredString(a, "data", f + ".data", "the file content in base64");
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(data.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw new InvalidMessageException(f + ".data", "is not valid base64 (" + e.getMessage()
                        + "); encode the file with standard base64 (RFC 4648, with padding)");
            }
            out.add(new Attachment(type, name == null ? "attachment-" + (i + 1) : name, bytes));
        }
        return out;
    }

    private static void rejectUnknown(JsonNode obj, Set<String> allowed, String prefix)
            throws InvalidMessageException {
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            String k = it.next().getKey();
            if (!allowed.contains(k)) {
                throw new InvalidMessageException(prefix + k, "is not a known field; the fields are "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String requiredString(JsonNode obj, String name, String what) throws InvalidMessageException {
        return requiredString(obj, name, name, what);
    }

    private static String requiredString(JsonNode obj, String name, String field, String what)
            throws InvalidMessageException {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            throw new InvalidMessageException(field, "is missing; give " + what + " as a string");
        }
        if (!v.isTextual()) {
            throw new InvalidMessageException(field, "is a JSON " + kind(v) + "; give " + what + " as a string");
        }
        return v.asText();
    }

    private static String optionalString(JsonNode obj, String name) throws InvalidMessageException {
        return optionalString(obj, name, name);
    }

    private static String optionalString(JsonNode obj, String name, String field) throws InvalidMessageException {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidMessageException(field, "is a JSON " + kind(v) + "; give a string");
        }
        return v.asText();
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT, POJO -> "object";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL, MISSING -> "null";
            default -> "string";
        };
    }
}
