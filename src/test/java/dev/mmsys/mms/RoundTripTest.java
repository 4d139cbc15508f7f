package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Encode → decode over generated inputs: what comes back equals what went in, and re-encodes identically. */
class RoundTripTest {

    @Test
    void generatedSendReqsSurviveTheRoundTrip() {
        Random r = new Random(20240601);
        for (int i = 0; i < 300; i++) {
            String text = TestTexts.random(r, r.nextInt(10) == 0 ? 5000 : 1 + r.nextInt(400));
            String subject = r.nextBoolean() ? null : TestTexts.random(r, 1 + r.nextInt(40)).replace('\n', ' ');
            List<String> numbers = new ArrayList<>();
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                numbers.add(r.nextInt(5) == 0 ? "user" + k + "@example.org"
                        : "+1619555" + String.format("%04d", r.nextInt(10_000)));
            }
            List<Attachment> attachments = new ArrayList<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                attachments.add(switch (r.nextInt(4)) {
                    case 0 -> Attachment.of("p" + k + ".png", TestMedia.png());
                    case 1 -> Attachment.of("j" + k + ".jpg", TestMedia.jpeg(4 + r.nextInt(24)));
                    case 2 -> Attachment.of("g" + k + ".gif", TestMedia.gif());
                    default -> Attachment.of("c" + k + ".vcf", TestMedia.vcard());
                });
            }
            MmsVersion version = List.of(MmsVersion.V1_0, MmsVersion.V1_1, MmsVersion.V1_2, MmsVersion.V1_3)
                    .get(r.nextInt(4));
            boolean smil = r.nextBoolean();
            SendReq.Builder b = SendReq.builder().version(version).subject(subject).text(text).smil(smil)
                    .androidDefaults(Instant.ofEpochSecond(1_600_000_000L + r.nextInt(100_000_000)));
            numbers.forEach(b::to);
            attachments.forEach(b::attach);
            if (r.nextBoolean()) {
                b.from("+16195550199");
            }
            SendReq sent = b.build();

            byte[] pdu = MmsEncoder.encode(sent);
            assertEquals(pdu.length, MmsEncoder.encodedSize(sent));
            SendReq got = MmsDecoder.strict().decode(pdu, SendReq.class);

            String ctx = "case " + i;
            assertEquals(sent, got, ctx);
            assertEquals(version, got.version(), ctx);
            assertEquals(sent.transactionId(), got.transactionId(), ctx);
            assertEquals(numbers.stream().map(a -> a.contains("@") ? a : a + "/TYPE=PLMN").toList(),
                    got.recipients(), ctx);
            assertEquals(subject, got.subject().map(EncodedString::text).orElse(null), ctx);
            assertEquals(text, got.text().orElseThrow(), ctx);
            List<Part> media = got.content().parts().stream()
                    .filter(p -> !p.contentType().is("application/smil") && !p.contentType().is("text/plain")).toList();
            assertEquals(attachments.size(), media.size(), ctx);
            for (int k = 0; k < media.size(); k++) {
                assertEquals(attachments.get(k).contentType(), media.get(k).contentType().mediaType(), ctx);
                assertArrayEquals(attachments.get(k).data(), media.get(k).data(), ctx);
            }
            assertEquals(smil ? MediaTypes.MULTIPART_RELATED : MediaTypes.MULTIPART_MIXED,
                    got.content().contentType().mediaType(), ctx);
            assertArrayEquals(pdu, MmsEncoder.encode(got), ctx);
        }
    }

    @Test
    void everyModelledTypeSurvivesTheRoundTrip() {
        Instant t = Instant.ofEpochSecond(1_700_000_000L);
        List<MmsPdu> pdus = List.of(
                SendConf.builder().transactionId("T1").responseStatus(ResponseStatus.OK).messageId("msg-1")
                        .responseText("Accepted ✓").build(),
                SendConf.builder().transactionId("T2").responseStatus(ResponseStatus.PERMANENT_CONTENT_NOT_ACCEPTED)
                        .storeStatus(new StoreStatus(0xE4)).storeStatusText("full").build(),
                NotificationInd.builder().transactionId("T3").from("+16195550100").subject("Photo")
                        .messageClass(MessageClass.of("NewClass")).messageSize(23_069)
                        .expiry(TimeValue.after(Duration.ofDays(3))).contentLocation("http://mmsc/x?id=1").build(),
                NotifyRespInd.builder().transactionId("T3").status(MmsStatus.DEFERRED).reportAllowed(true).build(),
                RetrieveConf.builder().transactionId("T4").messageId("m4").date(t).from("+16195550100")
                        .to("+16195550101").subject("Hi").retrieveStatus(RetrieveStatus.OK)
                        .body(SendReq.builder().to("+16195550101").text("hello").build().content()).build(),
                AcknowledgeInd.builder().transactionId("T4").reportAllowed(false).build(),
                DeliveryInd.builder().messageId("m5").to("+16195550100").date(t).status(MmsStatus.RETRIEVED).build(),
                ReadRecInd.builder().messageId("m6").to("+16195550100").from(From.INSERT_ADDRESS)
                        .readStatus(ReadStatus.READ).build(),
                ReadOrigInd.builder().messageId("m7").to("+16195550100").from(From.address("+16195550101"))
                        .date(t).readStatus(ReadStatus.DELETED_WITHOUT_BEING_READ).build(),
                SendReq.builder().to("+16195550100").text("all of them").deliveryTime(TimeValue.at(t))
                        .senderVisibility(SenderVisibility.HIDE).store(true).mmState(MmState.DRAFT)
                        .mmFlags(new MmFlags(MmFlags.Action.ADD, EncodedString.of("work")))
                        .replyCharging(ReplyCharging.REQUESTED).replyChargingDeadline(TimeValue.after(Duration.ofHours(1)))
                        .replyChargingSize(1000).replyChargingId("rc1").contentClass(ContentClass.TEXT)
                        .drmContent(false).adaptationAllowed(true).applicId("app").replyApplicId("reply")
                        .auxApplicInfo("aux").applicationHeader("X-Custom", "value").build());
        for (MmsPdu sent : pdus) {
            byte[] pdu = MmsEncoder.encode(sent);
            MmsPdu got = MmsDecoder.strict().decode(pdu);
            assertEquals(sent, got, sent.type().label());
            assertEquals(sent.getClass(), got.getClass());
            assertArrayEquals(pdu, MmsEncoder.encode(got));
        }
        NotificationInd ni = (NotificationInd) MmsDecoder.strict().decode(MmsEncoder.encode(pdus.get(2)));
        assertEquals("http://mmsc/x?id=1", ni.contentLocation());
        assertEquals(23_069, ni.messageSize());
        assertEquals("NewClass", ni.messageClass().name());
        assertTrue(ni.from().orElseThrow().encodedAddress().text().startsWith("+16195550100"));
    }
}
