package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.testing.Oracles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 36 third-party PDUs in {@code ../shared/oracle-samples/mms} (real handsets, MMSCs and the OMA MMS 1.3
 * conformance suite; see SOURCES.md there). Expected values come from the upstream tests SOURCES.md names
 * (python-messaging's test_mms.py, mmsd's unit/test-mmsutil.c); the bytes win where those disagree, as
 * SOURCES.md records. Skipped when ../shared is absent.
 */
class SampleCorpusTest {

    /** Samples the strict decoder rejects, and why: real-world deviations the lenient decoder reports. */
    private static final Map<String, String> QUIRKY = Map.of(
            "mmsd-rc-mms-1-3-con-211.mms", "lacks the 0x7F quote",
            "mmsd-rc-mms-1-3-con-271.mms", "byte-order mark",
            "mmsd-rc-mms-1-3-con-281.mms", "byte-order mark",
            "mmsd-rc-mms-1-3-con-282.mms", "byte-order mark",
            "pymessaging-m.mms", "holds 8-bit octets");

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MmsPdu sample(String name) {
        Path p = Oracles.requireShared("oracle-samples/mms/" + name);
        return MmsDecoder.lenient().decode(read(p));
    }

    @Test
    void everySampleDecodesAndOnlyTheKnownQuirkyOnesNeedTheLenientDecoder() {
        List<Path> samples = Oracles.samples("mms");
        assertEquals(36, samples.size());
        for (Path p : samples) {
            String name = p.getFileName().toString();
            byte[] pdu = read(p);
            MmsDecoder.Decoded d = MmsDecoder.lenient().decodeReport(pdu);
            String expected = QUIRKY.get(name);
            if (expected == null) {
                assertTrue(d.quirks().isEmpty(), name + ": " + d.quirks());
                MmsDecoder.strict().decode(pdu);
            } else {
                assertTrue(d.quirks().stream().anyMatch(q -> q.description().contains(expected)),
                        name + ": " + d.quirks());
                MmsDecodeException e = org.junit.jupiter.api.Assertions.assertThrows(MmsDecodeException.class,
                        () -> MmsDecoder.strict().decode(pdu), name);
                assertTrue(e.getMessage().contains(expected), e.getMessage());
            }
            byte[] again = MmsEncoder.encode(d.pdu());
            if (expected == null) {
                // every M-Send.req, and every other clean PDU too: nothing is lost or normalised
                assertArrayEquals(pdu, again, name + " re-encodes to the same bytes");
            } else {
                // the encoder writes what the spec asks (e.g. the 0x7F quote); the content is unchanged
                assertEquals(d.pdu(), MmsDecoder.lenient().decode(again), name);
            }
        }
    }

    @Test
    void iphoneSendReq() {
        SendReq r = (SendReq) sample("pymessaging-iPhone.mms");
        assertEquals("1262957356-3", r.transactionId().orElseThrow());
        assertEquals(MmsVersion.V1_2, r.version());
        assertEquals(List.of("1337/TYPE=PLMN"), r.recipients());
        assertTrue(r.from().isInsertAddressToken());
        assertEquals("0.smil", r.content().contentType().parameterValue("start").orElseThrow());
        assertEquals("application/smil", r.content().contentType().parameterValue("type").orElseThrow());
        List<Part> parts = r.content().parts();
        assertEquals(2, parts.size());
        assertTrue(parts.get(0).text().contains("<img src=\"IMG_6807.jpg\" region=\"Image\"/>"));
        assertEquals("image/jpeg", parts.get(1).contentType().mediaType());
        assertEquals("IMG_6807.jpg", parts.get(1).contentType().fileName().orElseThrow());
        assertEquals("Content-Disposition", parts.get(1).headers().get(0).name());
        assertEquals("attachment; filename=IMG_6807.jpg", parts.get(1).headers().get(0).displayValue());
    }

