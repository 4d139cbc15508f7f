package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.mms.AcknowledgeInd;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.MmsStatus;
import dev.mmsys.mms.NotifyRespInd;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;
import dev.mmsys.mms.SendReq;
import dev.mmsys.testing.Oracles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MMSC emulator over real HTTP: request forms, each response mode, what it stores and shows. */
class MmscEmulatorTest {

    static final String MMS = MmscEmulator.MMS_TYPE;

    @TempDir
    Path dir;

    static byte[] sendReq(String transactionId, String subject, String text) {
        return MmsEncoder.encode(SendReq.builder().transactionId(transactionId).to("+16195550100")
                .subject(subject).text(text).build());
    }

    private MmscEmulator start() throws Exception {
        return MmscEmulator.start(new MmscSettings(0, 0, dir, "mmsc.carrier.example", "/mms", 300 * 1024, false));
    }

    private static SendConf conf(HttpExchange r) {
        assertEquals(200, r.status(), r.text());
        assertEquals(MMS, r.headers().get("content-type"));
        return MmsDecoder.strict().decode(r.body(), SendConf.class);
    }

    @Test
    void receiveSideAcknowledgementsGetAnEmpty200AndAreNotMessages() throws Exception {
        try (MmscEmulator mmsc = start()) {
            mmsc.script().always(MmscResponse.http(503));
            byte[] notifyResp = MmsEncoder.encode(NotifyRespInd.builder().transactionId("N-1")
                    .status(MmsStatus.DEFERRED).build());
            HttpExchange r = HttpExchange.post(mmsc.address(), "/mms", "mmsc.carrier.example", MMS, notifyResp);
            assertEquals(200, r.status(), r.text());
            assertEquals(0, r.body().length);
            byte[] ack = MmsEncoder.encode(AcknowledgeInd.builder().transactionId("A-1").build());
            assertEquals(200, HttpExchange.post(mmsc.address(), "/mms", "x", MMS, ack).status());
            assertEquals(List.of("N-1", "A-1"), mmsc.indications().stream()
                    .map(p -> p.transactionId().orElseThrow()).toList());
            assertEquals(List.of(), mmsc.received(), "neither is a message");
            assertEquals(List.of(), mmsc.script().used(), "the scripted answers are for messages");
            assertEquals(404, HttpExchange.post(mmsc.address(), "/other", "x", MMS, notifyResp).status(),
                    "the path is checked first");
        }
    }

    @Test
    void originFormIsDecodedStoredAndConfirmed() throws Exception {
        try (MmscEmulator mmsc = start()) {
            byte[] pdu = sendReq("T-001", "Hello", "A long text that should arrive as one bubble.");
            SendConf c = conf(HttpExchange.post(mmsc.address(), "/mms", "mmsc.carrier.example", MMS, pdu));
            assertEquals("T-001", c.transactionId().orElseThrow());
            assertEquals(ResponseStatus.OK, c.responseStatus());
            String messageId = c.messageId().orElseThrow();

            ReceivedMms m = mmsc.await(1, Duration.ofSeconds(5)).get(0);
            assertTrue(m.delivered());
            assertFalse(m.viaProxy());
            assertEquals("/mms", m.target());
            assertEquals(messageId, m.messageId());
            assertEquals("T-001", m.transactionId());
            assertEquals("A long text that should arrive as one bubble.", m.text().orElseThrow());
            assertArrayEquals(pdu, Files.readAllBytes(m.pduFile()));
            JsonNode json = new ObjectMapper().readTree(Files.readString(m.summaryFile()));
            assertEquals("Hello", json.get("subject").asText());
            assertEquals("+16195550100/TYPE=PLMN", json.get("to").get(0).asText());
            assertEquals("mmsys-test", json.get("userAgent").asText());
            assertEquals("0x80", json.get("answer").get("responseStatus").asText());
            assertTrue(json.get("delivered").asBoolean());

            // a second message gets another Message-ID
            SendConf c2 = conf(HttpExchange.post(mmsc.address(), "/mms", "x", MMS, sendReq("T-002", "b", "c")));
            assertNotEquals(messageId, c2.messageId().orElseThrow());
        }
    }

    @Test
    void confirmationAndStoredPduPassTheTsharkOracle() throws Exception {
        try (MmscEmulator mmsc = start()) {
            HttpExchange r = HttpExchange.post(mmsc.address(), "/mms", "x", MMS, sendReq("T-ORACLE", "s", "text"));
            Path conf = dir.resolve("conf.mms");
            Files.write(conf, r.body());
            Oracles.Result result = Oracles.mmsDecode(conf, "--strict");
            assertEquals(0, result.exitCode(), result.toString());
            JsonNode summary = result.json().get("summary");
            assertEquals("T-ORACLE", summary.get("transaction_id").asText());
            assertEquals("m-send-conf", summary.get("message_type").asText().toLowerCase().replace('_', '-'));
            Oracles.Result stored = Oracles.mmsDecode(mmsc.received().get(0).pduFile());
            assertEquals(0, stored.exitCode(), stored.toString());
        }
    }

