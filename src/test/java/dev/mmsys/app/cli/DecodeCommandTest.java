package dev.mmsys.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.mms.Attachment;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;
import dev.mmsys.mms.SendReq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mmsys decode}: JSON for any PDU, exit 1 with offset and field on malformed input. */
class DecodeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, byte[] pdu) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, pdu);
        return p;
    }

    @Test
    void sendReqAsJson() throws IOException {
        byte[] gif = Files.readAllBytes(write("g.gif", new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0}));
        SendReq req = SendReq.builder().transactionId("T42").to("+16195550100").subject("Grüße").text("héllo 😀")
                .attach(Attachment.of("g.gif", gif)).androidDefaults(Instant.parse("2024-01-02T03:04:05Z")).build();
        Path f = write("x.mms", MmsEncoder.encode(req));
        CliRun r = CliRun.of("decode", f.toString());
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode j = JSON.readTree(r.out());
        assertEquals("m-send-req", j.get("messageType").asText());
        assertEquals("T42", j.get("transactionId").asText());
        assertEquals(Files.size(f), j.get("size").asLong());
        JsonNode subject = find(j.get("headers"), "Subject");
        assertEquals("Grüße", subject.get("value").asText());
        assertEquals("utf-8", subject.get("charset").asText());
        assertEquals("2024-01-02T03:04:05Z", find(j.get("headers"), "Date").get("value").asText());
        assertEquals("+16195550100/TYPE=PLMN", find(j.get("headers"), "To").get("value").asText());
        assertEquals("<smil>", j.get("contentType").get("parameters").get("start").asText());
        JsonNode text = j.get("parts").get(1);
        assertEquals("text/plain", text.get("contentType").get("mediaType").asText());
        assertEquals("utf-8", text.get("contentType").get("parameters").get("charset").asText());
        assertEquals("<text_0>", text.get("contentId").asText());
        assertEquals("text_0.txt", text.get("contentLocation").asText());
        assertEquals("héllo 😀", text.get("text").asText());
        assertEquals(10, j.get("parts").get(2).get("size").asInt());
        assertTrue(j.get("parts").get(0).get("text").asText().contains("cid:image_0"));
        assertEquals(0, j.get("quirks").size());
    }

    @Test
    void sendConfShowsTheStatusCategory() throws IOException {
        Path f = write("c.mms", MmsEncoder.encode(SendConf.builder().transactionId("T1")
                .responseStatus(new ResponseStatus(0x86)).build()));
        JsonNode status = find(JSON.readTree(CliRun.of("decode", f.toString()).out()).get("headers"),
                "X-Mms-Response-Status");
        assertEquals("Error-network-problem", status.get("value").asText());
        assertEquals(134, status.get("code").asInt());
        assertEquals("transient", status.get("category").asText());
    }

    @Test
    void malformedExitsOneWithOffsetAndField() throws IOException {
        byte[] pdu = MmsEncoder.encode(SendReq.builder().to("+16195550100").text("hello").build());
        Path f = write("cut.mms", Arrays.copyOf(pdu, pdu.length - 3));
        CliRun r = CliRun.of("decode", f.toString());
        assertEquals(1, r.exitCode(), r::toString);
        JsonNode error = JSON.readTree(r.out()).get("error");
        assertTrue(error.get("offset").asInt() > 0);
        assertTrue(error.get("field").asText().contains("data"), error.toString());
        assertTrue(r.err().contains("cut.mms: malformed MMS PDU at offset " + error.get("offset").asInt()), r.err());
    }

    @Test
    void quirksAreListedAndStrictRejectsThem() throws IOException {
        // M-Send.conf whose Subject lacks the 0x7F quote before an 8-bit first octet
        Path f = write("q.mms", new byte[] {(byte) 0x8C, (byte) 0x81, (byte) 0x98, 'T', 0, (byte) 0x8D, (byte) 0x92,
            (byte) 0x92, (byte) 0x80, (byte) 0x93, 0x04, (byte) 0xEA, (byte) 0xC3, (byte) 0xA9, 0});
        CliRun lenient = CliRun.of("decode", f.toString());
        assertEquals(0, lenient.exitCode(), lenient::toString);
        JsonNode j = JSON.readTree(lenient.out());
        assertEquals("é", find(j.get("headers"), "X-Mms-Response-Text").get("value").asText());
        assertTrue(j.get("quirks").get(0).get("description").asText().contains("0x7F quote"));
        CliRun strict = CliRun.of("decode", "--strict", f.toString());
        assertEquals(1, strict.exitCode(), strict::toString);
    }

    @Test
    void unreadableFileIsBadInput() {
        CliRun r = CliRun.of("decode", dir.resolve("none.mms").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("none.mms: no such file"), r.err());
        assertEquals(2, CliRun.of("decode", dir.toString()).exitCode());
    }

    private static JsonNode find(JsonNode headers, String name) {
        for (JsonNode h : headers) {
            if (h.get("name").asText().equals(name)) {
                return h;
            }
        }
        throw new AssertionError(name + " not in " + headers);
    }
}
