package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WSP primitives (WAP-230-WSP §8.4.2) against vectors worked out by hand from the grammar. */
class WspPrimitivesTest {

    private static final DecodeContext STRICT = new DecodeContext(false);

    private static String write(Consumer<WspWriter> body) {
        WspWriter w = WspWriter.exact(WspWriter.measure(body));
        body.accept(w);
        return Hex.of(w.toByteArray());
    }

    private static WspReader reader(String hex) {
        return new WspReader(Hex.bytes(hex));
    }

    @ParameterizedTest
    @CsvSource({"0, 00", "127, 7f", "128, 8100", "16383, ff7f", "16384, 818000", "4294967295, 8fffffff7f"})
    void uintvarBothWays(long value, String hex) {
        assertEquals(hex, write(w -> w.uintvar(value)));
        WspReader r = reader(hex);
        assertEquals(value, r.uintvar("n"));
        assertTrue(!r.hasRemaining());
    }

    @Test
    void uintvarOfSixOctetsIsRejectedAtItsStart() {
        WspReader r = reader("0a 8080808080 01");
        r.octet("x");
        MmsDecodeException e = assertThrows(MmsDecodeException.class, () -> r.uintvar("n"));
        assertEquals(1, e.offset());
        assertTrue(e.expected().contains("oversized uintvar"), e.getMessage());
    }

    @Test
    void uintvarAbove32BitsIsRejected() {
        MmsDecodeException e = assertThrows(MmsDecodeException.class, () -> reader("9fffffff7f").uintvar("n"));
        assertTrue(e.expected().contains("larger than 32 bits"), e.getMessage());
    }

    @Test
    void uintvarCutShortIsTruncation() {
        MmsDecodeException e = assertThrows(MmsDecodeException.class, () -> reader("8181").uintvar("DataLen"));
        assertEquals(2, e.offset());
        assertEquals("DataLen", e.field());
    }

    @ParameterizedTest
    @CsvSource({"0, 00", "30, 1e", "31, 1f1f", "200, 1f8148"})
    void valueLengthUsesShortLengthUpTo30ThenTheLengthQuote(int length, String hex) {
        assertEquals(hex, write(w -> w.valueLength(length)));
    }

    @Test
    void valueLengthLongerThanTheRestIsRefusedBeforeReading() {
        MmsDecodeException e = assertThrows(MmsDecodeException.class, () -> reader("05 010203").valueLength("Subject"));
        assertEquals(0, e.offset());
        assertTrue(e.expected().contains("runs past the end"), e.getMessage());
        // a hostile 4 GB length is refused the same way, without allocating
        assertThrows(MmsDecodeException.class, () -> reader("1f 8fffffff7f 00").valueLength("x"));
    }

    @ParameterizedTest
    @CsvSource({"0, 0100", "255, 01ff", "256, 020100", "1086521826, 0440c301e2"})
    void longIntegerUsesTheFewestOctets(long value, String hex) {
        assertEquals(hex, write(w -> w.longInteger(value)));
        assertEquals(value, reader(hex).longInteger("Date"));
    }

    @Test
    void longIntegerOfLengthZeroOrOverEightIsRejected() {
        assertThrows(MmsDecodeException.class, () -> reader("00").longInteger("Date"));
        MmsDecodeException e = assertThrows(MmsDecodeException.class,
                () -> reader("09 010203040506070809").longInteger("X-Mms-Message-Size"));
        assertTrue(e.expected().contains("9 octets"), e.getMessage());
    }

    @Test
    void integerValueIsShortBelow128() {
        assertEquals("ea", write(w -> w.integerValue(106)));
        assertEquals("0203e8", write(w -> w.integerValue(1000)));
        assertEquals(106, reader("ea").integerValue("charset"));
        assertEquals(1000, reader("0203e8").integerValue("charset"));
    }

    @Test
    void textStringIsQuotedWhenItStartsWithAnEightBitOctet() {
        assertEquals("616200", write(w -> w.textOctets(new byte[] {'a', 'b'})));
        assertEquals("7fc38900", write(w -> w.textOctets(new byte[] {(byte) 0xC3, (byte) 0x89})));
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0x89}, reader("7fc38900").textOctets("Subject", STRICT));
    }

    @Test
    void textStringWithoutItsNulIsTruncation() {
        MmsDecodeException e = assertThrows(MmsDecodeException.class, () -> reader("616263").textString("Message-ID", STRICT));
        assertTrue(e.expected().contains("no terminating NUL"), e.getMessage());
    }

    @Test
    void missingQuoteIsAQuirkStrictlyAnErrorLeniently() {
        assertThrows(MmsDecodeException.class, () -> reader("c38900").textOctets("Subject", STRICT));
        DecodeContext lenient = new DecodeContext(true);
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0x89}, reader("c38900").textOctets("Subject", lenient));
        assertEquals(1, lenient.quirks().size());
    }

    @Test
    void encodedStringValueWithAndWithoutCharset() {
        assertEquals("616200", write(w -> ValueCodecs.encodeEncodedString(w, EncodedString.of("ab"))));
        // "é" in UTF-8: Value-length 5, charset 106 (0xEA), quote, C3 A9, NUL
        assertEquals("05ea7fc3a900", write(w -> ValueCodecs.encodeEncodedString(w, EncodedString.of("é"))));
        EncodedString s = ValueCodecs.decodeEncodedString(reader("05ea7fc3a900"), "Subject", STRICT);
        assertEquals("é", s.text());
        assertEquals(Charsets.UTF_8, s.charset());
    }

    @Test
    void encodedStringValueWithTrailingOctetsInsideItsLengthIsRejected() {
        MmsDecodeException e = assertThrows(MmsDecodeException.class,
                () -> ValueCodecs.decodeEncodedString(reader("05ea61620063"), "Subject", STRICT));
        assertTrue(e.expected().contains("trailing"), e.getMessage());
    }

    @Test
    void contentTypeForms() {
        assertEquals("a3", write(w -> ContentTypeCodec.encode(w, ContentType.of(MediaTypes.MULTIPART_MIXED))));
        assertEquals("038381ea", write(w -> ContentTypeCodec.encode(w,
                ContentType.of("text/plain", Parameter.charset(106)))));
        // Android's multipart/related: start (0x8A) then type (0x89), both Text-strings
        assertEquals("1bb38a3c736d696c3e00896170706c69636174696f6e2f736d696c00",
                write(w -> ContentTypeCodec.encode(w, ContentType.of(MediaTypes.MULTIPART_RELATED,
                        Parameter.start("<smil>"), Parameter.type("application/smil")))));
        ContentType ct = ContentTypeCodec.decode(reader("0c83856d6d732e7478740081ea"), "ct", STRICT);
        assertEquals("text/plain", ct.mediaType());
        assertEquals(List.of("name=mms.txt", "charset=utf-8"), ct.parameters().stream().map(Parameter::toString).toList());
        assertEquals(106, ct.charset());
    }

    @Test
    void contentTypeWithUnassignedParameterCodeIsStrictlyAnError() {
        // 0x84 is not an assigned parameter: its value's length is unknowable
        String hex = "04 83 84 6100";
        assertThrows(MmsDecodeException.class, () -> ContentTypeCodec.decode(reader(hex), "ct", STRICT));
        DecodeContext lenient = new DecodeContext(true);
        ContentType ct = ContentTypeCodec.decode(reader(hex), "ct", lenient);
        assertEquals("text/plain", ct.mediaType());
        assertTrue(lenient.quirks().get(0).description().contains("unassigned parameter code 0x04"));
    }
}
