package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConcatReferenceAllocatorTest {

    private static final SmsAddress A = SmsAddress.parse("+16195550100");
    private static final SmsAddress B = SmsAddress.parse("+16195550101");

    @Test
    void aRecipientNeverGetsTheSameReferenceTwiceInARow() {
        ConcatReferenceAllocator refs = new ConcatReferenceAllocator(new Random(1), 100);
        int first = refs.next(A, 8);
        // 255 messages to someone else bring the 8-bit counter round to A's last value: it must be skipped
        for (int i = 0; i < 255; i++) {
            refs.next(B, 8);
        }
        int second = refs.next(A, 8);
        assertNotEquals(first, second);
        assertTrue(second >= 0 && second < 256);
    }

    @Test
    void referencesRunThroughTheirRange() {
        ConcatReferenceAllocator refs = new ConcatReferenceAllocator(new Random(2), 100);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 256; i++) {
            seen.add(refs.next(A, 8));
        }
        assertEquals(256, seen.size(), "256 messages to one recipient use all 256 8-bit references");
        int r16 = refs.next(A, 16);
        assertTrue(r16 >= 0 && r16 < 65536);
        assertThrows(IllegalArgumentException.class, () -> refs.next(A, 12));
    }

    @Test
    void composersWithoutAnAllocatorOfTheirOwnShareTheProcesssOne() {
        SmsAddress c = SmsAddress.parse("+16195550178"); // a recipient no other test uses
        assertEquals(java.util.OptionalInt.empty(), new ConcatReferenceAllocator(new Random(3), 10).lastReference(c));
        String text = "x".repeat(200);
        int first = new SmsSubmitComposer(SmsOptions.defaults()).compose(c, text).reference().orElseThrow();
        assertEquals(first, ConcatReferenceAllocator.shared().lastReference(c).orElseThrow());
        int second = new SmsSubmitComposer(SmsOptions.defaults()).compose(c, text).reference().orElseThrow();
        assertNotEquals(first, second, "a second composer continues where the first left off");
        assertEquals(second, ConcatReferenceAllocator.shared().lastReference(c).orElseThrow());
    }
}
