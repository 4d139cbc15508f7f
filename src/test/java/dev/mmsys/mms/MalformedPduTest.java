package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One negative test per malformation class of the issue: wrong lengths, truncation, trailing octets, wrong
 * multipart entry counts, oversized uintvars and hostile lengths. Each must raise {@link MmsDecodeException}
 * with the offset and field, never another exception, a hang or a large allocation.
 */
class MalformedPduTest {

    private static final byte[] VALID = Hex.bytes(MmsEncoderTest.MIXED_HEX);
    /** Offsets in VALID (see MmsEncoderTest.MIXED_HEX). */
    private static final int DATE_LENGTH = 9;
    private static final int ENTRY_COUNT = 47;
    private static final int HEADERS_LEN = 48;
    private static final int DATA_LEN = 49;
    private static final int PART_CT_LENGTH = 50;

    private static MmsDecodeException fails(byte[] pdu) {
        return assertThrows(MmsDecodeException.class, () -> MmsDecoder.strict().decode(pdu));
    }

    private static byte[] with(int offset, int value) {
        byte[] b = VALID.clone();
        b[offset] = (byte) value;
        return b;
    }

    private static byte[] splice(int at, int remove, String insertHex) {
        byte[] ins = Hex.bytes(insertHex);
        byte[] b = new byte[VALID.length - remove + ins.length];
        System.arraycopy(VALID, 0, b, 0, at);
        System.arraycopy(ins, 0, b, at, ins.length);
        System.arraycopy(VALID, at + remove, b, at + ins.length, VALID.length - at - remove);
        return b;
    }

    @Test
    void theVectorItselfDecodes() {
        assertEquals(0x04, VALID[DATE_LENGTH]);
        assertEquals(0x01, VALID[ENTRY_COUNT]);
        assertEquals(0x27, VALID[HEADERS_LEN]);
        assertEquals(0x02, VALID[DATA_LEN]);
        assertEquals(0x0f, VALID[PART_CT_LENGTH]);
        SendReq req = MmsDecoder.strict().decode(VALID, SendReq.class);
        assertEquals("Hi", req.text().orElseThrow());
    }

    @Test
    void everyTruncationIsReported() {
        for (int len = 0; len < VALID.length; len++) {
            MmsDecodeException e = fails(Arrays.copyOf(VALID, len));
            assertTrue(e.offset() <= len, "offset " + e.offset() + " beyond the data for length " + len);
        }
    }

    @Test
    void trailingOctetsAfterTheLastPart() {
        byte[] b = Arrays.copyOf(VALID, VALID.length + 1);
        MmsDecodeException e = fails(b);
        assertEquals(VALID.length, e.offset());
        assertTrue(e.expected().contains("1 trailing octet(s)"), e.getMessage());
    }

    @Test
    void entryCountTooLargeOrTooSmall() {
        MmsDecodeException more = fails(with(ENTRY_COUNT, 2));
        assertTrue(more.field().startsWith("part 2 of 2"), more.getMessage());
        MmsDecodeException fewer = fails(with(ENTRY_COUNT, 0));
        assertEquals(ENTRY_COUNT + 1, fewer.offset());
        assertTrue(fewer.expected().contains("trailing"), fewer.getMessage());
    }

    @Test
    void wrongPartLengths() {
        MmsDecodeException longHeaders = fails(with(HEADERS_LEN, 0x28));
        // the headers swallow the first data octet, which then reads as an unterminated header name
        assertTrue(longHeaders.field().startsWith("part 1 of 1"), longHeaders.getMessage());
        MmsDecodeException shortHeaders = fails(with(HEADERS_LEN, 0x26));
        assertTrue(shortHeaders.field().contains("part 1 of 1"), shortHeaders.getMessage());
        MmsDecodeException longData = fails(with(DATA_LEN, 3));
        assertTrue(longData.expected().contains("runs past the end"), longData.getMessage());
        assertTrue(fails(with(DATA_LEN, 1)).expected().contains("trailing"));
        MmsDecodeException ct = fails(with(PART_CT_LENGTH, 0x10));
        assertTrue(ct.field().contains("part 1 of 1"), ct.getMessage());
    }

    @Test
    void wrongHeaderValueLengths() {
        MmsDecodeException date = fails(with(DATE_LENGTH, 0x05)); // Date swallows the From header's name
        assertTrue(date.offset() > DATE_LENGTH, date.getMessage());
        MmsDecodeException from = fails(with(DATE_LENGTH + 6, 0x02)); // From's Value-length 1 → 2
        assertEquals("From", from.field());
    }

