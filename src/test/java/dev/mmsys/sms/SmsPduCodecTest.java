package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Hand-assembled PDUs (field by field from TS 23.040) in both directions, and every kind of malformed PDU. */
class SmsPduCodecTest {

    // SMS-SUBMIT to +4915112345678, "Hi", TP-SRR, relative TP-VP 0xA7 (24 h):
    // SMSC 00 | FO 0x31 | MR 00 | DA 0D 91 94 51 11 32 54 76 F8 | PID 00 | DCS 00 | VP A7 | UDL 02 | C8 34
    static final String SUBMIT_HI = "0031000D91945111325476F80000A702C834";

    // SMS-DELIVER from +16195550100 via SMSC +447785016005, 2026-11-22 03:15:42 +01:00, "Hi":
    // SMSC 07 91 44 77 58 10 06 50 | FO 04 | OA 0B 91 61 91 55 05 01 F0 | PID 00 | DCS 00 | SCTS 62 11 22 30 51 24 40
    static final String DELIVER_HI = "0791447758100650" + "04" + "0B916191550501F0" + "0000" + "62112230512440"
            + "02C834";

    static final OffsetDateTime SCTS = OffsetDateTime.of(2026, 11, 22, 3, 15, 42, 0, ZoneOffset.ofHours(1));

    @Test
    void encodesASubmitFieldByField() {
        SmsSubmit s = new SmsSubmit(Optional.empty(), false, 0, SmsAddress.parse("+4915112345678"), 0,
                DataCodingScheme.GSM_7BIT, ValidityPeriod.relative(Duration.ofHours(24)), true, false,
                UserData.text("Hi"));
        byte[] pdu = SmsPduEncoder.encode(s);
        assertEquals(SUBMIT_HI, Hex.encode(pdu));
        assertEquals(17, SmsPduEncoder.tpduLength(pdu));
        assertEquals(s, SmsPduDecoder.decode(pdu));
    }

    @Test
    void decodesASubmit() {
        SmsSubmit s = assertInstanceOf(SmsSubmit.class, SmsPduDecoder.decodeHex(SUBMIT_HI));
        assertEquals("+4915112345678", s.destination().toString());
        assertEquals(SmsAddress.Type.INTERNATIONAL, s.destination().type());
        assertTrue(s.statusReportRequest());
        assertEquals(ValidityPeriod.Format.RELATIVE, s.validity().format());
        assertEquals(Duration.ofHours(24), s.validity().duration());
        assertEquals("Hi", s.userData().text());
        assertTrue(s.smsc().isEmpty());
    }

    @Test
    void encodesTheSmscFieldWhenOneIsGiven() {
        SmsSubmit s = new SmsSubmit(Optional.of(SmsAddress.parse("+447785016005")), false, 0,
                SmsAddress.parse("+4915112345678"), 0, DataCodingScheme.GSM_7BIT, ValidityPeriod.NONE, false, false,
                UserData.text("Hi"));
        byte[] pdu = SmsPduEncoder.encode(s);
        assertEquals("0791447758100650" + "0100" + "0D91945111325476F8" + "0000" + "02C834", Hex.encode(pdu));
        assertEquals(16, SmsPduEncoder.tpduLength(pdu), "the SMSC field is not part of the AT+CMGS length");
        assertEquals(s, SmsPduDecoder.decode(pdu));
    }

    @Test
    void decodesADeliverAndEncodesItBack() {
        SmsDeliver d = assertInstanceOf(SmsDeliver.class, SmsPduDecoder.decodeHex(DELIVER_HI));
        assertEquals("+447785016005", d.smsc().orElseThrow().toString());
        assertEquals("+16195550100", d.originator().toString());
        assertEquals(SCTS, d.serviceCentreTimestamp());
        assertFalse(d.moreMessagesToSend());
        assertEquals("Hi", d.userData().text());
        assertEquals(DELIVER_HI, SmsPduEncoder.encodeHex(d));
    }

