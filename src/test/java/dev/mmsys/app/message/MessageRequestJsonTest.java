package dev.mmsys.app.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageRequestJsonTest {

    static MessageRequest parse(String json) throws InvalidMessageException {
        return MessageRequestJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryField() throws Exception {
        MessageRequest r = parse("{\"to\":[\"+16195550100\",\"a@b.org\"],\"text\":\"Hé 😀\",\"subject\":\"S\","
                + "\"attachments\":[{\"contentType\":\"image/png\",\"name\":\"p.png\",\"data\":\"AAEC\"}],"
                + "\"mode\":\"MMS\"}");
        assertEquals(List.of("+16195550100", "a@b.org"), r.to());
        assertEquals("Hé 😀", r.text());
        assertEquals("S", r.subject());
        assertEquals(Mode.MMS, r.mode());
        assertEquals("image/png", r.attachments().get(0).contentType());
        assertArrayEquals(new byte[] {0, 1, 2}, r.attachments().get(0).data());
    }

    @Test
    void aSingleRecipientMayBeAString() throws Exception {
        MessageRequest r = parse("{\"to\":\"+16195550100\",\"text\":\"x\"}");
        assertEquals(List.of("+16195550100"), r.to());
        assertEquals(Mode.AUTO, r.mode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"to\":[\"+1\"]|body|not valid JSON at line 1",
            "[1,2]|body|array, not an object",
            "''|body|is empty",
            "{\"text\":\"x\"}|to|is missing",
            "{\"to\":5,\"text\":\"x\"}|to|is a JSON number",
            "{\"to\":[\"+16195550100\", 7],\"text\":\"x\"}|to[1]|write the number as a string",
            "{\"to\":[\"+16195550100\"]}|text|is missing",
            "{\"to\":[\"+16195550100\"],\"text\":true}|text|is a JSON boolean",
            "{\"to\":[\"+16195550100\"],\"text\":\"x\",\"colour\":1}|colour|not a known field",
            "{\"to\":[\"+16195550100\"],\"text\":\"x\",\"text\":\"y\"}|body|Duplicate field 'text'",
            "{\"to\":[\"+16195550100\"],\"text\":\"x\",\"mode\":\"fax\"}|mode|use auto, mms or sms",
            "{\"to\":[\"+16195550100\"],\"text\":\"x\",\"attachments\":{}}|attachments|give an array",
            "{\"to\":[\"+16195550100\"],\"text\":\"x\",\"attachments\":[{\"name\":\"a\",\"data\":\"AA==\"}]}|attachments[0].contentType|is missing",
            "{\"to\":[\"+16195550100\"],\"text\":\"x\",\"attachments\":[{\"contentType\":\"image/png\",\"data\":\"@@@\"}]}|attachments[0].data|not valid base64",
    })
    void badShapesNameTheField(String json, String field, String fragment) {
        var e = assertThrows(InvalidMessageException.class, () -> parse(json));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] b = {'{', '"', 't', 'o', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        var e = assertThrows(InvalidMessageException.class, () -> MessageRequestJson.parse(b));
        assertEquals("body", e.field());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
