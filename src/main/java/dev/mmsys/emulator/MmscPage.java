package dev.mmsys.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The MMSC emulator's web page: each delivered MMS as one bubble, the way the recipient's phone shows it
 * (subject in bold, the text, pictures inline); refused requests listed below. Refreshes itself.
 */
final class MmscPage {

    private MmscPage() {
    }

    static String render(List<ReceivedMms> received) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"refresh\" content=\"5\"><title>MMSC emulator</title><style>")
                .append("body{font-family:sans-serif;max-width:40em;margin:1em auto;background:#f4f4f4}")
                .append(".msg{margin:1.2em 0}.to{color:#666;font-size:.8em;margin:0 0 .2em .4em}")
                .append(".bubble{background:#e5e5ea;border-radius:1.1em;padding:.6em .9em;white-space:pre-wrap;")
                .append("display:inline-block;max-width:85%}.bubble img{max-width:100%;display:block;margin:.3em 0}")
                .append(".refused{color:#a00;font-size:.8em}</style></head><body>\n<h1>Received by the MMSC</h1>\n");
        long delivered = received.stream().filter(ReceivedMms::delivered).count();
        if (delivered == 0) {
            b.append("<p>No message yet.</p>\n");
        }
        for (ReceivedMms m : received) {
            if (!m.delivered()) {
                continue;
            }
            JsonNode s = m.summary();
            b.append("<div class=\"msg\" id=\"").append(escape(m.id())).append("\"><div class=\"to\">to ")
                    .append(escape(join(s.path("to")))).append(" &middot; ").append(escape(m.receivedAt().toString()))
                    .append("</div><div class=\"bubble\">");
            if (s.hasNonNull("subject")) {
                b.append("<b>").append(escape(s.get("subject").asText())).append("</b>\n");
            }
            JsonNode parts = s.path("parts");
            for (int i = 0; i < parts.size(); i++) {
                String type = parts.get(i).path("contentType").asText();
                if (type.startsWith("image/")) {
                    b.append("<img alt=\"").append(escape(parts.get(i).path("name").asText("picture")))
                            .append("\" src=\"/messages/").append(escape(m.id())).append("/parts/").append(i)
                            .append("\">");
                }
            }
            b.append(escape(s.path("text").asText(""))).append("</div></div>\n");
        }
        boolean header = false;
        for (ReceivedMms m : received) {
            if (m.delivered()) {
                continue;
            }
            if (!header) {
                b.append("<h2>Refused</h2>\n");
                header = true;
            }
            b.append("<p class=\"refused\">").append(escape(m.id())).append(": answered ")
                    .append(escape(m.response().label()));
            if (m.summary().hasNonNull("decodeError")) {
                b.append(" (").append(escape(m.summary().get("decodeError").asText())).append(')');
            }
            b.append("</p>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String join(JsonNode array) {
        StringBuilder b = new StringBuilder();
        for (JsonNode n : array) {
            b.append(b.length() == 0 ? "" : ", ").append(n.asText());
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