    @Test
    void handsetSendReqs() {
        SendReq sony = (SendReq) sample("pymessaging-SonyEricssonT310-R201.mms");
        assertEquals("1-8db", sony.transactionId().orElseThrow());
        assertEquals(List.of("55225/TYPE=PLMN"), sony.recipients());
        assertEquals(Instant.parse("2004-03-18T07:30:34Z"), sony.date().orElseThrow());
        assertEquals(MessageClass.PERSONAL, sony.messageClass().orElseThrow());
        assertEquals(Priority.NORMAL, sony.priority().orElseThrow());
        assertEquals(SenderVisibility.SHOW, sony.senderVisibility().orElseThrow());
        assertFalse(sony.deliveryReport().orElseThrow());
        assertFalse(sony.readReport().orElseThrow());
        assertEquals(List.of("image/gif", "text/plain", "audio/midi", "application/smil"), types(sony));
        assertEquals("Hej hopp", sony.content().parts().get(1).text());

        SendReq sweden = (SendReq) sample("pymessaging-27d0a048cd79555de05283a22372b0eb.mms");
        assertEquals("Angående art-tillhörighet", sweden.subject().orElseThrow().text());
        assertEquals("Jonatan är en gnu.", sweden.text().orElseThrow());

        SendReq samsung = (SendReq) sample("pymessaging-SEC-SGHS300M.mms");
        assertEquals("IL", samsung.subject().orElseThrow().text());
        assertEquals(MediaTypes.MULTIPART_MIXED, samsung.content().contentType().mediaType());
        assertEquals("HV", samsung.text().orElseThrow());

        SendReq gallery = (SendReq) sample("pymessaging-gallery2test.mms");
        assertEquals("+16505550000/TYPE=PLMN", gallery.from().encodedAddress().text());
        assertEquals(List.of("Jg"), gallery.recipients());
        assertEquals("Jgj", gallery.text().orElseThrow());
        assertEquals("gnu-head.jpg", gallery.content().parts().get(2).contentType().fileName().orElseThrow());

        SendReq cut = (SendReq) sample("pymessaging-images_are_cut_off_debug.mms");
        assertEquals(List.of("tdpt@ajajg.cdm"), cut.recipients());
        assertEquals("Picture3", cut.subject().orElseThrow().text());

        SendReq openwave = (SendReq) sample("pymessaging-openwave.mms");
        assertEquals("rubrik", openwave.subject().orElseThrow().text());
        assertEquals("rubrik", openwave.text().orElseThrow());

        SendReq projekt = (SendReq) sample("pymessaging-projekt_exempel.mms");
        assertEquals("Jonatan är en GNU", projekt.text().orElseThrow());

        SendReq mmsd = (SendReq) sample("mmsd-sr-mms-related-multi-to.mms");
        assertEquals(List.of("+33612345678/TYPE=PLMN", "+33612345679/TYPE=PLMN"), mmsd.recipients());
        assertEquals("Hello World\n", mmsd.text().orElseThrow()); // the part starts with a UTF-8 BOM
        assertEquals("<Generic_Text.txt>", mmsd.content().parts().get(1).contentId().orElseThrow());
        assertEquals("000000000001", sample("mmsd-sr-mms-mixed.mms").transactionId().orElseThrow());
    }

