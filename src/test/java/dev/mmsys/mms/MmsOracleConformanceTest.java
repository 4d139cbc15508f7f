package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mmsys.testing.Oracles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance: M-Send.req PDUs made by the encoder for varied input pass Wireshark's MMSE/WSP dissectors
 * ({@code mms-decode.sh --strict}), and what tshark decodes equals the input: the header list in order, the
 * recipients, the subject (decoded from its charset), every part's content type, Content-ID, Content-Location
 * and payload. The oracle's README warns that {@code ok} alone misses some wrong lengths, hence the
 * comparison. Skipped when ../shared or tshark is absent.
 */
class MmsOracleConformanceTest {

    private static final Instant DATE = Instant.parse("2024-05-01T12:00:00Z");

    /** Our header fields → tshark's field names. */
    private static final Map<HeaderField<?>, String> TSHARK = Map.ofEntries(
            Map.entry(HeaderField.MESSAGE_TYPE, "mmse.message_type"),
            Map.entry(HeaderField.TRANSACTION_ID, "mmse.transaction_id"),
            Map.entry(HeaderField.MMS_VERSION, "mmse.mms_version"),
            Map.entry(HeaderField.DATE, "mmse.date"),
            Map.entry(HeaderField.FROM, "mmse.from"),
            Map.entry(HeaderField.TO, "mmse.to"),
            Map.entry(HeaderField.CC, "mmse.cc"),
            Map.entry(HeaderField.SUBJECT, "mmse.subject"),
            Map.entry(HeaderField.MESSAGE_CLASS, "mmse.message_class.id"),
            Map.entry(HeaderField.EXPIRY, "mmse.expiry.rel"),
            Map.entry(HeaderField.PRIORITY, "mmse.priority"),
            Map.entry(HeaderField.DELIVERY_REPORT, "mmse.delivery_report"),
            Map.entry(HeaderField.READ_REPORT, "mmse.read_report"));

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("ascii", b().to("+16195550100").subject("Keys").text(TestTexts.ASCII)),
                Arguments.of("accented latin", b().to("+16195550100").subject("Café").text(TestTexts.ACCENTED)),
                Arguments.of("gsm symbols", b().to("+16195550100").text(TestTexts.GSM_SYMBOLS)),
                Arguments.of("emoji", b().to("+16195550100").subject("🎂 party").text(TestTexts.EMOJI)),
                Arguments.of("cjk", b().to("+16195550100").subject("会議").text(TestTexts.CJK)),
                Arguments.of("right-to-left", b().to("+16195550100").subject("שלום").text(TestTexts.RTL)),
                Arguments.of("5000 characters", b().to("+16195550100").subject("long")
                        .text(longText())),
                Arguments.of("utf-8 subject, sender number", b().to("+16195550100").from("+16195550199")
                        .subject("Ünïcödé ✓ — 日本").text("x")),
                Arguments.of("no subject", b().to("+16195550100").text(TestTexts.ASCII)),
                Arguments.of("several recipients", b().to("+16195550100").to("+442071838750").to("ana@example.com")
                        .cc("+33612345678").text(TestTexts.ACCENTED)),
                Arguments.of("with images", b().to("+16195550100").subject("Pictures").text(TestTexts.EMOJI)
                        .attach(Attachment.of("photo.jpg", TestMedia.jpeg(300)))
                        .attach(Attachment.of("dot.png", TestMedia.png()))
                        .attach(Attachment.of("anim.gif", TestMedia.gif()))),
                Arguments.of("multipart/mixed, MMS 1.0", b().version(MmsVersion.V1_0).to("+16195550100")
                        .text(TestTexts.CJK).attach(Attachment.of("c.vcf", TestMedia.vcard())).smil(false)));
    }

    private static SendReq.Builder b() {
        return SendReq.builder().androidDefaults(DATE);
    }

    private static String longText() {
        StringBuilder s = new StringBuilder();
        String pool = TestTexts.ACCENTED + " " + TestTexts.EMOJI + " " + TestTexts.CJK + " ";
        while (s.codePointCount(0, s.length()) < 5000) {
            s.appendCodePoint(pool.codePointAt(s.length() % pool.length() == 0 ? 0 : pool.offsetByCodePoints(0,
                    s.codePointCount(0, s.length()) % pool.codePointCount(0, pool.length()))));
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void tsharkDecodesWhatWeMeant(String name, SendReq.Builder builder, @TempDir Path dir) throws IOException {
        SendReq req = builder.build();
        Path file = dir.resolve("pdu.mms");
        Files.write(file, MmsEncoder.encode(req));

        Oracles.Result result = Oracles.mmsDecode(file, "--strict");
        JsonNode j = result.json();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(j.get("ok").asBoolean(), result::toString);
        assertEquals(0, j.get("errors").size(), result::toString);
        assertEquals(0, j.get("warnings").size(), result::toString);
        assertEquals(0, j.get("payload_warnings").size(), result::toString);

        List<String> expectedHeaders = new ArrayList<>();
        for (MmsHeader h : req.headers().list()) {
            expectedHeaders.add(TSHARK.get(h.field()));
        }
        expectedHeaders.add("wsp.header.content_type");
        List<String> actualHeaders = new ArrayList<>();
        j.get("headers").forEach(h -> actualHeaders.add(h.get("field").asText()));
        assertEquals(expectedHeaders, actualHeaders);

        JsonNode s = j.get("summary");
        assertEquals("m-send-req", s.get("message_type").asText());
        assertEquals(req.transactionId().orElseThrow(), s.get("transaction_id").asText());
        assertEquals(req.version().toString(), s.get("mms_version").asText());
        assertEquals(DATE.getEpochSecond(), s.get("date_epoch").asLong());
        assertEquals(texts(req.to()), strings(s.get("to")));
        if (!req.cc().isEmpty()) {
            assertEquals(texts(req.cc()), strings(s.get("cc")));
        }
        if (req.from().isInsertAddressToken()) {
            assertEquals("<insert address>", s.get("from").asText());
        } else {
            assertEquals(req.from().encodedAddress().text(), s.get("from").asText());
        }
        if (req.subject().isPresent()) {
            EncodedString subject = req.subject().get();
            String decoded = s.has("subject_decoded") ? s.get("subject_decoded").asText() : s.get("subject").asText();
            assertEquals(subject.text(), decoded);
        } else {
            assertTrue(!s.has("subject"), "no Subject header expected");
        }
        MessageBody body = req.content();
        assertEquals(body.contentType().mediaType(), s.get("content_type").asText());
        body.contentType().parameterValue("start")
                .ifPresent(start -> assertEquals(start, s.get("content_type_params").get("start").asText()));

        JsonNode parts = j.get("body").get("parts");
        assertEquals(body.parts().size(), j.get("body").get("n_entries").asInt());
        assertEquals(body.parts().size(), parts.size());
        for (int i = 0; i < body.parts().size(); i++) {
            Part ours = body.parts().get(i);
            JsonNode theirs = parts.get(i);
            assertEquals(ours.contentType().mediaType().toLowerCase(Locale.ROOT),
                    theirs.get("content_type").asText().toLowerCase(Locale.ROOT));
            assertEquals("\"" + ours.contentId().orElseThrow() + "\"", theirs.get("content_id").asText());
            assertEquals(ours.contentLocation().orElseThrow(), theirs.get("content_location").asText());
            assertEquals(ours.contentType().fileName().orElseThrow(),
                    theirs.get("content_type_params").get("name").asText());
            assertEquals(sha256(ours.data()), theirs.get("sha256").asText());
            if (ours.isText()) {
                assertEquals(ours.text(), theirs.get("text").asText());
            }
        }
        req.text().ifPresent(text -> assertEquals(text, textOf(parts)));
    }

    private static String textOf(JsonNode parts) {
        for (JsonNode p : parts) {
            if (p.get("content_type").asText().equals("text/plain")) {
                assertEquals("utf-8", p.get("content_type_params").get("charset").asText().toLowerCase(Locale.ROOT));
                return p.get("text").asText();
            }
        }
        throw new AssertionError("no text/plain part");
    }

    private static List<String> texts(List<EncodedString> s) {
        return s.stream().map(EncodedString::text).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> l = new ArrayList<>();
        array.forEach(n -> l.add(n.asText()));
        return l;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static {
        assert StandardCharsets.UTF_8 != null;
    }
}
