package dev.mmsys.modem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MmscTargetTest {

    @Test
    void urlWithoutPortGoesToPort80InOriginForm() {
        MmscTarget t = MmscTarget.of("http://wholesale.mmsmvno.com/mms/wapenc", "");
        assertEquals("wholesale.mmsmvno.com", t.connectHost());
        assertEquals(80, t.connectPort());
        assertEquals("/mms/wapenc", t.requestTarget());
        assertEquals("wholesale.mmsmvno.com", t.hostHeader());
        assertFalse(t.viaProxy());
    }

    @Test
    void explicitPortIsUsedAndNamedInHost() {
        MmscTarget t = MmscTarget.of("http://10.0.0.1:8002/mms?x=1", null);
        assertEquals(8002, t.connectPort());
        assertEquals("/mms?x=1", t.requestTarget());
        assertEquals("10.0.0.1:8002", t.hostHeader());
    }

    @Test
    void proxyGetsTheAbsoluteForm() {
        MmscTarget t = MmscTarget.of("http://mmsc.mobile.att.net", "proxy.mobile.att.net:80");
        assertEquals("proxy.mobile.att.net", t.connectHost());
        assertEquals(80, t.connectPort());
        assertEquals("http://mmsc.mobile.att.net/", t.requestTarget());
        assertEquals("mmsc.mobile.att.net", t.hostHeader());
        assertTrue(t.viaProxy());
        assertEquals(8080, MmscTarget.of("http://m/x", "10.0.0.1:8080").connectPort());
        assertEquals(80, MmscTarget.of("http://m/x", "10.0.0.1").connectPort());
    }

    @Test
    void badInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MmscTarget.of("", null)).getMessage()
                .contains("mmsys.mmsc.url"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MmscTarget.of("https://x/y", null))
                .getMessage().contains("http://"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MmscTarget.of("http://x/y", "p:port"))
                .getMessage().contains("host:port"));
    }

    @Test
    void requestHeaders() {
        MmscTarget t = MmscTarget.of("http://mms.example/mms/wapenc", null);
        byte[] body = {1, 2, 3};
        String req = new String(ModemHttpClient.request(t, body,
                new HttpOptions("MMSYS/1", "http://ua.example/p.xml", Duration.ofSeconds(60), 1000)),
                StandardCharsets.ISO_8859_1);
        assertTrue(req.startsWith("POST /mms/wapenc HTTP/1.1\r\nHost: mms.example\r\n"), req);
        assertTrue(req.contains("\r\nContent-Type: application/vnd.wap.mms-message\r\n"));
        assertTrue(req.contains("\r\nContent-Length: 3\r\n"));
        assertTrue(req.contains("\r\nAccept: */*, application/vnd.wap.mms-message, application/vnd.wap.sic\r\n"));
        assertTrue(req.contains("\r\nUser-Agent: MMSYS/1\r\n"));
        assertTrue(req.contains("\r\nx-wap-profile: \"http://ua.example/p.xml\"\r\n"));
        assertTrue(req.endsWith("\r\n\r\n\u0001\u0002\u0003"));
    }
}
