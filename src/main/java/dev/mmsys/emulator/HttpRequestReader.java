package dev.mmsys.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads HTTP/1.1 requests strictly and within bounds: the request line and each header line at most 8 KiB,
 * at most 100 headers, a body only by Content-Length or chunked encoding and never over the body limit. Nothing
 * is allocated from a length before it is checked against the limit.
 */
final class HttpRequestReader {

    static final int MAX_LINE = 8 * 1024;
    static final int MAX_HEADERS = 100;

    /** A request the server must refuse: {@code status} and why. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final InputStream in;
    private final long maxBody;
    private final OutputStream interim;

    /** @param interim where {@code 100 Continue} goes for requests that expect it (null: never sent) */
    HttpRequestReader(InputStream in, long maxBody, OutputStream interim) {
        this.in = in;
        this.maxBody = maxBody;
        this.interim = interim;
    }

    HttpRequestReader(InputStream in, long maxBody) {
        this(in, maxBody, null);
    }

    /** The next request, or null when the client closed the connection between requests. */
    HttpRequest read() throws IOException, BadRequest {
        String requestLine = line(true);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            throw new BadRequest(400, "malformed request line '" + printable(requestLine) + "'");
        }
        List<HttpRequest.Header> headers = new ArrayList<>();
        while (true) {
            String l = line(false);
            if (l.isEmpty()) {
                break;
            }
            if (headers.size() == MAX_HEADERS) {
                throw new BadRequest(431, "more than " + MAX_HEADERS + " header lines");
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || l.charAt(0) == ' ' || l.charAt(0) == '\t') {
                throw new BadRequest(400, "malformed header line '" + printable(l) + "'");
            }
            headers.add(new HttpRequest.Header(l.substring(0, colon).strip(), l.substring(colon + 1).strip()));
        }
        HttpRequest head = new HttpRequest(parts[0], parts[1], parts[2], headers, new byte[0]);
        byte[] body = body(head);
        return new HttpRequest(parts[0], parts[1], parts[2], headers, body);
    }

    /** A client that sent {@code Expect: 100-continue} waits for this before the body (RFC 9110 §10.1.1). */
    private void continueIfExpected(HttpRequest head) throws IOException {
        if (interim != null && head.header("Expect").map(v -> v.equalsIgnoreCase("100-continue")).orElse(false)) {
            interim.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            interim.flush();
        }
    }

    private byte[] body(HttpRequest head) throws IOException, BadRequest {
        String te = head.header("Transfer-Encoding").orElse("").toLowerCase(Locale.ROOT);
        if (!te.isEmpty()) {
            if (!te.equals("chunked")) {
                throw new BadRequest(501, "Transfer-Encoding '" + te
                        + "' is not supported; use chunked or Content-Length");
            }
            continueIfExpected(head);
            return chunked();
        }
        String cl = head.header("Content-Length").orElse(null);
        if (cl == null) {
            if (head.method().equals("POST") || head.method().equals("PUT")) {
                throw new BadRequest(411, "a POST needs Content-Length (or chunked encoding)");
            }
            return new byte[0];
        }
        long length;
        try {
            length = Long.parseLong(cl.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "Content-Length '" + printable(cl) + "' is not a number");
        }
        if (length < 0) {
            throw new BadRequest(400, "Content-Length " + length + " is negative");
        }
        if (length > maxBody) {
            throw new BadRequest(413, "Content-Length " + length + " is over the limit of " + maxBody + " octets");
        }
        if (length > 0) {
            continueIfExpected(head);
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            throw new BadRequest(400, "the body ended after " + body.length + " of " + length + " octets");
        }
        return body;
    }

    private byte[] chunked() throws IOException, BadRequest {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(false);
            int semi = sizeLine.indexOf(';');
            String hex = (semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "chunk size '" + printable(hex) + "' is not hexadecimal");
            }
            if (size < 0 || out.size() + size > maxBody) {
                throw new BadRequest(413, "the chunked body is over the limit of " + maxBody + " octets");
            }
            if (size == 0) {
                while (!line(false).isEmpty()) {
                    // trailer fields are ignored
                }
                return out.toByteArray();
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length != size) {
                throw new BadRequest(400, "a chunk ended after " + chunk.length + " of " + size + " octets");
            }
            out.writeBytes(chunk);
            if (!line(false).isEmpty()) {
                throw new BadRequest(400, "a chunk is not followed by CR LF");
            }
        }
    }

    /** A CR LF terminated line (a bare LF is tolerated); null at EOF before the first octet if {@code eofOk}. */
    private String line(boolean eofOk) throws IOException, BadRequest {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (eofOk && b.size() == 0) {
                    return null;
                }
                throw new BadRequest(400, "the connection ended inside the request head");
            }
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            if (b.size() == MAX_LINE) {
                throw new BadRequest(431, "a request line or header is longer than " + MAX_LINE + " octets");
            }
            b.write(c);
        }
    }

    private static String printable(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return t.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