    @Test
    void alphanumericAndNationalAddresses() {
        SmsDeliver d = SmsDeliver.of(SmsAddress.alphanumeric("MyBank"), SCTS, DataCodingScheme.GSM_7BIT,
                UserData.text("code 1234"));
        byte[] pdu = SmsPduEncoder.encode(d);
        // 6 septets = 42 bits = 11 semi-octets; TOA 0xD0; "MyBank" packed
        assertEquals("0B" + "D0" + "CDBC30EC5E03", Hex.encode(pdu).substring(4, 20));
        SmsDeliver back = (SmsDeliver) SmsPduDecoder.decode(pdu);
        assertEquals("MyBank", back.originator().value());
        assertEquals(SmsAddress.Type.ALPHANUMERIC, back.originator().type());
        SmsDeliver eleven = SmsDeliver.of(SmsAddress.alphanumeric("ABCDEFGHIJK"), SCTS, DataCodingScheme.GSM_7BIT,
                UserData.text("x"));
        assertEquals("ABCDEFGHIJK", ((SmsDeliver) SmsPduDecoder.decode(SmsPduEncoder.encode(eleven))).originator().value());

        SmsSubmit national = SmsSubmit.of(SmsAddress.national("0612345678"), DataCodingScheme.GSM_7BIT,
                UserData.text("x"));
        assertEquals("000100" + "0AA1" + "6021436587", SmsPduEncoder.encodeHex(national).substring(0, 20));
        assertEquals(SmsAddress.Type.NATIONAL, ((SmsSubmit) SmsPduDecoder.decode(SmsPduEncoder.encode(national)))
                .destination().type());
    }

    @Test
    void decodesStatusReports() {
        // FO 06 (status report, no more messages) | MR 2A | RA +16195550100 | SCTS | DT (a minute later) | ST 00
        String delivered = "00" + "06" + "2A" + "0B916191550501F0" + "62112230512440" + "62112230612440" + "00";
        SmsStatusReport r = assertInstanceOf(SmsStatusReport.class, SmsPduDecoder.decodeHex(delivered));
        assertEquals(42, r.messageReference());
        assertEquals("+16195550100", r.recipient().toString());
        assertEquals(SCTS.plusMinutes(1), r.dischargeTime());
        assertEquals(SmsStatusReport.Outcome.DELIVERED, r.outcome());
        assertTrue(r.userData().isEmpty());
        assertEquals(delivered, SmsPduEncoder.encodeHex(r));

        // ST 46 (validity period expired) with TP-PI 03: TP-PID and TP-DCS follow
        String expired = delivered.substring(0, delivered.length() - 2) + "46" + "03" + "00" + "00";
        SmsStatusReport x = (SmsStatusReport) SmsPduDecoder.decodeHex(expired);
        assertEquals(SmsStatusReport.Outcome.FAILED, x.outcome());
        assertEquals(OptionalInt.of(0), x.protocolId());
        assertEquals(Optional.of(DataCodingScheme.GSM_7BIT), x.dcs());
        assertEquals(expired, SmsPduEncoder.encodeHex(x));

        // TP-PI 04: user data without TP-DCS reads as GSM 7-bit (TS 23.040 §9.2.3.27)
        String withText = delivered.substring(0, delivered.length() - 2) + "20" + "04" + "02C834";
        SmsStatusReport t = (SmsStatusReport) SmsPduDecoder.decodeHex(withText);
        assertEquals(SmsStatusReport.Outcome.PENDING, t.outcome());
        assertEquals("Hi", t.userData().orElseThrow().text());
    }

    @Test
    void statusOutcomesCoverEveryRange() {
        int[][] cases = {{0x00, 0}, {0x1F, 0}, {0x20, 1}, {0x3F, 1}, {0x40, 2}, {0x5F, 2}, {0x60, 3}, {0x7F, 3},
                {0x80, 2}, {0xFF, 2}};
        for (int[] c : cases) {
            SmsStatusReport r = new SmsStatusReport(Optional.empty(), false, false, false, 1,
                    SmsAddress.parse("+16195550100"), SCTS, SCTS, c[0], OptionalInt.empty(), Optional.empty(),
                    Optional.empty());
            assertEquals(SmsStatusReport.Outcome.values()[c[1]], r.outcome(), "TP-ST 0x" + Integer.toHexString(c[0]));
        }
    }

