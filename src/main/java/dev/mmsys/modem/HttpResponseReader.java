package dev.mmsys.modem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.x response from a {@link ModemSocket}: strict about the status line, header syntax and
 * framing, bounded in every length (never allocates from a length the server announced before the bytes
 * arrived), each read limited by the response timeout. Interim 1xx responses are skipped.
 */
final class HttpResponseReader {

    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: (.*))?");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    static final int MAX_LINE = 8192;
    static final int MAX_HEADERS = 100;

    private final ModemSocket socket;
    private final Duration timeout;
    private final int max;
    private final byte[] buf = new byte[4096];
    private int pos;
    private int lim;
    private long offset;
    private boolean eof;

    HttpResponseReader(ModemSocket socket, Duration timeout, int maxResponseSize) {
        this.socket = socket;
        this.timeout = timeout;
        this.max = maxResponseSize;
    }

    HttpResponse read() throws ModemException {
        while (true) {
            long at = offset;
            String statusLine = line("status line");
            Matcher m = STATUS.matcher(statusLine);
            if (!m.matches()) {
                throw new HttpProtocolException("the MMSC's answer does not start with an HTTP/1.x status line: '"
                        + printable(statusLine) + "'", at);
            }
            int status = Integer.parseInt(m.group(1));
            String reason = m.group(2) == null ? "" : m.group(2).strip();
            List<Map.Entry<String, String>> headers = headers();
            if (status >= 100 && status < 200) {
                continue; // 100 Continue and friends: the real answer follows
            }
            byte[] body = body(status, headers);
            return new HttpResponse(status, reason, headers, body);
        }
    }

    private List<Map.Entry<String, String>> headers() throws ModemException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        while (true) {
            long at = offset;
            String l = line("header");
            if (l.isEmpty()) {
                return out;
            }
            if (out.size() == MAX_HEADERS) {
                throw new HttpProtocolException("more than " + MAX_HEADERS + " headers in the MMSC's answer", at);
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(l.substring(0, colon)).matches()) {
                throw new HttpProtocolException("malformed header line '" + printable(l) + "'", at);
            }
            out.add(new AbstractMap.SimpleImmutableEntry<>(l.substring(0, colon), l.substring(colon + 1).strip()));
        }
    }

    private byte[] body(int status, List<Map.Entry<String, String>> headers) throws ModemException {
        if (status == 204 || status == 304) {
            return new byte[0];
        }
        String te = null;
        List<String> lengths = new ArrayList<>();
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase("Transfer-Encoding")) {
                te = h.getValue().toLowerCase(Locale.ROOT);
            } else if (h.getKey().equalsIgnoreCase("Content-Length")) {
                lengths.add(h.getValue());
            }
        }
        if (te != null) {
            String[] codings = te.split(",");
            if (!codings[codings.length - 1].strip().equals("chunked")) {
                return untilClose();
            }
            return chunked();
        }
        if (!lengths.isEmpty()) {
            long n = contentLength(lengths);
            return exactly(n, "body");
        }
        return untilClose();
    }

    private long contentLength(List<String> values) throws ModemException {
        long n = -1;
        for (String v : values) {
            for (String part : v.split(",")) {
                String p = part.strip();
                if (!p.matches("\\d{1,10}")) {
                    throw new HttpProtocolException("Content-Length '" + printable(v) + "' is not a number", offset);
                }
                long x = Long.parseLong(p);
                if (n >= 0 && x != n) {
                    throw new HttpProtocolException("conflicting Content-Length values " + values, offset);
                }
                n = x;
            }
        }
        if (offset + n > max) {
            throw new HttpProtocolException("Content-Length " + n + " exceeds the " + max
                    + "-octet limit for an MMSC answer", offset);
        }
        return n;
    }

    private byte[] chunked() throws ModemException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            long at = offset;
            String sizeLine = line("chunk size");
            int semi = sizeLine.indexOf(';');
            String hex = (semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip();
            if (!hex.matches("[0-9A-Fa-f]{1,8}")) {
                throw new HttpProtocolException("malformed chunk size '" + printable(sizeLine) + "'", at);
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                while (!line("trailer").isEmpty()) {
                    // trailers carry nothing MMSYS needs
                }
                return body.toByteArray();
            }
            if (offset + size > max) {
                throw new HttpProtocolException("a chunk of " + size + " octets exceeds the " + max
                        + "-octet limit for an MMSC answer", at);
            }
            body.writeBytes(exactly(size, "chunk data"));
            long crlfAt = offset;
            if (!line("chunk end").isEmpty()) {
                throw new HttpProtocolException("chunk data is not followed by CRLF", crlfAt);
            }
        }
    }

    private byte[] untilClose() throws ModemException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int b = next("body");
            if (b < 0) {
                break;
            }
            body.write(b);
        }
        byte[] all = body.toByteArray();
        int trailer = Math.min(all.length, socket.trailerOctetsRead());
        return java.util.Arrays.copyOf(all, all.length - trailer);
    }

    private byte[] exactly(long n, String what) throws ModemException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(n, 8192));
        for (long i = 0; i < n; i++) {
            int b = next(what);
            if (b < 0) {
                throw new HttpProtocolException("the connection ended inside the " + what + " after " + i + " of "
                        + n + " octets", offset);
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    /** A line without its CRLF (a bare LF is accepted too). */
    private String line(String field) throws ModemException {
        ByteArrayOutputStream l = new ByteArrayOutputStream();
        long start = offset;
        while (true) {
            int b = next(field);
            if (b < 0) {
                throw new HttpProtocolException("the connection ended inside the " + field
                        + (l.size() == 0 ? "" : " '" + printable(l.toString(StandardCharsets.ISO_8859_1)) + "'"),
                        start);
            }
            if (b == '\n') {
                byte[] bytes = l.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            if (l.size() == MAX_LINE) {
                throw new HttpProtocolException("the " + field + " is longer than " + MAX_LINE + " octets", start);
            }
            l.write(b);
        }
    }

    private int next(String field) throws ModemException {
        if (pos == lim) {
            if (eof) {
                return -1;
            }
            if (offset >= max) {
                throw new HttpProtocolException("the MMSC's answer exceeds the " + max + "-octet limit in the "
                        + field, offset);
            }
            int n;
            try {
                n = socket.read(buf, 0, buf.length, timeout);
            } catch (AtTimeoutException e) {
                throw new ModemException("the MMSC at " + socket.remote() + " sent no " + field + " for "
                        + timeout.toSeconds() + " s (after " + offset + " octets of its answer); the submission is "
                        + "retried", true, null, null, e);
            }
            if (n < 0) {
                eof = true;
                return -1;
            }
            pos = 0;
            lim = n;
        }
        offset++;
        return buf[pos++] & 0xFF;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 80; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return s.length() > 80 ? b + "…" : b.toString();
    }
}
