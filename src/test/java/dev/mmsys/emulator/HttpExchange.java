package dev.mmsys.emulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A raw HTTP/1.1 exchange over a real socket, so tests choose the exact request line (origin or absolute form). */
record HttpExchange(int status, Map<String, String> headers, byte[] body, int declaredLength) {

    static HttpExchange post(InetSocketAddress to, String target, String host, String contentType, byte[] body)
            throws IOException {
        String head = "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\nUser-Agent: mmsys-test\r\n\r\n";
        return send(to, concat(head.getBytes(StandardCharsets.US_ASCII), body));
    }

    static HttpExchange get(InetSocketAddress to, String target) throws IOException {
        return send(to, ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Sends {@code request} and reads the answer until the server closes; status -1 when it answered nothing. */
    static HttpExchange send(InetSocketAddress to, byte[] request) throws IOException {
        try (Socket s = new Socket(to.getAddress(), to.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            return parse(s.getInputStream().readAllBytes());
        }
    }

    static HttpExchange parse(byte[] raw) {
        if (raw.length == 0) {
            return new HttpExchange(-1, Map.of(), raw, -1);
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, c).toLowerCase(Locale.ROOT), lines[i].substring(c + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        int declared = Integer.parseInt(headers.getOrDefault("content-length", "-1"));
        return new HttpExchange(status, headers, body, declared);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
