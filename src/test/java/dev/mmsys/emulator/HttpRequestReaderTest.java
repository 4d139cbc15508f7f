package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The MMSC emulator's request reader: strict, bounded, and clear about what is wrong. */
class HttpRequestReaderTest {

    private static HttpRequest read(String raw, long maxBody) throws Exception {
        return new HttpRequestReader(new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)), maxBody).read();
    }

    private static HttpRequestReader.BadRequest bad(String raw) {
        return assertThrows(HttpRequestReader.BadRequest.class, () -> read(raw, 100));
    }

    @Test
    void contentLengthAndAbsoluteForm() throws Exception {
        HttpRequest r = read("POST http://MMSC.example:8080/mms/wapenc?x=1 HTTP/1.1\r\nHost: a\r\n"
                + "Content-Length: 3\r\n\r\nabcREST", 100);
        assertEquals("POST", r.method());
        assertTrue(r.absoluteForm());
        assertEquals("mmsc.example", r.targetHost());
        assertEquals("/mms/wapenc", r.path());
        assertArrayEquals("abc".getBytes(), r.body());
        assertEquals("a", r.header("host").orElseThrow());
    }

    @Test
    void chunkedBody() throws Exception {
        HttpRequest r = read("POST /mms HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n"
                + "0\r\nTrailer: x\r\n\r\n", 100);
        assertArrayEquals("abcde".getBytes(), r.body());
        assertEquals(413, bad("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFF\r\n").status);
        assertEquals(400, bad("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").status);
    }

    @Test
    void refusalsNameTheProblem() {
        assertEquals(413, bad("POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n").status);
        assertEquals(411, bad("POST / HTTP/1.1\r\n\r\n").status);
        assertEquals(400, bad("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nshort").status);
        assertEquals(400, bad("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n").status);
        assertEquals(400, bad("NONSENSE\r\n\r\n").status);
        assertEquals(400, bad("GET / HTTP/1.1\r\nno colon here\r\n\r\n").status);
        assertEquals(400, bad("GET / HTTP/1.1\r\nHost: a").status);
        assertEquals(501, bad("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n").status);
        assertEquals(431, bad("GET /" + "a".repeat(9000) + " HTTP/1.1\r\n\r\n").status);
        assertEquals(431, bad("GET / HTTP/1.1\r\n" + "X: y\r\n".repeat(101) + "\r\n").status);
        assertTrue(bad("BAD\u0001LINE\r\n\r\n").getMessage().contains("BAD?LINE"));
    }

    @Test
    void expectContinueGetsAnInterimAnswer() throws Exception {
        java.io.ByteArrayOutputStream interim = new java.io.ByteArrayOutputStream();
        String raw = "POST /mms HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi";
        HttpRequest r = new HttpRequestReader(new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)), 10,
                interim).read();
        assertArrayEquals("hi".getBytes(), r.body());
        assertEquals("HTTP/1.1 100 Continue\r\n\r\n", interim.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void cleanEndBetweenRequests() throws Exception {
        assertNull(read("", 10));
    }
}