    @Test
    void oversizedUintvar() {
        MmsDecodeException e = fails(splice(DATA_LEN, 1, "808080808002"));
        assertEquals(DATA_LEN, e.offset());
        assertTrue(e.expected().contains("oversized uintvar"), e.getMessage());
    }

    @Test
    void hostileLengthsAreRefusedBeforeAnyAllocation() {
        MmsDecodeException data = fails(splice(DATA_LEN, 1, "8fffffff7f")); // 4 GB of part data
        assertTrue(data.expected().contains("4294967295 octets runs past the end"), data.getMessage());
        MmsDecodeException count = fails(splice(ENTRY_COUNT, 1, "8fffffff7f")); // 4 billion entries
        assertEquals(ENTRY_COUNT, count.offset());
        assertTrue(count.expected().contains("4294967295 entries"), count.getMessage());
        MmsDecodeException headers = fails(splice(HEADERS_LEN, 1, "8fffff7f"));
        assertTrue(headers.field().contains("HeadersLen"), headers.getMessage());
    }

    @Test
    void notAnMmsPdu() {
        assertEquals(0, fails(new byte[0]).offset());
        assertTrue(fails(Hex.bytes("48545450")).expected().contains("starts with X-Mms-Message-Type"));
        assertTrue(fails(Hex.bytes("8c20")).expected().contains("not an MMS message type"));
        assertTrue(fails(Hex.bytes("8c80 01")).expected().contains("expected a header field"));
    }

    @Test
    void missingMandatoryHeaderIsStrictlyAnErrorAndLenientlyAQuirk() {
        byte[] noVersion = Hex.bytes("8c81 98543100 9280");
        MmsDecodeException e = fails(noVersion);
        assertEquals("X-Mms-MMS-Version", e.field());
        MmsDecoder.Decoded d = MmsDecoder.lenient().decodeReport(noVersion);
        assertTrue(d.quirks().stream().anyMatch(q -> q.description().contains("lacks the mandatory X-Mms-MMS-Version")),
                d.quirks().toString());
        assertEquals(ResponseStatus.OK, ((SendConf) d.pdu()).responseStatus());
    }

    @Test
    void unrecognisedValueOfAKnownHeaderIsKeptLeniently() {
        byte[] pdu = Hex.bytes("8c81 98543100 8d92 9280 8f99"); // X-Mms-Priority 0x99 is not a priority
        MmsDecodeException e = fails(pdu);
        assertEquals("X-Mms-Priority", e.field());
        MmsDecoder.Decoded d = MmsDecoder.lenient().decodeReport(pdu);
        assertEquals(1, d.pdu().headers().raw().size());
        assertEquals(Hex.of(pdu), Hex.of(MmsEncoder.encode(d.pdu())));
    }

    @Test
    void duplicateSingleHeaderIsAQuirk() {
        MmsDecodeException e = fails(Hex.bytes("8c81985431008d929280966100966200"));
        assertEquals("Subject", e.field());
    }

    /** Random corruption of valid PDUs: decoding ends with a result or an MmsDecodeException, nothing else. */
    @Test
    void mutatedPdusNeverEscapeAsOtherExceptions() {
        byte[] rich = MmsEncoder.encode(SendReq.builder().to("+16195550100").to("a@example.com").subject("Çava")
                .text("text 😀").attach(Attachment.of("p.png", TestMedia.png())).androidDefaults(MmsEncoderTest.DATE)
                .build());
        Random random = new Random(42);
        for (byte[] base : new byte[][] {VALID, rich}) {
            for (int i = 0; i < 3000; i++) {
                byte[] b = base.clone();
                int edits = 1 + random.nextInt(3);
                for (int k = 0; k < edits; k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                if (random.nextInt(4) == 0) {
                    b = Arrays.copyOf(b, random.nextInt(b.length));
                }
                for (MmsDecoder d : new MmsDecoder[] {MmsDecoder.strict(), MmsDecoder.lenient()}) {
                    try {
                        d.decodeReport(b);
                    } catch (MmsDecodeException expected) {
                        // the only acceptable failure
                    } catch (RuntimeException e) {
                        fail("decoding " + Hex.of(b) + " threw " + e, e);
                    }
                }
            }
        }
    }
}
