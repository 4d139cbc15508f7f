package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain client on the pty sends an MMS the way MMSYS will: PDP context, NETOPEN, CIPOPEN, the HTTP POST in
 * CIPSEND chunks of at most 1500 octets (or raw in transparent mode), the M-Send.conf back; the MMSC emulator
 * stores it. Direct to the MMSC, and absolute-form through the AT&amp;T-style proxy.
 */
class EndToEndTest {

    @TempDir
    Path dir;

    static byte[] httpPost(String target, String host, byte[] pdu) {
        String head = "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/vnd.wap.mms-message"
                + "\r\nContent-Length: " + pdu.length + "\r\nUser-Agent: Android-Mms/2.0\r\nConnection: close\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + pdu.length);
        System.arraycopy(pdu, 0, all, h.length, pdu.length);
        return all;
    }

    private static void cipsend(HostSession h, byte[] data) {
        for (int off = 0; off < data.length; off += 1500) {
            int n = Math.min(1500, data.length - off);
            h.exchange("AT+CIPSEND=0," + n + "\r", "\r\n>");
            h.send(Arrays.copyOfRange(data, off, off + n));
            h.expect("\r\nOK\r\n\r\n+CIPSEND: 0," + n + "," + n + "\r\n");
        }
    }

    /** Reads pushed blocks until the server closes; returns the bytes. */
    private static byte[] receiveUntilClosed(HostSession h, String from) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        Pattern ipd = Pattern.compile("\\+IPD(\\d+)\r\n$");
        while (true) {
            String head = h.readThrough("\r\n", HostSession.WAIT) + h.readThrough("\r\n", HostSession.WAIT);
            if (head.equals("\r\n+IPCLOSE: 0,1\r\n")) {
                return got.toByteArray();
            }
            assertTrue(head.startsWith("\r\nRECV FROM:" + from + "\r\n"), head);
            String size = h.readThrough("\r\n", HostSession.WAIT);
            Matcher m = ipd.matcher(size);
            assertTrue(m.find(), size);
            int n = Integer.parseInt(m.group(1));
            assertTrue(n >= 1 && n <= 1500, "blocks are at most 1500 octets: " + n);
            got.writeBytes(h.read(n, HostSession.WAIT));
        }
    }

    private static SendConf confFrom(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("HTTP/1.1 200 OK\r\n"), text);
        int body = text.indexOf("\r\n\r\n") + 4;
        return MmsDecoder.strict().decode(Arrays.copyOfRange(response, body, response.length), SendConf.class);
    }

    @Test
    void mintWithADualStackContextOnPort80() throws Exception {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped");
        try (EmulatorStack stack = EmulatorStack.start(EmulatorSettings.forTests().withProfile("mint-ipv4-blocked"),
                dir.resolve("store"));
             PtyLink pty = stack.modem().servePty(dir.resolve("ttyEMU"));
             HostSession h = HostSession.open(pty.path())) {
            h.expect(PtyModem.BOOT);
            h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
            h.exchange("AT+CGDCONT=1,\"IPV4V6\",\"Wholesale\"\r", "\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"wholesale.mmsmvno.com\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            String text = "A long message. ".repeat(400);       // 6400 octets of text: five CIPSEND chunks
            byte[] pdu = MmscEmulatorTest.sendReq("E2E-1", "Hi", text);
            cipsend(h, httpPost("/mms/wapenc", "wholesale.mmsmvno.com", pdu));
            SendConf conf = confFrom(receiveUntilClosed(h, "10.175.85.144:80"));
            assertEquals("E2E-1", conf.transactionId().orElseThrow());
            assertEquals(ResponseStatus.OK, conf.responseStatus());
            h.exchange("AT+CIPCLOSE=0\r", "\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n");
            h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");

            ReceivedMms m = stack.mmsc().received().get(0);
            assertTrue(m.delivered());
            assertEquals(text, m.text().orElseThrow());
            assertEquals(conf.messageId().orElseThrow(), m.messageId());
        }
    }

    @Test
    void attMvnoThroughTheProxyInTransparentMode() throws Exception {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped");
        try (EmulatorStack stack = EmulatorStack.start(EmulatorSettings.forTests().withProfile("att-mvno-proxy"),
                dir.resolve("store"));
             PtyLink pty = stack.modem().servePty(dir.resolve("ttyEMU"));
             HostSession h = HostSession.open(pty.path())) {
            h.expect(PtyModem.BOOT);
            h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
            h.exchange("AT+CIPMODE=1\r", "\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"proxy.mobile.att.net\",80\r", "\r\nCONNECT 115200\r\n");
            byte[] pdu = MmscEmulatorTest.sendReq("E2E-P", "Proxy", "through the proxy");
            h.send(httpPost("http://mmsc.mobile.att.net/", "mmsc.mobile.att.net", pdu));
            String head = h.readThrough("\r\n\r\n", HostSession.WAIT);
            Matcher len = Pattern.compile("Content-Length: (\\d+)").matcher(head);
            assertTrue(len.find(), head);
            byte[] body = h.read(Integer.parseInt(len.group(1)), HostSession.WAIT);
            h.expect("\r\nCLOSED\r\n");
            SendConf conf = MmsDecoder.strict().decode(body, SendConf.class);
            assertEquals("E2E-P", conf.transactionId().orElseThrow());
            ReceivedMms m = stack.mmsc().received().get(0);
            assertTrue(m.viaProxy());
            assertEquals("http://mmsc.mobile.att.net/", m.target());
            assertEquals("through the proxy", m.text().orElseThrow());
        }
    }
}
