package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The encoder against byte vectors worked out by hand from OMA-TS-MMS-ENC and WAP-230-WSP. */
class MmsEncoderTest {

    static final Instant DATE = Instant.ofEpochSecond(1_700_000_000L); // 0x6553F100

    /** M-Send.req without SMIL: one text/plain part, laid out as ContentComposer does. */
    static final String MIXED_HEX = "8c80 98543100 8d92 85046553f100 890181"
            + " 97 2b31363139353535303130302f545950453d504c4d4e00 96486900"
            + " 84a3 01 27 02"
            + " 0f 83 81ea 85 746578745f302e74787400" // text/plain; charset=utf-8; name=text_0.txt
            + " c0 22 3c746578745f303e00" // Content-ID: "<text_0>"
            + " 8e 746578745f302e74787400" // Content-Location: text_0.txt
            + " 4869";

    static SendReq mixed() {
        return SendReq.builder().transactionId("T1").date(DATE).to("+16195550100").subject("Hi").text("Hi")
                .smil(false).build();
    }

    @Test
    void sendReqWithoutSmilMatchesTheHandMadeVector() {
        assertEquals(Hex.of(Hex.bytes(MIXED_HEX)), Hex.of(MmsEncoder.encode(mixed())));
        assertEquals(Hex.bytes(MIXED_HEX).length, MmsEncoder.encodedSize(mixed()));
    }

    @Test
    void sendConfAndNotifyRespMatchTheirVectors() {
        SendConf conf = SendConf.builder().transactionId("T1").messageId("m1").responseStatus(ResponseStatus.OK)
                .build();
        assertEquals("8c81985431008d9292808b6d3100", Hex.of(MmsEncoder.encode(conf)));
        NotifyRespInd resp = NotifyRespInd.builder().transactionId("T1").status(MmsStatus.RETRIEVED).build();
        assertEquals("8c83985431008d929581", Hex.of(MmsEncoder.encode(resp)));
    }

    @Test
    void headersGoInTheSpecificationsOrderWhateverTheCallOrder() {
        SendReq req = SendReq.builder().readReport(false).subject("s").priority(Priority.HIGH).to("+16195550100")
                .from("+16195550111").date(DATE).version(MmsVersion.V1_3).transactionId("T9").text("x").build();
        List<String> names = req.headers().list().stream().map(h -> h.field().name()).toList();
        assertEquals(List.of("X-Mms-Message-Type", "X-Mms-Transaction-Id", "X-Mms-MMS-Version", "Date", "From", "To",
                "Subject", "X-Mms-Priority", "X-Mms-Read-Report"), names);
        byte[] pdu = MmsEncoder.encode(req);
        assertEquals("8c80985439008d93", Hex.of(pdu).substring(0, 16));
        // Content-Type (0x84) is the last header: the body starts right after its value
        MmsPdu back = MmsDecoder.strict().decode(pdu);
        assertEquals(req, back);
    }

    @Test
    void versionIsSelectable() {
        for (MmsVersion v : List.of(MmsVersion.V1_0, MmsVersion.V1_1, MmsVersion.V1_2, MmsVersion.V1_3)) {
            byte[] pdu = MmsEncoder.encode(SendReq.builder().version(v).to("+16195550100").text("x").build());
            int at = Hex.of(pdu).indexOf("8d");
            assertEquals(String.format("%02x", 0x80 | (v.major() << 4) | v.minor()), Hex.of(pdu).substring(at + 2, at + 4));
        }
        assertThrows(MmsEncodeException.class, () -> MmsVersion.parse("2.0"));
    }

    @Test
    void utf8SubjectAndSenderAddressAreEncodedStrings() {
        SendReq req = SendReq.builder().transactionId("T1").from("+16195550111").to("ana@example.com")
                .subject("Ünïcødé 😀").text("x").smil(false).build();
        String hex = Hex.of(MmsEncoder.encode(req));
        // From: Value-length 24, Address-present-token, "+16195550111/TYPE=PLMN"
        assertTrue(hex.contains("8918802b31363139353535303131312f545950453d504c4d4e00"), hex);
        byte[] subject = "Ünïcødé 😀".getBytes(StandardCharsets.UTF_8);
        String esv = String.format("96%02xea7f%s00", subject.length + 3, Hex.of(subject));
        assertTrue(hex.contains(esv), hex);
        assertTrue(hex.contains("97616e61406578616d706c652e636f6d00"), hex); // plain e-mail recipient
    }