    @Test
    void wapPushDeliverCarriesPortsAndOctets() {
        // FO 44 (UDHI, no more) | OA | PID 00 | DCS 04 | SCTS | UDL 88 | UDH 06 05 04 0B84 23F0 | 81 octets of WSP
        // push: TID 01, Push 06, HeadersLen 03, Content-Type BE (application/vnd.wap.mms-message),
        // X-Wap-Application-Id AF 84 (x-wap-application:mms.ua), then a complete M-Notification.ind
        String notification = "8C82" // X-Mms-Message-Type m-notification-ind
                + "98" + "41424300" // X-Mms-Transaction-ID "ABC"
                + "8D92" // X-Mms-MMS-Version 1.2
                + "89" + "18" + "80" + "2B31363139353535303132332F545950453D504C4D4E00" // From +16195550123/TYPE=PLMN
                + "8A80" // X-Mms-Message-Class personal
                + "8E" + "020BB8" // X-Mms-Message-Size 3000
                + "88" + "05" + "81" + "0303F480" // X-Mms-Expiry relative 259200 s (3 days)
                + "83" + "687474703A2F2F6D6D73632E6578616D706C652F6D2F41424300"; // X-Mms-Content-Location
        String wsp = "01" + "06" + "03" + "BE" + "AF84" + notification;
        String hex = "00" + "44" + "0B916191550501F0" + "0004" + "62112230512440" + "58" + "0605040B8423F0" + wsp;
        SmsDeliver d = (SmsDeliver) SmsPduDecoder.decodeHex(hex);
        assertFalse(d.userData().isText());
        assertEquals(new ApplicationPort(2948, 9200, 16), d.userData().header().applicationPort().orElseThrow());
        assertArrayEquals(Hex.decode(wsp), d.userData().data());
        ReassembledMessage m = SmsReassembler.assemble(java.util.List.of(d));
        assertTrue(m.isWapPush());
        assertArrayEquals(Hex.decode(wsp), m.data());
        assertEquals(hex, SmsPduEncoder.encodeHex(d));
        // the octets are a WSP push of a complete M-Notification.ind (the MMS codec judges them)
        dev.mmsys.mms.NotificationInd n = dev.mmsys.mms.WspPush.decodeNotification(m.data());
        assertEquals("ABC", n.transactionId().orElseThrow());
        assertEquals("http://mmsc.example/m/ABC", n.contentLocation());
        assertEquals(3000, n.messageSize());
        assertEquals("+16195550123/TYPE=PLMN", n.from().orElseThrow().encodedAddress().text());
        assertArrayEquals(Hex.decode(wsp), WapPushComposer.mmsPush(1, Hex.decode(notification)));
    }

    @Test
    void ucs2AndEightBitRoundTrip() {
        SmsSubmit u = SmsSubmit.of(SmsAddress.parse("+16195550100"), DataCodingScheme.UCS2, UserData.text("Ж😀"));
        byte[] pdu = SmsPduEncoder.encode(u);
        assertTrue(Hex.encode(pdu).endsWith("06" + "0416" + "D83DDE00"), Hex.encode(pdu));
        assertEquals(u, SmsPduDecoder.decode(pdu));
        SmsSubmit b = SmsSubmit.of(SmsAddress.parse("+16195550100"), DataCodingScheme.EIGHT_BIT,
                UserData.binary(UserDataHeader.NONE, new byte[] {0, 1, (byte) 0xFF}));
        assertTrue(SmsPduEncoder.encodeHex(b).endsWith("0004" + "03" + "0001FF"));
        assertEquals(b, SmsPduDecoder.decode(SmsPduEncoder.encode(b)));
    }

    @Test
    void nationalTablesAreSignalledInTheHeaderAndHonouredWhenDecoding() {
        UserDataHeader h = UserDataHeader.of(InformationElement.lockingShift(NationalLanguage.TURKISH));
        SmsSubmit s = SmsSubmit.of(SmsAddress.parse("+905321234567"), DataCodingScheme.GSM_7BIT,
                UserData.text(h, "Işık"));
        String hex = SmsPduEncoder.encodeHex(s);
        // UDL 9 = 5 header septets (UDHL 03, IE 25 01 01) + 4 text septets: I ş ı k = 49 1D 07 6B after 3 fill bits
        assertTrue(hex.endsWith("09" + "03250101" + "48760E6B"), hex);
        assertEquals("Işık", ((SmsSubmit) SmsPduDecoder.decodeHex(hex)).userData().text());
    }

    @Test
    void encoderRefusesWhatDoesNotFit() {
        SmsAddress to = SmsAddress.parse("+16195550100");
        assertThrows(IllegalArgumentException.class, () -> SmsPduEncoder.encode(SmsSubmit.of(to,
                DataCodingScheme.GSM_7BIT, UserData.text("a".repeat(161)))));
        assertThrows(IllegalArgumentException.class, () -> SmsPduEncoder.encode(SmsSubmit.of(to,
                DataCodingScheme.UCS2, UserData.text("ж".repeat(71)))));
        assertThrows(IllegalArgumentException.class, () -> SmsPduEncoder.encode(SmsSubmit.of(to,
                DataCodingScheme.GSM_7BIT, UserData.text("Привет"))));
        assertThrows(IllegalArgumentException.class, () -> SmsPduEncoder.encode(SmsSubmit.of(to,
                DataCodingScheme.EIGHT_BIT, UserData.text("text in an 8-bit PDU"))));
    }

