package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsReassemblerTest {

    private static final SmsAddress FROM = SmsAddress.parse("+16195550100");
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 22, 3, 15, 42, 0, ZoneOffset.UTC);

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-22T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static SmsDeliver part(SmsAddress from, int ref, int total, int seq, String text) {
        UserDataHeader h = UserDataHeader.of(InformationElement.concatenation(ref, 8, total, seq));
        // through the wire format, as the receive side sees it
        return (SmsDeliver) SmsPduDecoder.decode(SmsPduEncoder.encode(
                SmsDeliver.of(from, T, DataCodingScheme.GSM_7BIT, UserData.text(h, text))));
    }

    @Test
    void partsInAnyOrderMakeOneMessage() {
        SmsReassembler r = new SmsReassembler(10, Duration.ofHours(1), new ManualClock());
        assertEquals(Optional.empty(), r.offer(part(FROM, 7, 3, 3, "C")));
        assertEquals(Optional.empty(), r.offer(part(FROM, 7, 3, 1, "A")));
        assertEquals(Optional.empty(), r.offer(part(FROM, 7, 3, 1, "A")), "a repeated part is kept once");
        ReassembledMessage m = r.offer(part(FROM, 7, 3, 2, "B")).orElseThrow();
        assertEquals("ABC", m.text());
        assertEquals(FROM, m.address());
        assertEquals(7, m.reference().getAsInt());
        assertEquals(0, r.pendingSets());
        ReassembledMessage single = r.offer(SmsDeliver.of(FROM, T, DataCodingScheme.GSM_7BIT, UserData.text("solo")))
                .orElseThrow();
        assertEquals("solo", single.text());
    }

    @Test
    void setsAreKeptApartByReferenceAndSender() {
        SmsReassembler r = new SmsReassembler(10, Duration.ofHours(1), new ManualClock());
        SmsAddress other = SmsAddress.parse("+16195550199");
        r.offer(part(FROM, 7, 2, 1, "from-7 "));
        r.offer(part(FROM, 8, 2, 1, "from-8 "));
        r.offer(part(other, 7, 2, 1, "other-7 "));
        assertEquals(3, r.pendingSets());
        assertEquals("other-7 end", r.offer(part(other, 7, 2, 2, "end")).orElseThrow().text());
        assertEquals("from-8 end", r.offer(part(FROM, 8, 2, 2, "end")).orElseThrow().text());
        assertEquals("from-7 end", r.offer(part(FROM, 7, 2, 2, "end")).orElseThrow().text());
    }

    @Test
    void incompleteSetsAreDroppedForRoomAndByAgeAndReported() {
        ManualClock clock = new ManualClock();
        SmsReassembler r = new SmsReassembler(2, Duration.ofMinutes(30), clock);
        r.offer(part(FROM, 1, 2, 1, "a"));
        clock.now = clock.now.plusSeconds(60);
        r.offer(part(FROM, 2, 3, 2, "b"));
        clock.now = clock.now.plusSeconds(60);
        r.offer(part(FROM, 3, 2, 1, "c"));          // no room: set 1 (the oldest) is dropped
        assertEquals(2, r.pendingSets());
        clock.now = clock.now.plus(Duration.ofMinutes(29).plusSeconds(1));   // set 2 is now just over 30 minutes old
        List<SmsReassembler.IncompleteSet> dropped = r.expire();
        assertEquals(2, dropped.size());
        assertEquals(1, dropped.get(0).reference());
        assertEquals(List.of(1), dropped.get(0).received());
        assertEquals(2, dropped.get(1).reference());
        assertEquals(List.of(2), dropped.get(1).received());
        assertEquals(3, dropped.get(1).total());
        assertEquals(1, r.pendingSets());
        assertEquals(List.of(), r.expire());
    }

    @Test
    void assembleNamesWhatIsWrongWithASet() {
        var missing = assertThrows(IncompleteMessageException.class,
                () -> SmsReassembler.assemble(List.of(part(FROM, 9, 3, 1, "a"), part(FROM, 9, 3, 3, "c"))));
        assertEquals(List.of(2), missing.missing());
        assertTrue(missing.getMessage().contains("part(s) [2] of 3 (8-bit reference 9) are missing"),
                missing.getMessage());
        var twice = assertThrows(IncompleteMessageException.class,
                () -> SmsReassembler.assemble(List.of(part(FROM, 9, 2, 1, "a"), part(FROM, 9, 2, 1, "a"))));
        assertTrue(twice.getMessage().contains("appears twice"), twice.getMessage());
        var foreign = assertThrows(IncompleteMessageException.class,
                () -> SmsReassembler.assemble(List.of(part(FROM, 9, 2, 1, "a"), part(FROM, 10, 2, 2, "b"))));
        assertTrue(foreign.getMessage().contains("does not belong with part 1"), foreign.getMessage());
        assertThrows(IncompleteMessageException.class, () -> SmsReassembler.assemble(List.of()));
    }

    @Test
    void aLongWapPushTravelsInPartsAndComesBackWhole() {
        byte[] wsp = new byte[300];
        for (int i = 0; i < wsp.length; i++) {
            wsp[i] = (byte) (i * 7);
        }
        List<SmsDeliver> parts = WapPushComposer.compose(SmsAddress.parse("+16195550123"), T, wsp, 42);
        assertEquals(3, parts.size());   // 128 + 128 + 44 octets after the 12-octet header
        SmsReassembler r = new SmsReassembler(10, Duration.ofHours(1), new ManualClock());
        List<Optional<ReassembledMessage>> results = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            byte[] pdu = SmsPduEncoder.encode(parts.get(i));
            assertTrue(pdu.length <= 1 + 164);
            results.add(r.offer((UserDataPdu) SmsPduDecoder.decode(pdu)));
        }
        ReassembledMessage m = results.get(2).orElseThrow();
        assertTrue(m.isWapPush());
        assertEquals(new ApplicationPort(2948, 9200, 16), m.applicationPort().orElseThrow());
        assertArrayEquals(wsp, m.data());
        assertThrows(IllegalStateException.class, m::text);

        List<SmsDeliver> one = WapPushComposer.compose(FROM, T, new byte[133], 1);
        assertEquals(1, one.size());
        assertTrue(one.get(0).userData().header().concatenation().isEmpty());
        assertEquals(2, WapPushComposer.compose(FROM, T, new byte[134], 1).size());
    }
}
