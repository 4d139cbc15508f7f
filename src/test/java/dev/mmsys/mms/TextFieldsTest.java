package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Text that goes into MMS headers: WSP's TEXT excludes control characters, so every header field given to the
 * encoder refuses the C0 controls and DEL, naming the field; message text (a text/plain part) keeps its line
 * breaks; decoded values are kept as received.
 */
class TextFieldsTest {

    private static SendReq.Builder send() {
        return SendReq.builder().to("+16195550100").text("x");
    }

    private static void refused(Executable build, String field, String... fragments) {
        MmsEncodeException e = assertThrows(MmsEncodeException.class, build);
        assertTrue(e.getMessage().startsWith(field + " "), "'" + field + "' first in: " + e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' in: " + e.getMessage());
        }
    }

    @Test
    void subjectRefusesEveryC0ControlAndDeleteInAsciiAndUtf8() {
        for (int c = 1; c < 0x20; c++) {
            String code = String.format("U+%04X", c);
            int ch = c;
            refused(() -> send().subject("Hi" + (char) ch + "there"), "Subject", code, "at index 2",
                    "control character");
            refused(() -> send().subject("Grüße" + (char) ch), "Subject", code, "at index 5");
        }
        refused(() -> send().subject("rub\u007Fout"), "Subject", "U+007F", "delete");
        refused(() -> send().subject("two\nlines"), "Subject", "U+000A", "line feed", "one line");
        refused(() -> send().subject("a\u0000b"), "Subject", "NUL character at index 1");
        refused(() -> NotificationInd.builder().subject("bell\u0007"), "Subject", "U+0007");
        refused(() -> RetrieveConf.builder().subject("esc\u001B[0m"), "Subject", "U+001B", "escape");
    }

    @Test
    void subjectKeepsEveryOtherCharacter() {
        String subject = "Grüße 😀 ¡hola! — 日本語 \u00A0 tab-free";
        SendReq r = MmsDecoder.strict().decode(MmsEncoder.encode(send().subject(subject).build()), SendReq.class);
        assertEquals(subject, r.subject().orElseThrow().text());
        assertEquals("plain ascii ~", MmsDecoder.strict().decode(MmsEncoder.encode(send().subject("plain ascii ~")
                .build()), SendReq.class).subject().orElseThrow().text());
    }

    @Test
    void textStringFieldsRefuseControlsNamingTheField() {
        refused(() -> send().transactionId("T\u00011"), "X-Mms-Transaction-ID", "U+0001");
        refused(() -> NotificationInd.builder().contentLocation("http://mmsc.example/a\r\n"),
                "X-Mms-Content-Location", "U+000D", "carriage return");
        refused(() -> send().applicationHeader("X-Note", "a\tb"), "X-Note", "U+0009", "tab");
        refused(() -> send().applicationHeader("X-\u0002", "b"), "header name", "U+0002");
        refused(() -> SendConf.builder().responseText("ok\u0003"), "X-Mms-Response-Text", "U+0003");
        refused(() -> Parameter.name("pic\u0004.jpg"), "file name", "U+0004");
        refused(() -> Parameter.of("x-foo", "v\u007F"), "parameter", "U+007F");
        refused(() -> ContentType.of("text/pl\u0005ain"), "media type", "U+0005");
        refused(() -> MessageClass.of("promo\u0006"), "message class", "U+0006");
        refused(() -> PartHeader.contentId("<a\u0008>"), "Content-ID", "U+0008");
        refused(() -> PartHeader.contentLocation("a\u000B.txt"), "Content-Location", "U+000B");
        refused(() -> EncodedString.utf8("é\u000C"), "text", "U+000C");
        refused(() -> EncodedString.plain("\u001F"), "text", "U+001F");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        // an attachment's file name is not taken as is: the Content-Location is reduced to safe characters
        Part photo = send().attach(Attachment.of("holiday\u0001.jpg", jpeg)).build().content().parts().get(2);
        assertEquals("holiday_.jpg", photo.contentLocation().orElseThrow());
    }

    @Test
    void messageTextKeepsTabsAndLineBreaks() {
        String text = "line one\r\nline\ttwo\nthree";
        SendReq r = MmsDecoder.strict().decode(MmsEncoder.encode(SendReq.builder().to("+16195550100").text(text)
                .build()), SendReq.class);
        assertEquals(text, r.text().orElseThrow());
    }

    @Test
    void decodedControlsAreKeptAsReceivedAndReEncodeToTheSameOctets() {
        byte[] pdu = MmsEncoder.encode(send().subject("aXb").applicationHeader("X-Note", "cYd")
                .expiry(Duration.ofDays(1)).build());
        replace(pdu, "aXb", "a\u0001b");
        replace(pdu, "cYd", "c\td");
        SendReq r = MmsDecoder.strict().decode(pdu, SendReq.class);
        assertEquals("a\u0001b", r.subject().orElseThrow().text());
        assertEquals("c\td", r.headers().list().stream().filter(h -> h.field().name().equals("X-Note"))
                .findFirst().orElseThrow().value());
        assertArrayEquals(pdu, MmsEncoder.encode(r));
    }

    private static void replace(byte[] pdu, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.ISO_8859_1);
        byte[] t = to.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + f.length <= pdu.length; i++) {
            for (int j = 0; j < f.length; j++) {
                if (pdu[i + j] != f[j]) {
                    continue outer;
                }
            }
            System.arraycopy(t, 0, pdu, i, t.length);
            return;
        }
        throw new AssertionError(from + " not in the PDU");
    }
}