    // --- malformed input: every fault names its field and octet ---

    private static MalformedPduException malformed(String hex) {
        return assertThrows(MalformedPduException.class, () -> SmsPduDecoder.decodeHex(hex));
    }

    private static void assertFault(String hex, int offset, String field, String words) {
        MalformedPduException e = malformed(hex);
        assertEquals(offset, e.offset(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void lengthFaults() {
        assertFault(SUBMIT_HI.substring(0, SUBMIT_HI.length() - 2), 16, "TP-UD", "truncated PDU, or TP-UDL too large");
        assertFault(SUBMIT_HI.replace("A702C834", "A703C834"), 16, "TP-UD", "TP-UDL 3 septets needs 3 octets");
        assertFault(SUBMIT_HI + "00", 18, "end of PDU", "1 octet(s) left over");
        assertFault(SUBMIT_HI.replace("A702C834", "A7A1C834"), 15, "TP-UDL", "161 septets is over the 160");
        assertFault("0031000D91945111325476F80008A78D", 15, "TP-UDL", "141 octets is over the 140");
        assertFault("0031000D9194", 5, "TP-DA", "needs 7 octets but only 1 remain");
        assertFault("00", 1, "first octet", "the PDU ends (after 1 octets)");
    }

    @Test
    void fieldFaults() {
        assertFault("03" + SUBMIT_HI.substring(2), 1, "SMSC type of address", "0x31 lacks bit 8");
        assertFault("0C" + SUBMIT_HI, 0, "SMSC length", "is the SMSC field missing");
        assertFault("0033" + SUBMIT_HI.substring(4), 1, "TP-MTI", "value 3 is reserved");
        assertFault("003100159194", 3, "TP-DA length", "21 semi-octets is over the 20");
        assertFault("0031000D11945111325476F8", 4, "TP-DA type of address", "lacks bit 8");
        assertFault("0031000D919451113254F6F8", 10, "TP-DA", "filler 0xF in the middle");
        assertFault("0031000B91945111325476", 10, "TP-DA", "an odd number of digits must end with the filler");
        assertFault(DELIVER_HI.replace("62112230512440", "62312230512440"), 19, "TP-SCTS", "not a valid date");
        assertFault(DELIVER_HI.replace("62112230512440", "6211223051A440"), 24, "TP-SCTS", "0xA4 is not two decimal");
        assertFault(DELIVER_HI.replace("62112230512440", "6211223051244F"), 19, "TP-SCTS", "not a valid date");
        assertFault("0031000D91945111325476F80008A703D8003D", 16, "TP-UD", "UCS-2 text of 3 octets");
    }

    @Test
    void headerFaults() {
        String head = "0071000D91945111325476F80000A7";   // FO 0x71: UDHI + SRR + relative VP
        assertFault(head + "00", 16, "TP-UDHL", "TP-UDHI is set but the user data is empty");
        assertFault(head + "02" + "0900", 16, "TP-UDHL", "a header of 10 octets does not fit in the 2 octets");
        assertFault(head + "06" + "050003010201", 16, "TP-UDHL", "the header takes 7 septets, more than TP-UDL 6");
        assertFault(head + "08" + "06000401020301", 17, "UDH IE 0x00", "this IE has 3 octet(s) of data, not 4");
        assertFault(head + "08" + "05000501020304", 17, "UDH IE 0x00", "runs past the end of the header");
        assertFault(head + "07" + "05080301020300", 17, "UDH IE 0x08", "this IE has 4 octet(s) of data, not 3");
        assertFault(head + "06" + "042402010000", 17, "UDH IE 0x24", "this IE has 1 octet(s) of data, not 2");
        assertFault(head + "03" + "010000", 17, "UDH IE 0x00", "no room for its length octet");
    }

    @Test
    void hexFaults() {
        assertFault("0011F", 2, "hex", "odd number of hex digits");
        assertFault("00G1", 1, "hex", "'G' at character 2 is not a hex digit");
    }
}
