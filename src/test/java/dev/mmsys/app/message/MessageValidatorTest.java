package dev.mmsys.app.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageValidatorTest {

    private final MessageValidator validator = new MessageValidator(new Recipients("US"), () -> 1000,
            text -> (text.length() + 152) / 153, 3);

    private static MessageRequest req(List<String> to, String text, Mode mode) {
        return new MessageRequest(to, text, null, List.of(), mode);
    }

    @Test
    void recipientsBecomeE164WithoutDuplicates() throws Exception {
        MessageRequest r = validator.validate(req(List.of("(619) 555-0100", "+1 619 555 0100", "+44 20 7946 0958",
                "ops@example.org"), "hi", Mode.AUTO));
        assertEquals(List.of("+16195550100", "+442079460958", "ops@example.org"), r.to());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|to[0]|is empty",
            "hello|to[0]|is not a phone number",
            "+1 619 555|to[0]|wrong number of digits",
            "12|to[0]|wrong number of digits",
            "bob@|to[0]|not a valid e-mail address",
    })
    void badRecipientsAreNamed(String to, String field, String fragment) {
        var e = assertThrows(InvalidMessageException.class, () -> validator.validate(req(List.of(to), "x",
                Mode.AUTO)));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void tooManyRecipients() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("+1619555" + String.format("%04d", i));
        }
        var e = assertThrows(InvalidMessageException.class, () -> validator.validate(req(many, "x", Mode.AUTO)));
        assertEquals("to", e.field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'   '|is empty",
            "a\u0000b|NUL character at index 1",
            "a\u0007b|control character U+0007",
            "a\ud800b|unpaired UTF-16 surrogate",
    })
    void badTexts(String text, String fragment) {
        var e = assertThrows(InvalidMessageException.class, () -> validator.validate(req(List.of("+16195550100"),
                text, Mode.AUTO)));
        assertEquals("text", e.field());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void textWithLineBreaksTabsAndEmojiIsFine() throws Exception {
        validator.validate(req(List.of("+16195550100"), "a\tb\r\nc 😀", Mode.AUTO));
    }

    @Test
    void aPictureOverTheMaximumIsAcceptedForScalingOtherFilesAreNot() throws Exception {
        MessageValidator v = new MessageValidator(new Recipients("US"), () -> 40_000, t -> 1, 3);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1500, 1000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(5);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1500; x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        assertTrue(png.size() > 40_000);
        v.validate(new MessageRequest(List.of("+16195550100"), "look", null,
                List.of(new Attachment("image/png", "noise.png", png.toByteArray())), Mode.AUTO));
        byte[] audio = new byte[50_000];
        audio[0] = 'I';
        audio[1] = 'D';
        audio[2] = '3';
        var e = assertThrows(InvalidMessageException.class, () -> v.validate(new MessageRequest(
                List.of("+16195550100"), "listen", null, List.of(new Attachment("audio/mpeg", "a.mp3", audio)),
                Mode.AUTO)));
        assertTrue(e.getMessage().contains("over the carrier's MMS limit of 40000"), e.getMessage());
    }

    @Test
    void contentOverTheCarrierMaximumIsRefused() {
        var e = assertThrows(InvalidMessageException.class, () -> validator.validate(req(List.of("+16195550100"),
                "x".repeat(1001), Mode.AUTO)));
        assertTrue(e.getMessage().contains("over the carrier's MMS limit of 1000"), e.getMessage());
    }

    @Test
    void smsModeRulesOutEmailAttachmentsAndLongTexts() {
        var e1 = assertThrows(InvalidMessageException.class, () -> validator.validate(req(List.of("a@b.org"), "x",
                Mode.SMS)));
        assertTrue(e1.getMessage().contains("SMS cannot reach"), e1.getMessage());
        var e2 = assertThrows(InvalidMessageException.class, () -> validator.validate(new MessageRequest(
                List.of("+16195550100"), "x", null, List.of(new Attachment("image/png", "a.png", new byte[] {1})),
                Mode.SMS)));
        assertEquals("attachments[0]", e2.field());
        var e3 = assertThrows(InvalidMessageException.class, () -> validator.validate(req(List.of("+16195550100"),
                "y".repeat(500), Mode.SMS)));
        assertTrue(e3.getMessage().contains("needs 4 SMS segments"), e3.getMessage());
    }

    @Test
    void badAttachmentsAndSubjects() {
        var e1 = assertThrows(InvalidMessageException.class, () -> validator.validate(new MessageRequest(
                List.of("+16195550100"), "x", null, List.of(new Attachment("png", "a.png", new byte[] {1})),
                Mode.AUTO)));
        assertEquals("attachments[0].contentType", e1.field());
        var e2 = assertThrows(InvalidMessageException.class, () -> validator.validate(new MessageRequest(
                List.of("+16195550100"), "x", null, List.of(new Attachment("image/png", "../a.png", new byte[] {1})),
                Mode.AUTO)));
        assertEquals("attachments[0].name", e2.field());
        var e3 = assertThrows(InvalidMessageException.class, () -> validator.validate(new MessageRequest(
                List.of("+16195550100"), "x", "two\nlines", List.of(), Mode.AUTO)));
        assertEquals("subject", e3.field());
        var e4 = assertThrows(InvalidMessageException.class, () -> validator.validate(new MessageRequest(
                List.of("+16195550100"), "x", "bell\u0001", List.of(), Mode.AUTO)));
        assertEquals("subject", e4.field());
        assertTrue(e4.getMessage().contains("control character U+0001"), e4.getMessage());
    }

    @Test
    void unknownRegionIsAConfigurationError() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Recipients("XX"));
        assertTrue(e.getMessage().contains("two-letter"), e.getMessage());
    }
}
