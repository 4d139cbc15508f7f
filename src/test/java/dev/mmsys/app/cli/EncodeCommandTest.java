package dev.mmsys.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.mms.Attachment;
import dev.mmsys.mms.MediaTypes;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.MmsVersion;
import dev.mmsys.mms.Part;
import dev.mmsys.mms.SendReq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mmsys encode}: what it writes, what it prints, and how it refuses bad input (exit 2). */
class EncodeCommandTest {

    @TempDir
    Path dir;

    /** The test must not depend on a config/application.properties in the working directory. */
    private CliRun encode(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "encode";
        all[1] = "--config";
        all[2] = config().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private Path config() {
        Path c = dir.resolve("app.properties");
        if (!Files.exists(c)) {
            try {
                Files.writeString(c, "mmsys.mms.version=1.2\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return c;
    }

    private SendReq written(Path out) throws IOException {
        return MmsDecoder.strict().decode(Files.readAllBytes(out), SendReq.class);
    }

    @Test
    void writesTheSendReqAndSaysWhatItWrote() throws IOException {
        Path out = dir.resolve("x.mms");
        Path jpeg = dir.resolve("photo.jpg");
        Files.write(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'});
        CliRun r = encode("--to", "+16195550100,+1 (619) 555-0101", "--to", "ana@example.com",
                "--text", "Grüße 😀", "--subject", "Hallo Ü", "--from", "+16195550199", "--attach", jpeg.toString(),
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        SendReq req = written(out);
        assertEquals(List.of("+16195550100/TYPE=PLMN", "+16195550101/TYPE=PLMN", "ana@example.com"),
                req.recipients());
        assertEquals("Grüße 😀", req.text().orElseThrow());
        assertEquals("Hallo Ü", req.subject().orElseThrow().text());
        assertEquals("+16195550199/TYPE=PLMN", req.from().encodedAddress().text());
        assertEquals(MmsVersion.V1_2, req.version());
        assertEquals(List.of("application/smil", "text/plain", "image/jpeg"),
                req.content().parts().stream().map(p -> p.contentType().mediaType()).toList());
        assertTrue(r.out().contains("wrote " + out), r.out());
        assertTrue(r.out().contains(Files.size(out) + " octets"), r.out());
        assertTrue(r.out().contains(req.transactionId().orElseThrow()), r.out());
    }

    @Test
    void textFileVersionNoSmilAndJson() throws IOException {
        Path text = dir.resolve("t.txt");
        Files.write(text, ("\uFEFF" + "line one\nline two — ünïcode").getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("y.mms");
        CliRun r = encode("--to", "+16195550100", "--text-file", text.toString(), "--mms-version", "1.3",
                "--no-smil", "--json", "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        SendReq req = written(out);
        assertEquals("line one\nline two — ünïcode", req.text().orElseThrow());
        assertEquals(MmsVersion.V1_3, req.version());
        assertEquals(MediaTypes.MULTIPART_MIXED, req.content().contentType().mediaType());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(Files.size(out), j.get("size").asLong());
        assertEquals(req.transactionId().orElseThrow(), j.get("transactionId").asText());
        assertEquals("<text_0>", j.get("parts").get(0).get("contentId").asText());
    }

    @Test
    void badInputExitsTwoNamingTheOptionAndTheFix() throws IOException {
        Path out = dir.resolve("z.mms");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = dir.resolve("bin.txt");
        Files.write(binary, new byte[] {'a', 0, 'b'});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = dir.resolve("doc.pdf");
        Files.writeString(pdf, "%PDF-1.4 not a picture");
        Path blank = dir.resolve("blank.txt");
        Files.writeString(blank, " \n\t\n");

        expectBadInput(encode("--to", "6195550100", "--text", "x", "--out", out.toString()), "--to 6195550100", "E.164");
        expectBadInput(encode("--to", "+1234", "--text", "x", "--out", out.toString()), "--to +1234", "E.164");
        expectBadInput(encode("--to", "+1999123456789", "--text", "x", "--out", out.toString()), "--to +1999123456789",
                "not a possible phone number");
        expectBadInput(encode("--to", "bob@", "--text", "x", "--out", out.toString()), "bob@", "e-mail");
        expectBadInput(encode("--to", "+16195550100,,", "--text", "x", "--out", out.toString()),
                "--to '+16195550100,,': entry 2 of 3 is empty");
        expectBadInput(encode("--to", ",+16195550100", "--text", "x", "--out", out.toString()),
                "--to ',+16195550100': entry 1 of 2 is empty");
        expectBadInput(encode("--to", "+16195550100", "--to", "+16195550101, ,+16195550102", "--text", "x",
                "--out", out.toString()), "--to '+16195550101, ,+16195550102': entry 2 of 3 is empty");
        expectBadInput(encode("--to", "", "--text", "x", "--out", out.toString()), "--to '': the recipient is empty");
        expectBadInput(encode("--to", "+16195550100", "--text", " ", "--out", out.toString()), "--text is empty");
        expectBadInput(encode("--to", "+16195550100", "--text-file", dir.resolve("missing.txt").toString(),
                "--out", out.toString()), "missing.txt", "no such file");
        expectBadInput(encode("--to", "+16195550100", "--text-file", empty.toString(), "--out", out.toString()),
                "empty.txt is empty");
        expectBadInput(encode("--to", "+16195550100", "--text-file", blank.toString(), "--out", out.toString()),
                "only white space");
        expectBadInput(encode("--to", "+16195550100", "--text-file", binary.toString(), "--out", out.toString()),
                "binary file", "offset 1");
        expectBadInput(encode("--to", "+16195550100", "--text-file", latin1.toString(), "--out", out.toString()),
                "not valid UTF-8 (octet 3)", "save it as UTF-8");
        expectBadInput(encode("--to", "+16195550100", "--text", "x", "--attach", pdf.toString(),
                "--out", out.toString()), "--attach", "doc.pdf", "image/jpeg");
        expectBadInput(encode("--to", "+16195550100", "--text", "x", "--subject", "Hi\u0001there",
                "--out", out.toString()), "Subject contains the control character U+0001", "at index 2");
        expectBadInput(encode("--to", "+16195550100", "--text", "x", "--subject", "two\nlines",
                "--out", out.toString()), "Subject", "U+000A", "one line");
        expectBadInput(encode("--to", "+16195550100", "--text", "x", "--mms-version", "2.0",
                "--out", out.toString()), "2.0", "1.0, 1.1, 1.2, 1.3");
        expectBadInput(encode("--to", "+16195550100", "--text", "x", "--out",
                dir.resolve("no/such/dir/x.mms").toString()), "--out", "cannot write");
        assertFalse(Files.exists(out), "nothing is written on bad input");
        // picocli's own usage errors also exit 2
        assertEquals(2, encode("--to", "+16195550100", "--out", out.toString()).exitCode());
        assertEquals(2, encode("--to", "+16195550100", "--text", "a", "--text-file", blank.toString(),
                "--out", out.toString()).exitCode());
    }

    @Test
    void theCarriersMaximumSizeIsEnforced() throws IOException {
        Path out = dir.resolve("big.mms");
        CliRun r = encode("--set", "mmsys.mms.max-size=100", "--to", "+16195550100", "--text", "x".repeat(200),
                "--out", out.toString());
        expectBadInput(r, "more than the limit of 100 octets set by mmsys.mms.max-size");
        assertFalse(Files.exists(out));
    }

    @Test
    void aLargePictureIsScaledToTheCarriersLimitsAsSendWould() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(3000, 2000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random rnd = new java.util.Random(2);
        for (int y = 0; y < 2000; y++) {
            for (int x = 0; x < 3000; x++) {
                img.setRGB(x, y, rnd.nextInt(0x1000000) & 0x3F3F3F | (x % 256) << 16);
            }
        }
        Path photo = dir.resolve("photo.jpg");
        javax.imageio.ImageIO.write(img, "jpg", photo.toFile());
        assertTrue(Files.size(photo) > 1024 * 1024, "over mint's 1 MB");
        Path out = dir.resolve("photo.mms");
        CliRun r = encode("--set", "mmsys.carrier=mint", "--to", "+16195550100", "--text", "a photo",
                "--attach", photo.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("mmsys encode: picture photo.jpg: 3000x2000, "), r.err());
        assertTrue(r.err().contains("→ 2592x1728"), "mint's 2592x1944, proportions kept: " + r.err());
        assertTrue(Files.size(out) <= 1024 * 1024);
        var part = written(out).content().parts().stream().filter(p -> p.contentType().mediaType()
                .equals("image/jpeg")).findFirst().orElseThrow();
        assertEquals(2592, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(part.data())).getWidth());
    }

    @Test
    void theLimitIsTheNamedCarrierProfilesOrAnHonestDefault() throws IOException {
        Path out = dir.resolve("large.mms");
        String text400k = "x".repeat(400 * 1024);
        CliRun byDefault = encode("--to", "+16195550100", "--text", text400k, "--out", out.toString());
        expectBadInput(byDefault, "MMSYS's default limit of 307200 octets", "mmsys.carrier names no carrier profile",
                "--set mmsys.carrier=NAME");
        assertFalse(byDefault.err().contains("the carrier's maximum"), byDefault.err());
        assertFalse(Files.exists(out));

        CliRun mint = encode("--set", "mmsys.carrier=mint", "--to", "+16195550100", "--text", text400k,
                "--out", out.toString());
        assertEquals(0, mint.exitCode(), mint::toString);
        assertTrue(Files.size(out) > 400 * 1024, "mint accepts 1 MB");
        assertEquals(text400k, written(out).text().orElseThrow());
        Files.delete(out);

        expectBadInput(encode("--set", "mmsys.carrier=mint", "--to", "+16195550100", "--text",
                "y".repeat(1100 * 1024), "--out", out.toString()),
                "the carrier's maximum of 1048576 octets (carrier profile 'mint' (mmsys.carrier=mint))");
        expectBadInput(encode("--set", "mmsys.carrier=mint", "--set", "mmsys.mms.max-size=350KB", "--to",
                "+16195550100", "--text", text400k, "--out", out.toString()),
                "the limit of 358400 octets set by mmsys.mms.max-size");
        expectBadInput(encode("--set", "mmsys.carrier=nosuch", "--to", "+16195550100", "--text", "x",
                "--out", out.toString()), "mmsys.carrier=nosuch", "no such carrier profile");
        assertFalse(Files.exists(out));
    }

    @Test
    void attachmentTypesComeFromTheContent() throws IOException {
        Path misnamed = dir.resolve("card.dat");
        Files.writeString(misnamed, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n");
        Path out = dir.resolve("v.mms");
        CliRun r = encode("--to", "+16195550100", "--text", "card", "--attach", misnamed.toString(),
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        Part card = written(out).content().parts().get(2);
        assertEquals("text/x-vCard", card.contentType().mediaType());
        assertEquals("card.dat", card.contentLocation().orElseThrow());
        assertEquals("text/x-vCard", Attachment.detect("x", Files.readAllBytes(misnamed)));
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun r = CliRun.of("encode", "--help");
        assertEquals(0, r.exitCode());
        for (String option : List.of("--to", "--text", "--text-file", "--subject", "--from", "--attach", "--out",
                "--mms-version", "--no-smil", "mmsys.mms.max-size")) {
            assertTrue(r.out().contains(option), option + " in\n" + r.out());
        }
    }

    private static void expectBadInput(CliRun r, String... fragments) {
        assertEquals(2, r.exitCode(), r::toString);
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' in " + r.err());
        }
    }
}
