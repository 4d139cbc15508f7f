package dev.mmsys.modem;

import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 POST of an MMS PDU over a {@link ModemSocket}. The request asks for {@code Connection: close} (one
 * exchange per connection, and in transparent mode the server's close returns the modem to command mode); the
 * response is framed by Content-Length, chunked encoding or the connection's end, and bounded in size.
 */
public final class ModemHttpClient {

    public static final String MMS_CONTENT_TYPE = "application/vnd.wap.mms-message";
    static final String ACCEPT = "*/*, application/vnd.wap.mms-message, application/vnd.wap.sic";

    private ModemHttpClient() {
    }

    /** The request bytes: head and body, ready to send in one go. */
    public static byte[] request(MmscTarget target, byte[] body, HttpOptions options) {
        StringBuilder h = new StringBuilder(256);
        h.append("POST ").append(target.requestTarget()).append(" HTTP/1.1\r\n");
        h.append("Host: ").append(target.hostHeader()).append("\r\n");
        h.append("Content-Type: ").append(MMS_CONTENT_TYPE).append("\r\n");
        h.append("Content-Length: ").append(body.length).append("\r\n");
        h.append("Accept: ").append(ACCEPT).append("\r\n");
        if (!options.userAgent().isEmpty()) {
            h.append("User-Agent: ").append(options.userAgent()).append("\r\n");
        }
        if (!options.uaProf().isEmpty()) {
            h.append("x-wap-profile: \"").append(options.uaProf()).append("\"\r\n");
        }
        h.append("Connection: close\r\n\r\n");
        byte[] head = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** Sends the POST on {@code socket} and reads the answer. */
    public static HttpResponse post(ModemSocket socket, MmscTarget target, byte[] body, HttpOptions options)
            throws ModemException {
        socket.write(request(target, body, options));
        return new HttpResponseReader(socket, options.responseTimeout(), options.maxResponseSize()).read();
    }
}
