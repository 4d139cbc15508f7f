package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mmsys.sms.ReassembledMessage;
import dev.mmsys.sms.SmsAddress;
import dev.mmsys.sms.SmsDeliver;
import dev.mmsys.sms.SmsPduDecoder;
import dev.mmsys.sms.SmsPduEncoder;
import dev.mmsys.sms.SmsReassembler;
import dev.mmsys.sms.UserDataPdu;
import dev.mmsys.sms.WapPushComposer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The WSP push PDU of a WAP Push (WAP-230-WSP §8.2.4.1) and the M-Notification.ind it carries. */
class WspPushTest {

    private static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 22, 3, 15, 42, 0, ZoneOffset.ofHours(-8));
    private static final String LOCATION = "http://mmsc.carrier.example/mms/retrieve?id="
            + "0123456789abcdef".repeat(14);

    private static NotificationInd notification() {
        return NotificationInd.builder()
                .transactionId("T-4711-notification")
                .from("+16195550123")
                .subject("Photos from the trip")
                .messageClass(MessageClass.PERSONAL)
                .messageSize(123_456)
                .expiry(TimeValue.after(Duration.ofDays(3)))
                .contentLocation(LOCATION)
                .build();
    }

    /** Octets written by hand, spaced as TID | PDU type | HeadersLen | Content-Type | headers | data. */
    private static byte[] push(String hex) {
        return Hex.bytes(hex);
    }

    private static MmsDecodeException rejected(Executable decode, int offset, String field, String... fragments) {
        MmsDecodeException e = assertThrows(MmsDecodeException.class, decode);
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.field().startsWith(field), "field '" + e.field() + "' starts with '" + field + "'");
        assertTrue(e.getMessage().startsWith("malformed WSP push PDU at offset " + offset), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' in " + e.getMessage());
        }
        return e;
    }

    @Test
    void aNotificationSplitOverSeveralSmsComesBackWholeAndDecodes() {
        byte[] mms = MmsEncoder.encode(notification());
        byte[] wsp = WapPushComposer.mmsPush(0x2A, mms);
        assertEquals("2a0603beaf84", Hex.of(wsp).substring(0, 12), "TID, Push, HeadersLen, Content-Type, App-Id");

        List<SmsDeliver> parts = WapPushComposer.compose(SmsAddress.parse("+16195550100"), T, wsp, 0x5C);
        assertTrue(parts.size() >= 3, parts.size() + " parts");
        SmsReassembler reassembler = new SmsReassembler(4, Duration.ofMinutes(5), Clock.systemUTC());
        Optional<ReassembledMessage> whole = Optional.empty();
        // the network does not promise order: last part first, then the rest
        List<SmsDeliver> order = new ArrayList<>(parts.subList(parts.size() - 1, parts.size()));
        order.addAll(parts.subList(0, parts.size() - 1));
        for (SmsDeliver p : order) {
            assertTrue(whole.isEmpty(), "complete only with the last part");
            byte[] onAir = SmsPduEncoder.encode(p);
            whole = reassembler.offer((UserDataPdu) SmsPduDecoder.decode(onAir));
        }
        ReassembledMessage m = whole.orElseThrow();
        assertTrue(m.isWapPush());
        assertArrayEquals(wsp, m.data());

        WspPush push = WspPush.decode(m.data());
        assertEquals(0x2A, push.transactionId());
        assertTrue(push.contentType().is(WspPush.MMS_MESSAGE), push.toString());
        assertEquals(0x3E, push.contentType().code());
        WspPush.ApplicationId app = push.applicationId().orElseThrow();
        assertTrue(app.isMmsUserAgent());
        assertEquals(WspPush.MMS_USER_AGENT, app.uri());
        assertEquals(4, app.code());
        assertTrue(push.carriesMms());
        assertEquals(6, push.dataOffset());
        assertArrayEquals(mms, push.data());

        NotificationInd n = push.notification();
        assertEquals(LOCATION, n.contentLocation());
        assertEquals(123_456, n.messageSize());
        assertEquals("T-4711-notification", n.transactionId().orElseThrow());
        assertEquals("+16195550123/TYPE=PLMN", n.from().orElseThrow().encodedAddress().text());
        assertEquals("Photos from the trip", n.subject().orElseThrow().text());
        assertEquals(Duration.ofDays(3), n.expiry().orElseThrow().delay());
        assertEquals(MessageClass.PERSONAL, n.messageClass());
        assertEquals(n, WspPush.decodeNotification(wsp));
    }

    @Test
    void textualContentTypeApplicationIdAndOtherHeadersAreRead() {
        // TID 07 | Push | HeadersLen | Content-Type as text | X-Wap-Initiator-URI (B1) | X-Wap-Application-Id (AF)
        // as a URI | an application header
        String ct = text("application/vnd.wap.mms-message");
        String initiator = "B1" + text("http://mmsc.example/");
        String appId = "AF" + text(WspPush.MMS_USER_AGENT);
        String app = text("X-Carrier") + text("yes");
        String headers = ct + initiator + appId + app;
        byte[] mms = MmsEncoder.encode(notification());
        byte[] pdu = Hex.bytes("07" + "06" + uintvar(headers.length() / 2) + headers + Hex.of(mms));
        WspPush push = WspPush.decode(pdu);
        assertEquals(7, push.transactionId());
        assertEquals(-1, push.contentType().code());
        assertEquals(WspPush.MMS_MESSAGE, push.contentType().mediaType());
        assertEquals(new WspPush.ApplicationId(WspPush.MMS_USER_AGENT, -1), push.applicationId().orElseThrow());
        assertEquals(List.of("X-Wap-Initiator-URI", "X-Wap-Application-Id", "X-Carrier"),
                push.headers().stream().map(PartHeader::name).toList());
        assertEquals("yes", push.headers().get(2).text());
        assertEquals(LOCATION, push.notification().contentLocation());

        // a push for another application, e.g. a Service Indication, is read but is not an MMS
        WspPush si = WspPush.decode(push("01 06 03 AE AF 82" + "02 05 6A 00"));
        assertTrue(si.contentType().is("application/vnd.wap.sic"));
        assertEquals(2, si.applicationId().orElseThrow().code());
        assertFalse(si.carriesMms());
        assertEquals("application code 0x2", si.applicationId().orElseThrow().toString());
    }

    @Test
    void otherMmsPdusComeThroughMmsButAreNoNotification() {
        byte[] delivery = MmsEncoder.encode(DeliveryInd.builder().messageId("M-1").to("+16195550100")
                .date(Instant.parse("2026-11-22T03:15:42Z")).status(MmsStatus.RETRIEVED).build());
        byte[] wsp = WapPushComposer.mmsPush(3, delivery);
        assertInstanceOf(DeliveryInd.class, WspPush.decode(wsp).mms());
        rejected(() -> WspPush.decodeNotification(wsp), 6, "NotificationInd X-Mms-Message-Type",
                "expected a NotificationInd PDU");
    }

    @Test
    void truncatedPushesAreRejectedWithTheOffsetAndField() {
        rejected(() -> WspPush.decode(new byte[0]), 0, "TID", "empty");
        rejected(() -> WspPush.decode(push("01")), 1, "PDU type", "end of the data");
        rejected(() -> WspPush.decode(push("01 06")), 2, "HeadersLen", "end of the data");
        rejected(() -> WspPush.decode(push("01 06 83")), 3, "HeadersLen", "end of the data");
        // the Content-Type's own Value-length runs past the headers
        rejected(() -> WspPush.decode(push("01 06 02 1F 05 BE AF 84")), 3, "Content-Type", "runs past the end");
        // a header value cut off by the end of the headers
        rejected(() -> WspPush.decode(push("01 06 03 BE AF 1F" + "8C 82")), 5, "X-Wap-Application-Id");
        // the notification itself is cut short: the push is whole, its data is not
        byte[] full = WapPushComposer.mmsPush(1, MmsEncoder.encode(notification()));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 20);
        WspPush push = WspPush.decode(cut);
        int locationAt = full.length - LOCATION.length() - 1; // from the first octet of the push PDU
        rejected(push::notification, locationAt, "NotificationInd X-Mms-Content-Location", "no terminating NUL");
        rejected(() -> WspPush.decodeNotification(push("01 06 03 BE AF 84")), 6, "data", "no MMS PDU");
    }

    @Test
    void wrongPduTypesAreRejected() {
        rejected(() -> WspPush.decode(push("01 07 03 BE AF 84 8C 82")), 1, "PDU type", "expected 0x06 (Push)",
                "found 0x07", "ConfirmedPush");
        rejected(() -> WspPush.decode(push("01 02 03 BE AF 84 8C 82")), 1, "PDU type", "found 0x02");
        byte[] bare = MmsEncoder.encode(notification());
        rejected(() -> WspPush.decode(bare), 1, "PDU type", "bare MMS PDU", "push header is missing");
    }

    @Test
    void headersLengthBeyondTheEndIsRejected() {
        rejected(() -> WspPush.decode(push("01 06 10 BE AF 84 8C 82")), 2, "HeadersLen",
                "HeadersLen 16 runs past the end (5 octets remain)");
        rejected(() -> WspPush.decode(push("01 06 9F FF FF FF 7F BE")), 2, "HeadersLen", "larger than 32 bits");
        rejected(() -> WspPush.decode(push("01 06 00 8C 82")), 2, "HeadersLen", "a Content-Type must follow");
    }

    @Test
    void aPushThatIsNotMmsIsRefusedAsANotification() {
        byte[] mms = MmsEncoder.encode(notification());
        byte[] si = Hex.bytes("01 06 03 AE AF 82" + Hex.of(mms));
        rejected(() -> WspPush.decodeNotification(si), 3, "Content-Type", "application/vnd.wap.sic",
                "not an MMS PDU (application/vnd.wap.mms-message)");
        byte[] text = Hex.bytes("01 06 03 83 AF 84" + Hex.of(mms));
        rejected(() -> WspPush.decodeNotification(text), 3, "Content-Type", "text/plain");
        byte[] wml = Hex.bytes("01 06 03 BE AF 82" + Hex.of(mms));
        rejected(() -> WspPush.decodeNotification(wml), 4, "X-Wap-Application-Id", "not the MMS user agent");
        // an unknown content type code is an error in the strict decoder
        rejected(() -> WspPush.decode(Hex.bytes("01 06 03 FF AF 84" + Hex.of(mms))), 3, "Content-Type",
                "not a well-known media type");
    }

    @Test
    void malformedHeadersAreRejected() {
        rejected(() -> WspPush.decode(push("01 06 05 BE AF 84 AF 84 8C 82")), 6, "X-Wap-Application-Id",
                "appears twice (first at offset 4)");
        rejected(() -> WspPush.decode(push("01 06 03 BE 7F 01 8C")), 4, "header", "code page");
        rejected(() -> WspPush.decode(push("01 06 03 BE AF 00")), 5, "X-Wap-Application-Id", "Long-integer");
        rejected(() -> WspPush.decode(push("01 06 04 BE AF 41 42")), 5, "X-Wap-Application-Id", "NUL");
    }

    @Test
    void everyTruncationAndSingleOctetChangeDecodesOrFailsCleanly() {
        byte[] good = WapPushComposer.mmsPush(9, MmsEncoder.encode(notification()));
        List<byte[]> inputs = new ArrayList<>();
        for (int n = 0; n < good.length; n++) {
            inputs.add(java.util.Arrays.copyOf(good, n));
        }
        for (int i = 0; i < Math.min(good.length, 40); i++) {
            for (int v : new int[] {0x00, 0x1F, 0x7F, 0x80, 0xFF}) {
                byte[] b = good.clone();
                b[i] = (byte) v;
                inputs.add(b);
            }
        }
        for (byte[] in : inputs) {
            try {
                WspPush.decode(in).notification();
            } catch (MmsDecodeException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= in.length, e.getMessage());
            } catch (RuntimeException e) {
                fail("decoding " + Hex.of(in) + " threw " + e, e);
            }
        }
    }

    /** A Text-string: the ASCII octets and the NUL, in hex. */
    private static String text(String s) {
        return Hex.of((s + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String uintvar(int n) {
        if (n >= 128) {
            throw new IllegalArgumentException("test helper: one-octet uintvar only");
        }
        return String.format("%02X", n);
    }
}