    @Test
    void absoluteFormDirectAndThroughTheProxy() throws Exception {
        try (MmscEmulator mmsc = start()) {
            byte[] pdu = sendReq("T-P", "s", "via proxy");
            conf(HttpExchange.post(mmsc.address(), "http://mmsc.carrier.example/mms", "mmsc.carrier.example", MMS, pdu));
            SendConf c = conf(HttpExchange.post(mmsc.proxyAddress(), "http://mmsc.carrier.example/mms",
                    "mmsc.carrier.example", MMS, pdu));
            assertEquals(ResponseStatus.OK, c.responseStatus());
            List<ReceivedMms> got = mmsc.received();
            assertFalse(got.get(0).viaProxy());
            assertTrue(got.get(1).viaProxy());
            assertEquals("http://mmsc.carrier.example/mms", got.get(1).target());

            HttpExchange origin = HttpExchange.post(mmsc.proxyAddress(), "/mms", "mmsc.carrier.example", MMS, pdu);
            assertEquals(400, origin.status());
            assertTrue(origin.text().contains("absolute-form"), origin.text());
            HttpExchange elsewhere = HttpExchange.post(mmsc.proxyAddress(), "http://example.org/mms", "x", MMS, pdu);
            assertEquals(502, elsewhere.status());
            assertEquals(2, mmsc.received().size(), "refused at the proxy: never reached the MMSC");
        }
    }

    @Test
    void everyResponseMode() throws Exception {
        try (MmscEmulator mmsc = start()) {
            mmsc.script().next(MmscResponse.transientFailure(), MmscResponse.permanentFailure(),
                    MmscResponse.http(500), MmscResponse.http(503), MmscResponse.slow(Duration.ofMillis(50)),
                    MmscResponse.truncated(), MmscResponse.garbage(), MmscResponse.hangUp(),
                    MmscResponse.status(0xE3));
            byte[] pdu = sendReq("T-M", "s", "t");
            SendConf transientConf = conf(post(mmsc, pdu));
            assertTrue(transientConf.responseStatus().isTransient());
            assertTrue(transientConf.messageId().isEmpty());
            assertTrue(conf(post(mmsc, pdu)).responseStatus().isPermanent());
            assertEquals(500, post(mmsc, pdu).status());
            assertEquals(503, post(mmsc, pdu).status());
            assertEquals(ResponseStatus.OK, conf(post(mmsc, pdu)).responseStatus());       // slow
            HttpExchange truncated = post(mmsc, pdu);
            assertEquals(200, truncated.status());
            assertTrue(truncated.body().length < truncated.declaredLength(), "fewer octets than Content-Length");
            HttpExchange garbage = post(mmsc, pdu);
            assertEquals(200, garbage.status());
            assertThrows(RuntimeException.class, () -> MmsDecoder.strict().decode(garbage.body()));
            assertEquals(-1, post(mmsc, pdu).status(), "hang up: no answer at all");
            assertEquals(new ResponseStatus(0xE3), conf(post(mmsc, pdu)).responseStatus());
            assertEquals(ResponseStatus.OK, conf(post(mmsc, pdu)).responseStatus());       // then the default

            List<Boolean> delivered = mmsc.received().stream().map(ReceivedMms::delivered).toList();
            assertEquals(List.of(false, false, false, false, true, true, true, false, false, true), delivered);
            assertEquals(List.of("status 0xC0", "status 0xE0", "http 500", "http 503", "ok after 50 ms",
                    "truncated", "garbage", "hang up", "status 0xE3", "ok"), mmsc.script().used());
        }
    }

    private static HttpExchange post(MmscEmulator mmsc, byte[] pdu) throws Exception {
        return HttpExchange.post(mmsc.address(), "/mms", "mmsc.carrier.example", MMS, pdu);
    }

    @Test
    void seededRandomAnswersRepeat() throws Exception {
        List<String> first = randomRun(dir.resolve("a"));
        assertEquals(first, randomRun(dir.resolve("b")));
        assertTrue(first.contains("http 503") && first.contains("ok"), first.toString());
    }

    private static List<String> randomRun(Path store) throws Exception {
        try (MmscEmulator mmsc = MmscEmulator.start(new MmscSettings(0, -1, store, "", "", 1 << 20, false))) {
            mmsc.script().random(11, 0.5, MmscResponse.http(503));
            for (int i = 0; i < 12; i++) {
                post(mmsc, sendReq("T" + i, "s", "t"));
            }
            return mmsc.script().used();
        }
    }

