package dev.mmsys.modem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Response framing and its limits, over a socket that hands out given bytes in small pieces. */
class HttpResponseReaderTest {

    /** Serves {@code data} 3 octets at a time, then end of stream (or a timeout when {@code hang}). */
    private static final class Bytes implements ModemSocket {
        private final byte[] data;
        private final boolean hang;
        private final int trailer;
        private int pos;

        Bytes(String s, boolean hang, int trailer) {
            this.data = s.getBytes(StandardCharsets.ISO_8859_1);
            this.hang = hang;
            this.trailer = trailer;
        }

        @Override
        public void write(byte[] d) {
        }

        @Override
        public int read(byte[] b, int off, int len, Duration timeout) throws ModemException {
            if (pos == data.length) {
                if (hang) {
                    throw new AtTimeoutException("no data", null, null);
                }
                return -1;
            }
            int n = Math.min(3, Math.min(len, data.length - pos));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int trailerOctetsRead() {
            return trailer;
        }

        @Override
        public String remote() {
            return "10.0.0.1:80";
        }

        @Override
        public long octetsWritten() {
            return 0;
        }

        @Override
        public long octetsRead() {
            return pos;
        }

        @Override
        public void close() {
        }
    }

    private static HttpResponse read(String s) throws ModemException {
        return new HttpResponseReader(new Bytes(s, false, 0), Duration.ofSeconds(1), 1000).read();
    }

    private static HttpProtocolException bad(String s) {
        return assertThrows(HttpProtocolException.class, () -> read(s));
    }

    @Test
    void contentLengthFramesTheBodyAndIgnoresWhatFollows() throws Exception {
        HttpResponse r = read("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.wap.mms-message\r\n"
                + "Content-Length: 4\r\n\r\nabcdEXTRA");
        assertEquals(200, r.status());
        assertEquals("OK", r.reason());
        assertEquals("application/vnd.wap.mms-message", r.mediaType());
        assertArrayEquals("abcd".getBytes(StandardCharsets.US_ASCII), r.body());
    }

    @Test
    void chunkedBody() throws Exception {
        HttpResponse r = read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n"
                + "A\r\n0123456789\r\n0\r\nX-T: 1\r\n\r\n");
        assertEquals("abc0123456789", new String(r.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void closeDelimitedBodyDropsTheModemTrailer() throws Exception {
        HttpResponse r = new HttpResponseReader(new Bytes("HTTP/1.0 200 OK\r\n\r\nbody\r\nCLO", false, 5),
                Duration.ofSeconds(1), 1000).read();
        assertEquals("body", new String(r.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void interimResponsesAreSkipped() throws Exception {
        assertEquals(201, read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n")
                .status());
    }

    @Test
    void malformedInputNamesFieldAndOffset() {
        HttpProtocolException e = bad("HTTP/2 200 OK\r\n\r\n");
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("status line"), e.getMessage());

        e = bad("HTTP/1.1 200 OK\r\nBad Header\r\n\r\n");
        assertEquals(17, e.offset());
        assertTrue(e.getMessage().contains("malformed header line 'Bad Header'"), e.getMessage());

        e = bad("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n");
        assertTrue(e.getMessage().contains("conflicting Content-Length"), e.getMessage());

        e = bad("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        assertTrue(e.getMessage().contains("after 3 of 10 octets"), e.getMessage());

        e = bad("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        assertTrue(e.getMessage().contains("malformed chunk size"), e.getMessage());
    }

    @Test
    void limitsAreEnforcedBeforeAllocating() {
        HttpProtocolException e = bad("HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\n");
        assertTrue(e.getMessage().contains("exceeds the 1000-octet limit"), e.getMessage());
        e = bad("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFF\r\n");
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
        e = bad("HTTP/1.1 200 OK\r\n\r\n" + "x".repeat(2000));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void silenceIsATransientTimeout() {
        ModemException e = assertThrows(ModemException.class, () -> new HttpResponseReader(
                new Bytes("HTTP/1.1 200 OK\r\n", true, 0), Duration.ofMillis(50), 1000).read());
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("sent no header"), e.getMessage());
    }
}