    @Test
    void smilLayoutReferencesEveryPartByItsContentId() {
        byte[] png = TestMedia.png();
        SendReq req = SendReq.builder().to("+16195550100").text("caption")
                .attach(Attachment.of("a b.png", png)).attach(Attachment.of("song.amr", TestMedia.amr()))
                .attach(Attachment.of("card.vcf", TestMedia.vcard())).build();
        MessageBody body = req.content();
        assertEquals(MediaTypes.MULTIPART_RELATED, body.contentType().mediaType());
        assertEquals("<smil>", body.contentType().parameterValue("start").orElseThrow());
        assertEquals("application/smil", body.contentType().parameterValue("type").orElseThrow());
        List<Part> parts = body.parts();
        assertEquals(List.of("application/smil", "text/plain", "image/png", "audio/amr", "text/x-vCard"),
                parts.stream().map(p -> p.contentType().mediaType()).toList());
        assertEquals(parts.get(0), body.startPart().orElseThrow());
        assertEquals(List.of("<smil>", "<text_0>", "<image_0>", "<audio_0>", "<vcard_0>"),
                parts.stream().map(p -> p.contentId().orElseThrow()).toList());
        assertEquals(List.of("smil.xml", "text_0.txt", "a_b.png", "song.amr", "card.vcf"),
                parts.stream().map(p -> p.contentLocation().orElseThrow()).toList());
        Set<String> referenced = new HashSet<>();
        Matcher m = Pattern.compile("src=\"cid:([^\"]+)\"").matcher(parts.get(0).text());
        while (m.find()) {
            referenced.add("<" + m.group(1) + ">");
        }
        assertEquals(Set.of("<text_0>", "<image_0>", "<audio_0>", "<vcard_0>"), referenced);
        assertEquals("utf-8", parts.get(1).contentType().parameterValue("charset").orElseThrow());
        assertArrayEquals(png, parts.get(2).data());
    }

    @Test
    void duplicateFileNamesGetDistinctLocations() {
        SendReq req = SendReq.builder().to("+16195550100").attach(Attachment.of("x.png", TestMedia.png()))
                .attach(Attachment.of("dir/x.png", TestMedia.png())).build();
        assertEquals(List.of("smil.xml", "x.png", "2_x.png"),
                req.content().parts().stream().map(p -> p.contentLocation().orElseThrow()).toList());
    }

    @Test
    void encodedSizeIsExactForALargeMessage() {
        byte[] big = TestMedia.jpeg(720);
        SendReq req = SendReq.builder().to("+16195550100").text("x".repeat(5000)).attach(Attachment.of("p.jpg", big))
                .build();
        int size = MmsEncoder.encodedSize(req);
        assertEquals(size, MmsEncoder.encode(req).length);
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class,
                () -> MmsEncoder.encode(req, size - 1));
        assertEquals(size, e.size());
        assertEquals(size, MmsEncoder.encode(req, size).length);
    }

    @Test
    void invalidInputIsRefusedWithWhatToDo() {
        MmsEncodeException noRecipient = assertThrows(MmsEncodeException.class,
                () -> SendReq.builder().text("x").build());
        assertTrue(noRecipient.getMessage().contains("no recipient"));
        MmsEncodeException empty = assertThrows(MmsEncodeException.class,
                () -> SendReq.builder().to("+16195550100").text("  ").build());
        assertTrue(empty.getMessage().contains("empty"));
        MmsEncodeException badNumber = assertThrows(MmsEncodeException.class,
                () -> SendReq.builder().to("6195550100"));
        assertTrue(badNumber.getMessage().contains("E.164"), badNumber.getMessage());
        assertThrows(MmsEncodeException.class, () -> SendReq.builder().to("not an@address"));
        MmsEncodeException badId = assertThrows(MmsEncodeException.class,
                () -> SendReq.builder().transactionId("tx→1"));
        assertTrue(badId.getMessage().contains("U+2192"), badId.getMessage());
        MmsEncodeException type = assertThrows(MmsEncodeException.class,
                () -> Attachment.of("a.pdf", "application/pdf", new byte[] {1}));
        assertTrue(type.getMessage().contains("supported: image/jpeg"), type.getMessage());
        assertThrows(MmsEncodeException.class, () -> Attachment.of("unknown.bin", new byte[] {1, 2, 3}));
        assertThrows(MmsEncodeException.class, () -> SendReq.builder().to("+16195550100").text("x")
                .body(MessageBody.single(ContentType.of("text/plain"), new byte[] {1})).build());
        assertThrows(MmsEncodeException.class, () -> SendConf.builder().transactionId("T").build());
    }

    @Test
    void addressesAreNormalised() {
        assertEquals("+16195550100/TYPE=PLMN", MmsAddress.encode("+1 (619) 555-0100").text());
        assertEquals("+16195550100/TYPE=PLMN", MmsAddress.encode("+16195550100/TYPE=PLMN").text());
        assertEquals("+16195550100", MmsAddress.display(MmsAddress.encode("+16195550100")));
    }

    @Test
    void transactionIdsAreShortPrintableAndUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = TransactionIds.next();
            assertTrue(id.matches("T[0-9a-z]{10,16}"), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void builtSendReqHasAndroidDefaultsWhenAsked() {
        SendReq req = SendReq.builder().to("+16195550100").text("x").androidDefaults(DATE).build();
        assertEquals(DATE, req.date().orElseThrow());
        assertEquals(MessageClass.PERSONAL, req.messageClass().orElseThrow());
        assertEquals(Duration.ofDays(7), req.expiry().orElseThrow().delay());
        assertEquals(Priority.NORMAL, req.priority().orElseThrow());
        assertEquals(false, req.deliveryReport().orElseThrow());
        assertEquals(false, req.readReport().orElseThrow());
        assertTrue(req.from().isInsertAddressToken());
        assertTrue(req.transactionId().isPresent());
    }
}
