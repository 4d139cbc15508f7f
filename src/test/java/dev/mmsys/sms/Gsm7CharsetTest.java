package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Gsm7CharsetTest {

    private static final Gsm7Charset GSM = Gsm7Charset.DEFAULT;

    private static byte[] septets(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void everyDefaultAlphabetPositionRoundTrips() {
        for (int s = 0; s < 128; s++) {
            if (s == 0x1B) {
                continue;
            }
            String c = GSM.decode(septets(s), 0, 1);
            assertEquals(1, c.length());
            assertArrayEquals(septets(s), GSM.encode(c), "septet 0x" + Integer.toHexString(s) + " '" + c + "'");
        }
    }

    @Test
    void tableSpotChecksFromTs23038() {
        assertArrayEquals(septets(0x00, 0x01, 0x02, 0x03, 0x11, 0x24, 0x40, 0x5F, 0x60, 0x7F, 0x09, 0x10, 0x1F),
                GSM.encode("@£$¥_¤¡§¿àÇΔÉ"));
        assertEquals(0, GSM.septets('ç'), "lower-case c cedilla is not in the default alphabet");
        assertEquals(0, GSM.septets('`'));
        assertEquals(0, GSM.septets('á'));
    }

    @Test
    void extensionCharactersAreEscPairsCountingTwo() {
        assertArrayEquals(septets(0x1B, 0x0A, 0x1B, 0x14, 0x1B, 0x28, 0x1B, 0x29, 0x1B, 0x2F, 0x1B, 0x3C, 0x1B, 0x3D,
                0x1B, 0x3E, 0x1B, 0x40, 0x1B, 0x65), GSM.encode("\f^{}\\[~]|€"));
        assertEquals(20, GSM.septets("\f^{}\\[~]|€"));
        assertEquals(2, GSM.septets('€'));
        assertEquals(1, GSM.septets('a'));
    }

    @Test
    void decodingFollowsTheRulesForUnassignedEscapes() {
        assertEquals("A", GSM.decode(septets(0x1B, 0x41), 0, 2), "ESC + unassigned shows the main table's character");
        assertEquals("a b", GSM.decode(septets(0x61, 0x1B, 0x1B, 0x62), 0, 4), "ESC ESC shows a space");
        assertEquals("a ", GSM.decode(septets(0x61, 0x1B), 0, 2), "a dangling ESC shows a space");
        assertEquals("€", GSM.decode(septets(0x00, 0x1B, 0x65, 0x00), 1, 2), "offset and count are honoured");
    }

    @Test
    void unencodableTextIsReportedWithItsPosition() {
        assertEquals(-1, GSM.septets("abc😀"));
        assertFalse(GSM.canEncode("Привет"));
        var e = assertThrows(IllegalArgumentException.class, () -> GSM.encode("ab\u00e7"));
        assertTrue(e.getMessage().contains("U+00E7") && e.getMessage().contains("index 2"), e.getMessage());
    }

    @Test
    void turkishLockingShiftTable() {
        Gsm7Charset tr = Gsm7Charset.of(NationalLanguage.TURKISH, NationalLanguage.DEFAULT);
        // §A.3.1: ı 0x07, Ğ 0x0B, ğ 0x0C, Ş 0x1C, ş 0x1D, İ 0x40, ç 0x60, € 0x04
        assertArrayEquals(septets(0x07, 0x0B, 0x0C, 0x1C, 0x1D, 0x40, 0x60, 0x04), tr.encode("ıĞğŞşİç€"));
        assertEquals(0, tr.septets('è'), "è is replaced by € in the Turkish table");
        assertEquals("Işık", tr.decode(septets(0x49, 0x1D, 0x07, 0x6B), 0, 4));
    }

    @Test
    void turkishSingleShiftTable() {
        Gsm7Charset tr = Gsm7Charset.of(NationalLanguage.DEFAULT, NationalLanguage.TURKISH);
        // §A.2.1: Ğ 0x47, İ 0x49, Ş 0x53, ç 0x63, ğ 0x67, ı 0x69, ş 0x73, and the common ones
        assertArrayEquals(septets(0x1B, 0x47, 0x1B, 0x49, 0x1B, 0x53, 0x1B, 0x63, 0x1B, 0x67, 0x1B, 0x69, 0x1B, 0x73,
                0x1B, 0x65, 0x1B, 0x28), tr.encode("ĞİŞçğış€{"));
        assertEquals(1, tr.septets('è'), "the default alphabet stays in force");
    }

    @Test
    void spanishSingleShiftTableAndNoLockingTable() {
        assertFalse(NationalLanguage.SPANISH.hasLockingShiftTable());
        assertSame(Gsm7Charset.DEFAULT, Gsm7Charset.of(NationalLanguage.SPANISH, NationalLanguage.DEFAULT));
        Gsm7Charset es = Gsm7Charset.of(NationalLanguage.DEFAULT, NationalLanguage.SPANISH);
        // §A.2.2: ç 0x09, Á 0x41, Í 0x49, Ó 0x4F, Ú 0x55, á 0x61, í 0x69, ó 0x6F, ú 0x75
        assertArrayEquals(septets(0x1B, 0x09, 0x1B, 0x41, 0x1B, 0x49, 0x1B, 0x4F, 0x1B, 0x55, 0x1B, 0x61, 0x1B, 0x69,
                0x1B, 0x6F, 0x1B, 0x75), es.encode("çÁÍÓÚáíóú"));
        assertEquals(1, es.septets('é'), "é is in the default alphabet: one septet");
    }

    @Test
    void portugueseTables() {
        Gsm7Charset lock = Gsm7Charset.of(NationalLanguage.PORTUGUESE, NationalLanguage.DEFAULT);
        // §A.3.3: ê 0x04, ç 0x09, ª 0x12, ∞ 0x15, º 0x24, ~ 0x60, ã 0x7B, õ 0x7C, ` 0x7D
        assertArrayEquals(septets(0x04, 0x09, 0x12, 0x15, 0x24, 0x60, 0x7B, 0x7C, 0x7D), lock.encode("êçª∞º~ãõ`"));
        assertEquals(1, lock.septets('^'), "^ and \\ and | and € are in the Portuguese locking table itself");
        assertEquals(2, lock.septets('{'));
        Gsm7Charset single = Gsm7Charset.of(NationalLanguage.DEFAULT, NationalLanguage.PORTUGUESE);
        // §A.2.3: ê 0x05, Ô 0x0B, Φ 0x12 (also in the default table at 0x12: one septet wins), Ê 0x1F, â 0x7F
        assertArrayEquals(septets(0x1B, 0x05, 0x1B, 0x0B, 0x12, 0x1B, 0x1F, 0x1B, 0x7F), single.encode("êÔΦÊâ"));
    }

    @Test
    void descriptionsNameTheTablesInForce() {
        assertEquals("default", GSM.describe());
        assertEquals("Turkish locking shift", Gsm7Charset.of(NationalLanguage.TURKISH, NationalLanguage.DEFAULT).describe());
        assertEquals("Spanish single shift", Gsm7Charset.of(NationalLanguage.DEFAULT, NationalLanguage.SPANISH).describe());
        assertEquals("Portuguese locking shift + Portuguese single shift",
                Gsm7Charset.of(NationalLanguage.PORTUGUESE, NationalLanguage.PORTUGUESE).describe());
    }

    @Test
    void languagesByIdAndName() {
        assertSame(NationalLanguage.TURKISH, NationalLanguage.fromId(1));
        assertSame(NationalLanguage.DEFAULT, NationalLanguage.fromId(13), "unsupported id: default alphabet");
        assertSame(NationalLanguage.PORTUGUESE, NationalLanguage.fromName(" Portuguese "));
        var e = assertThrows(IllegalArgumentException.class, () -> NationalLanguage.fromName("klingon"));
        assertTrue(e.getMessage().contains("turkish, spanish, portuguese"), e.getMessage());
    }
}