    @Test
    void malformedPdusAreRefusedWithTheDecodersReason() throws Exception {
        try (MmscEmulator mmsc = start()) {
            // an M-Send.req without the mandatory From: the strict decoder refuses it, the Transaction-ID is known
            byte[] noFrom = HexFormat.of().parseHex("8C8098543100" + "8D92" + "97" + HexFormat.of().formatHex(
                    "+16195550100/TYPE=PLMN".getBytes(StandardCharsets.US_ASCII)) + "00" + "84A3" + "00");
            HttpExchange r = post(mmsc, noFrom);
            SendConf c = conf(r);
            assertEquals(ResponseStatus.PERMANENT_MESSAGE_FORMAT_CORRUPT, c.responseStatus());
            assertEquals("T1", c.transactionId().orElseThrow());
            String why = c.responseText().orElseThrow().text();
            assertTrue(why.contains("From"), why);
            assertFalse(mmsc.received().get(0).delivered());
            assertTrue(mmsc.received().get(0).summary().get("decodeError").asText().contains("From"));

            HttpExchange junk = post(mmsc, "not an MMS at all".getBytes(StandardCharsets.US_ASCII));
            assertEquals(400, junk.status());
            assertTrue(junk.text().contains("not an MMS PDU"), junk.text());
        }
    }

    @Test
    void wrongTypePathSizeAndMethod() throws Exception {
        try (MmscEmulator mmsc = MmscEmulator.start(new MmscSettings(0, -1, dir, "", "/mms", 200, false))) {
            byte[] pdu = sendReq("T-S", "s", "a text long enough to pass two hundred octets ".repeat(6));
            assertEquals(415, HttpExchange.post(mmsc.address(), "/mms", "h", "text/plain", pdu).status());
            HttpExchange wrongPath = HttpExchange.post(mmsc.address(), "/wapenc", "h", MMS, pdu);
            assertEquals(404, wrongPath.status());
            assertTrue(wrongPath.text().contains("path is /mms"), wrongPath.text());
            assertEquals(ResponseStatus.PERMANENT_CONTENT_NOT_ACCEPTED, conf(post(mmsc, pdu)).responseStatus());
            HttpExchange put = HttpExchange.send(mmsc.address(), "PUT /mms HTTP/1.1\r\nContent-Length: 0\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertEquals(405, put.status());
            HttpExchange noLength = HttpExchange.send(mmsc.address(), "POST /mms HTTP/1.1\r\nContent-Type: "
                    .concat(MMS).concat("\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertEquals(411, noLength.status());
        }
    }

    @Test
    void pageShowsOneBubblePerDeliveredMessage() throws Exception {
        try (MmscEmulator mmsc = start()) {
            post(mmsc, sendReq("T-1", "Dinner <tonight>", "See you at 8 & bring the map"));
            mmsc.script().next(MmscResponse.http(503));
            post(mmsc, sendReq("T-2", "Refused", "never shown"));
            HttpExchange page = HttpExchange.get(mmsc.address(), "/");
            assertEquals(200, page.status());
            String html = page.text();
            assertTrue(html.contains("<b>Dinner &lt;tonight&gt;</b>"), html);
            assertTrue(html.contains("See you at 8 &amp; bring the map"), html);
            assertEquals(1, html.split("class=\"bubble\"", -1).length - 1, html);
            assertTrue(html.contains("answered http 503"), html);
            assertFalse(html.contains("never shown"), html);

            JsonNode list = new ObjectMapper().readTree(HttpExchange.get(mmsc.address(), "/messages.json").body());
            assertEquals(2, list.size());
            String id = list.get(0).get("id").asText();
            assertArrayEquals(mmsc.received().get(0).pdu(),
                    HttpExchange.get(mmsc.address(), "/messages/" + id + ".mms").body());
            assertEquals(404, HttpExchange.get(mmsc.address(), "/nothing").status());
        }
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneConnection() throws Exception {
        try (MmscEmulator mmsc = MmscEmulator.start(new MmscSettings(0, -1, dir, "", "", 1 << 20, true))) {
            byte[] one = sendReq("K1", "s", "t");
            byte[] two = sendReq("K2", "s", "t");
            String h = "POST /mms HTTP/1.1\r\nContent-Type: " + MMS + "\r\nContent-Length: ";
            byte[] req = HttpExchange.concat(HttpExchange.concat((h + one.length + "\r\n\r\n").getBytes(), one),
                    HttpExchange.concat((h + two.length + "\r\nConnection: close\r\n\r\n").getBytes(), two));
            HttpExchange.send(mmsc.address(), req);
            assertEquals(List.of("K1", "K2"), mmsc.await(2, Duration.ofSeconds(5)).stream()
                    .map(ReceivedMms::transactionId).toList());
        }
    }
}
