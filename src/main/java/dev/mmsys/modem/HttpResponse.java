package dev.mmsys.modem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An HTTP response as read from the MMSC: status line, headers in order, body. */
public record HttpResponse(int status, String reason, List<Map.Entry<String, String>> headers, byte[] body) {

    public HttpResponse {
        headers = List.copyOf(headers);
    }

    /** The first header with this name (case-insensitive), or null. */
    public String header(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The content type without parameters, lower-case, or "". */
    public String mediaType() {
        String ct = header("Content-Type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    public String statusLine() {
        return "HTTP " + status + (reason.isEmpty() ? "" : " " + reason);
    }
}