    @Test
    void retrieveConfs() {
        RetrieveConf simple = (RetrieveConf) sample("pymessaging-SIMPLE.MMS");
        assertTrue(simple.transactionId().isEmpty()); // SOURCES.md: the bytes have none
        assertEquals("Simple message", simple.subject().orElseThrow().text());
        assertEquals("This is a simple MMS message with a single text body part.", simple.text().orElseThrow());

        RetrieveConf bt = (RetrieveConf) sample("pymessaging-BTMMS.MMS");
        assertEquals("BT Ignite MMS", bt.subject().orElseThrow().text());
        assertEquals(List.of("application/smil", "image/gif", "audio/amr", "text/plain"), types(bt));
        assertEquals("BT Ignite\r\n\r\nMMS Services", bt.content().parts().get(3).text());

        RetrieveConf tom = (RetrieveConf) sample("pymessaging-TOMSLOT.MMS");
        assertEquals("allan@tomslot.com", tom.from().orElseThrow().encodedAddress().text());
        assertEquals(8, tom.content().parts().size());
        assertEquals("Presented by NowMMS\r\n", tom.content().parts().get(6).text());

        RetrieveConf m = (RetrieveConf) sample("pymessaging-m.mms");
        assertEquals("goldpost@hotmail.com", m.from().orElseThrow().encodedAddress().text());
        assertEquals("präsentiert..", m.content().parts().get(7).text()); // Latin-1 under a us-ascii label
        assertEquals(9, m.content().parts().size());

        RetrieveConf c211 = (RetrieveConf) sample("mmsd-rc-mms-1-3-con-211.mms");
        assertEquals("Shõrt Téxt - ¥üëäÿ", c211.subject().orElseThrow().text());
        assertEquals(MmsVersion.V1_3, c211.version());
        assertEquals("00000000211", c211.transactionId().orElseThrow());

        RetrieveConf c282 = (RetrieveConf) sample("mmsd-rc-mms-1-3-con-282.mms");
        assertEquals("NewMessageClass", c282.messageClass().orElseThrow().name());

        RetrieveConf c281 = (RetrieveConf) sample("mmsd-rc-mms-1-3-con-281.mms");
        assertEquals("X-MMS-Unrecognised-Header-Field: Yes", c281.headers().application().get(0).toString());

        RetrieveConf inline1 = (RetrieveConf) sample("mmsd-inline-retrieve-conf-1.mms");
        assertEquals("mt-212", inline1.messageId().orElseThrow());
        assertEquals("+49891000/TYPE=PLMN", inline1.from().orElseThrow().encodedAddress().text());
        assertEquals("MMS-1.3-con-212", inline1.subject().orElseThrow().text());

        RetrieveConf inline2 = (RetrieveConf) sample("mmsd-inline-retrieve-conf-2.mms");
        assertEquals(List.of("+1111111111/TYPE=PLMN", "+2222222222/TYPE=PLMN", "+3333333333/TYPE=PLMN"),
                inline2.to().stream().map(EncodedString::text).toList());
        assertEquals("multito", inline2.subject().orElseThrow().text());

        RetrieveConf inline3 = (RetrieveConf) sample("mmsd-inline-retrieve-conf-3.mms");
        assertTrue(inline3.transactionId().isEmpty());
        assertEquals("test without transaction ID", inline3.subject().orElseThrow().text());
    }

    @Test
    void notificationsAndSendConfs() {
        NotificationInd n1 = (NotificationInd) sample("mmsd-inline-notify-ind-1.mms");
        assertEquals("OgQKKB", n1.transactionId().orElseThrow());
        assertEquals("Erotik", n1.from().orElseThrow().encodedAddress().text());
        assertEquals("Pin-Ups", n1.subject().orElseThrow().text());
        assertEquals(MessageClass.PERSONAL, n1.messageClass());
        assertEquals(16384, n1.messageSize());
        assertEquals(259_200, n1.expiry().orElseThrow().seconds()); // relative: 3 days
        assertEquals("http://eps3.de/O/Z9IZO", n1.contentLocation());

        NotificationInd n2 = (NotificationInd) sample("mmsd-inline-notify-ind-2.mms");
        assertTrue(n2.subject().isEmpty());
        assertEquals(23069, n2.messageSize());
        assertEquals("http://mmsc11:10021/mmsc/1_1?wLJeT7THu", n2.contentLocation());

        NotificationInd c271 = (NotificationInd) sample("mmsd-ni-mms-1-3-con-271.mms");
        assertEquals("abcdefghijklmnopqrstuvwxyz0123456789/-+@", c271.subject().orElseThrow().text());
        assertTrue(c271.contentLocation().startsWith(" "), "SOURCES.md: the location starts with a space");
        NotificationInd c272 = (NotificationInd) sample("mmsd-ni-mms-1-3-con-272.mms");
        assertTrue(c272.contentLocation().endsWith("/abcdefghi.mms"));

        SendConf ok = (SendConf) sample("mmsd-inline-send-conf-1.mms");
        assertEquals("31887", ok.transactionId().orElseThrow());
        assertTrue(ok.responseStatus().isOk());
        assertEquals("4dc268d71438a", ok.messageId().orElseThrow());

        SendConf rejected = (SendConf) sample("mmsd-inline-send-conf-2.mms");
        assertEquals("Error-permanent-message-format-corrupt", rejected.responseStatus().label());
        assertTrue(rejected.responseStatus().isPermanent());
        assertTrue(rejected.messageId().isEmpty());
    }

    private static List<String> types(MmsPdu p) {
        return p.body().orElseThrow().parts().stream().map(x -> x.contentType().mediaType())
                .collect(Collectors.toList());
    }
}
