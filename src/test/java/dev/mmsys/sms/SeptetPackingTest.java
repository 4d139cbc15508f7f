package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeptetPackingTest {

    @Test
    void packsLeastSignificantBitFirst() {
        // 'A' 0x41 = 1000001, 'B' 0x42 = 1000010: octet 0 = A | B<<7 = 0x41, octet 1 = B>>1 = 0x21
        assertArrayEquals(new byte[] {0x41, 0x21}, SeptetPacking.pack(new byte[0], new byte[] {0x41, 0x42}));
        // eight septets fill exactly seven octets: 8 × 0x7F → seven 0xFF
        byte[] ones = new byte[] {0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F};
        assertArrayEquals(new byte[] {-1, -1, -1, -1, -1, -1, -1}, SeptetPacking.pack(new byte[0], ones));
    }

    @Test
    void fillBitsAlignTheTextAfterAHeader() {
        byte[] udh = {0x05, 0x00, 0x03, 0x2A, 0x02, 0x01};   // 6 octets = 48 bits → 7 septets, 1 fill bit
        assertEquals(7, SeptetPacking.headerSeptets(6));
        byte[] ud = SeptetPacking.pack(udh, new byte[] {0x41});
        assertArrayEquals(new byte[] {0x05, 0x00, 0x03, 0x2A, 0x02, 0x01, (byte) 0x82}, ud);  // 'A' shifted past 1 fill bit
        assertArrayEquals(new byte[] {0x41}, SeptetPacking.unpack(ud, 0, 6, 1));
        // a 7-octet header (16-bit reference) takes 8 septets exactly: no fill bits
        assertEquals(8, SeptetPacking.headerSeptets(7));
        assertEquals(0x41, SeptetPacking.pack(new byte[7], new byte[] {0x41})[7]);
    }

    @Test
    void unpackInvertsPackForEveryAlignment() {
        for (int header = 0; header <= 12; header++) {
            for (int n = 0; n <= 20; n++) {
                byte[] s = new byte[n];
                for (int i = 0; i < n; i++) {
                    s[i] = (byte) ((i * 37 + header * 11 + 5) & 0x7F);
                }
                byte[] h = new byte[header];
                byte[] ud = SeptetPacking.pack(h, s);
                assertEquals(SeptetPacking.octets(SeptetPacking.headerSeptets(header) + n), ud.length);
                assertArrayEquals(s, SeptetPacking.unpack(ud, 0, header, n), "header " + header + ", " + n + " septets");
            }
        }
    }
}
