package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Options from configuration, numbers as users write them, and validity periods. */
class SmsSettingsTest {

    @Test
    void optionsFromSettings() {
        SmsOptions o = SmsOptions.fromSettings(Map.of(
                "mmsys.sms.max-parts", "5",
                "mmsys.sms.national-languages", "Turkish, portuguese",
                "mmsys.sms.transliterate", "yes",
                "mmsys.sms.reference-bits", "16",
                "mmsys.sms.status-report", "true",
                "mmsys.sms.validity", "4d",
                "mmsys.sms.smsc", "+447785016005"));
        assertEquals(5, o.maxParts());
        assertEquals(Set.of(NationalLanguage.TURKISH, NationalLanguage.PORTUGUESE), o.nationalLanguages());
        assertTrue(o.transliterate() && o.statusReport());
        assertEquals(16, o.referenceBits());
        assertEquals(0xAA, o.validity().relativeOctet());
        assertEquals("+447785016005", o.smsc().orElseThrow().toString());
        assertEquals(SmsOptions.defaults(), SmsOptions.fromSettings(Map.of()));
    }

    @Test
    void badSettingsNameTheirKey() {
        String[][] bad = {
                {"mmsys.sms.max-parts", "0"}, {"mmsys.sms.max-parts", "lots"}, {"mmsys.sms.max-parts", "256"},
                {"mmsys.sms.national-languages", "klingon"}, {"mmsys.sms.transliterate", "maybe"},
                {"mmsys.sms.reference-bits", "12"}, {"mmsys.sms.validity", "4 days"}, {"mmsys.sms.validity", "64w"},
        };
        for (String[] kv : bad) {
            var e = assertThrows(InvalidSettingException.class, () -> SmsOptions.fromSettings(Map.of(kv[0], kv[1])));
            assertTrue(e.getMessage().startsWith(kv[0] + "=" + kv[1] + " is not"), e.getMessage());
        }
        var e = assertThrows(InvalidSettingException.class, () -> SmsOptions.fromSettings(Map.of("mmsys.sms.smsc", "x")));
        assertTrue(e.getMessage().startsWith("mmsys.sms.smsc=x is not an SMSC number"), e.getMessage());
    }

    @Test
    void numbersAsUsersWriteThem() {
        SmsAddress a = SmsAddress.parse(" +1 (619) 555-0100 ");
        assertEquals(SmsAddress.TOA_INTERNATIONAL, a.typeOfAddress());
        assertEquals("16195550100", a.value());
        SmsAddress n = SmsAddress.parse("06.12.34.56.78");
        assertEquals(SmsAddress.TOA_UNKNOWN, n.typeOfAddress());
        assertEquals("0612345678", n.value());
        assertEquals("+123456789012345", SmsAddress.parse("+123456789012345").toString());
    }

    @Test
    void invalidNumbersSayWhatAValidOneLooksLike() {
        String[][] bad = {{"", "it is empty"}, {"+", "it has no digits"}, {"+0612345678", "never starts with 0"},
                {"abc", "'a' is not a digit"}, {"+1234567890123456", "16 digits, more than the 15"},
                {"1".repeat(21), "21 digits, more than the 20"}, {"+1 619 555 O100", "'O' is not a digit"}};
        for (String[] b : bad) {
            var e = assertThrows(InvalidNumberException.class, () -> SmsAddress.parse(b[0]));
            assertTrue(e.getMessage().contains(b[1]) && e.getMessage().contains("+16195550100"), e.getMessage());
            assertEquals(b[0], e.input());
        }
        assertThrows(InvalidNumberException.class, () -> SmsAddress.alphanumeric("TwelveLetter"));
        assertThrows(InvalidNumberException.class, () -> SmsAddress.alphanumeric("Привет"));
    }

    @Test
    void relativeValidityRoundsUpToTheNextStep() {
        int[][] minutesToOctet = {{1, 0}, {5, 0}, {6, 1}, {720, 143}, {721, 144}, {750, 144}, {1440, 167},
                {1441, 168}, {2 * 1440, 168}, {3 * 1440, 169}, {30 * 1440, 196}, {30 * 1440 + 1, 197},
                {35 * 1440, 197}, {63 * 7 * 1440, 255}};
        for (int[] c : minutesToOctet) {
            assertEquals(c[1], ValidityPeriod.relative(Duration.ofMinutes(c[0])).relativeOctet(), c[0] + " min");
        }
        assertEquals(Duration.ofDays(4), ValidityPeriod.parse("4d").duration());
        assertEquals(Duration.ofHours(12), ValidityPeriod.parse("12H").duration());
        assertEquals(Duration.ofDays(14), ValidityPeriod.parse("2w").duration());
        assertEquals(ValidityPeriod.NONE, ValidityPeriod.parse("none"));
        assertEquals(ValidityPeriod.NONE, ValidityPeriod.parse(""));
        assertThrows(IllegalArgumentException.class, () -> ValidityPeriod.parse("64w"));
        assertThrows(IllegalArgumentException.class, () -> ValidityPeriod.parse("0m"));
        assertThrows(IllegalArgumentException.class, () -> ValidityPeriod.parse("d"));
    }

    @Test
    void dataCodingSchemeGroups() {
        assertEquals(SmsAlphabet.GSM_7BIT, new DataCodingScheme(0x00).alphabet());
        assertEquals(SmsAlphabet.EIGHT_BIT, new DataCodingScheme(0x04).alphabet());
        assertEquals(SmsAlphabet.UCS2, new DataCodingScheme(0x08).alphabet());
        assertEquals(SmsAlphabet.GSM_7BIT, new DataCodingScheme(0x0C).alphabet(), "reserved alphabet reads as GSM");
        assertEquals(0, new DataCodingScheme(0x10).messageClass().getAsInt());
        assertEquals(1, new DataCodingScheme(0xF5).messageClass().getAsInt());
        assertEquals(SmsAlphabet.EIGHT_BIT, new DataCodingScheme(0xF5).alphabet());
        assertEquals(SmsAlphabet.UCS2, new DataCodingScheme(0xE0).alphabet());
        assertEquals(SmsAlphabet.GSM_7BIT, new DataCodingScheme(0xC0).alphabet());
        assertTrue(new DataCodingScheme(0x20).compressed());
        assertTrue(new DataCodingScheme(0x00).messageClass().isEmpty());
        assertEquals(0x12, DataCodingScheme.of(SmsAlphabet.GSM_7BIT, 2).value());
    }
}
