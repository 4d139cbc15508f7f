package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmsSplitterTest {

    private static final SmsSplitter DEFAULT = new SmsSplitter(SmsOptions.defaults());
    private static final SmsSplitter REF16 = new SmsSplitter(SmsOptions.defaults().withReferenceBits(16));

    private static void assertSplit(SmsSplit s, SmsAlphabet alphabet, Integer... units) {
        assertEquals(alphabet, s.alphabet(), s.encoding());
        assertEquals(List.of(units), s.units());
        assertEquals(units.length, s.parts().size());
    }

    @Test
    void gsm7Boundaries() {
        assertSplit(DEFAULT.split("a".repeat(160)), SmsAlphabet.GSM_7BIT, 160);
        assertSplit(DEFAULT.split("a".repeat(161)), SmsAlphabet.GSM_7BIT, 153, 8);
        assertSplit(DEFAULT.split("a".repeat(306)), SmsAlphabet.GSM_7BIT, 153, 153);
        assertSplit(DEFAULT.split("a".repeat(307)), SmsAlphabet.GSM_7BIT, 153, 153, 1);
    }

    @Test
    void ucs2Boundaries() {
        assertSplit(DEFAULT.split("ж".repeat(70)), SmsAlphabet.UCS2, 70);
        assertSplit(DEFAULT.split("ж".repeat(71)), SmsAlphabet.UCS2, 67, 4);
        assertSplit(DEFAULT.split("ж".repeat(134)), SmsAlphabet.UCS2, 67, 67);
        assertSplit(DEFAULT.split("ж".repeat(135)), SmsAlphabet.UCS2, 67, 67, 1);
    }

    @Test
    void sixteenBitReferencesLeaveOneUnitLessPerPart() {
        assertSplit(REF16.split("a".repeat(160)), SmsAlphabet.GSM_7BIT, 160);
        assertSplit(REF16.split("a".repeat(304)), SmsAlphabet.GSM_7BIT, 152, 152);
        assertSplit(REF16.split("a".repeat(305)), SmsAlphabet.GSM_7BIT, 152, 152, 1);
        assertSplit(REF16.split("ж".repeat(132)), SmsAlphabet.UCS2, 66, 66);
        assertSplit(REF16.split("ж".repeat(133)), SmsAlphabet.UCS2, 66, 66, 1);
    }

    @Test
    void anEscPairIsNeverSplitAndCountsTwo() {
        assertSplit(DEFAULT.split("a".repeat(158) + "€"), SmsAlphabet.GSM_7BIT, 160);
        SmsSplit s = DEFAULT.split("a".repeat(159) + "€");
        assertSplit(s, SmsAlphabet.GSM_7BIT, 153, 8);
        assertEquals("aaaaaa€", s.parts().get(1));
        SmsSplit b = DEFAULT.split("a".repeat(152) + "€" + "b".repeat(10));
        assertSplit(b, SmsAlphabet.GSM_7BIT, 152, 12);
        assertEquals("€bbbbbbbbbb", b.parts().get(1));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        SmsSplit s = DEFAULT.split("ж".repeat(66) + "😀" + "x".repeat(5));
        assertSplit(s, SmsAlphabet.UCS2, 66, 7);
        assertEquals("😀xxxxx", s.parts().get(1));
        assertSplit(DEFAULT.split("ж".repeat(68) + "😀"), SmsAlphabet.UCS2, 70);
        assertSplit(DEFAULT.split("ж".repeat(69) + "😀"), SmsAlphabet.UCS2, 67, 4);
        assertSplit(DEFAULT.split("\uD83D"), SmsAlphabet.UCS2, 1);   // a lone surrogate is carried as it is
    }

    @Test
    void partsJoinToTheText() {
        String text = "The quick brown fox €{} jumps; ".repeat(70);
        SmsSplit s = DEFAULT.split(text);
        assertEquals(text, s.text());
        assertEquals(s.parts().size(), DEFAULT.countParts(text));
        assertEquals(16, s.partCount());   // 70 × 34 septets = 2380 = 15 × 153 + 85
    }

    @Test
    void theDefaultAlphabetBeatsUcs2WhenItCan() {
        assertSame(SmsAlphabet.GSM_7BIT, DEFAULT.split("Hello @ £5 ¿Qué? Ñoño is in GSM: è é ù ì ò Ç Ø Å Δ ß").alphabet());
        assertSame(SmsAlphabet.UCS2, DEFAULT.split("Hello ç").alphabet(), "lower-case ç is not in the default alphabet");
        assertSame(SmsAlphabet.UCS2, DEFAULT.split("Grüße aus Köln ✓").alphabet());
        assertEquals("GSM-7", DEFAULT.split("x").encoding());
    }

    @Test
    void nationalTablesAreUsedOnlyWhenEnabled() {
        String turkish = "Işık ağaç";
        assertSame(SmsAlphabet.UCS2, DEFAULT.split(turkish).alphabet());
        SmsSplit tr = new SmsSplitter(SmsOptions.defaults().withNationalLanguages(Set.of(NationalLanguage.TURKISH)))
                .split(turkish);
        assertSame(SmsAlphabet.GSM_7BIT, tr.alphabet());
        // the locking table holds every letter in one septet: 9 septets + 5 for the UDH beat the ESC pairs
        assertEquals("GSM-7 (Turkish locking shift)", tr.encoding());
        assertEquals(List.of(9), tr.units());
        assertEquals(List.of(InformationElement.lockingShift(NationalLanguage.TURKISH)), tr.header(1, 0).elements());

        SmsSplit es = new SmsSplitter(SmsOptions.defaults().withNationalLanguages(
                Set.of(NationalLanguage.SPANISH, NationalLanguage.PORTUGUESE))).split("¿Está aquí?");
        assertEquals("GSM-7 (Spanish single shift)", es.encoding());
        assertEquals(List.of(13), es.units());   // á and í are ESC pairs
    }

    @Test
    void nationalHeadersCostCapacity() {
        SmsOptions pt = SmsOptions.defaults().withNationalLanguages(Set.of(NationalLanguage.PORTUGUESE));
        SmsSplitter s = new SmsSplitter(pt);
        // one national IE: UDH 4 octets = 5 septets → 155 in a single part, 149 per concatenated part
        assertEquals(1, s.split("ã" + "a".repeat(154)).partCount());
        SmsSplit two = s.split("ã" + "a".repeat(155));
        assertEquals(List.of(149, 7), two.units());
    }

    @Test
    void transliterationIsOffByDefaultAndReportedWhenUsed() {
        String text = "It’s “fine” — really…\u00a0ok";
        assertSame(SmsAlphabet.UCS2, DEFAULT.split(text).alphabet());
        SmsSplit t = new SmsSplitter(SmsOptions.defaults().withTransliterate(true)).split(text);
        assertSame(SmsAlphabet.GSM_7BIT, t.alphabet());
        assertEquals("It's \"fine\" - really... ok", t.text());
        assertEquals(6, t.transliteration().count());
        assertEquals("’→' ×1, “→\" ×1, ”→\" ×1, —→- ×1, …→... ×1, U+00A0→U+0020 ×1", t.transliteration().describe());
    }

    @Test
    void transliterationIsNotUsedWhenTheTextStaysUcs2Anyway() {
        SmsSplit t = new SmsSplitter(SmsOptions.defaults().withTransliterate(true)).split("It’s 😀");
        assertSame(SmsAlphabet.UCS2, t.alphabet());
        assertTrue(t.transliteration().isEmpty());
        assertEquals("It’s 😀", t.text());
    }

    @Test
    void emptyTextIsRefused() {
        var e = assertThrows(EmptyTextException.class, () -> DEFAULT.split(""));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
