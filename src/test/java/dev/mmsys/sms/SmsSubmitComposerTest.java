package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmsSubmitComposerTest {

    private static SmsSubmitComposer composer(SmsOptions options) {
        return new SmsSubmitComposer(options, new ConcatReferenceAllocator(new Random(7), 100));
    }

    private static List<UserDataPdu> decodeAll(SmsSubmission s) {
        List<UserDataPdu> out = new ArrayList<>();
        for (SmsSubmission.Part p : s.parts()) {
            out.add((UserDataPdu) SmsPduDecoder.decodeHex(p.hex()));
        }
        return out;
    }

    @Test
    void aShortTextIsOnePlainSubmit() {
        SmsSubmission s = composer(SmsOptions.defaults()).compose("+16195550100", "Hello");
        assertEquals(1, s.parts().size());
        assertTrue(s.reference().isEmpty());
        SmsSubmission.Part p = s.parts().get(0);
        // SMSC 00 | FO 01 | MR 00 | DA | PID 00 | DCS 00 | UDL 05 | "Hello"
        assertEquals("0001000B916191550501F0000005C8329BFD06", p.hex());
        assertEquals(18, p.tpduLength());
        assertEquals("AT+CMGS=18", p.atCommand());
        assertEquals("Hello", p.text());
    }

    @Test
    void everyPartCarriesTheSameReferenceAndItsPosition() {
        String text = "0123456789".repeat(40);
        SmsSubmission s = composer(SmsOptions.defaults()).compose("+16195550100", text);
        assertEquals(3, s.parts().size());
        List<UserDataPdu> pdus = decodeAll(s);
        for (int i = 0; i < pdus.size(); i++) {
            Concatenation c = pdus.get(i).userData().header().concatenation().orElseThrow();
            assertEquals(new Concatenation(s.reference().getAsInt(), 8, 3, i + 1), c);
            assertEquals(Hex.decode(s.parts().get(i).hex()).length - 1, s.parts().get(i).tpduLength());
        }
        assertEquals(text, SmsReassembler.assemble(pdus).text());
    }

    @Test
    void consecutiveMessagesToOneRecipientGetDifferentReferences() {
        SmsSubmitComposer c = composer(SmsOptions.defaults());
        String text = "x".repeat(200);
        int a = c.compose("+16195550100", text).reference().getAsInt();
        int b = c.compose("+1 619 555 0100", text).reference().getAsInt();
        assertNotEquals(a, b);
        SmsSubmitComposer c16 = composer(SmsOptions.defaults().withReferenceBits(16));
        SmsSubmission s16 = c16.compose("+16195550100", text);
        assertEquals(InformationElement.CONCAT_16BIT,
                s16.parts().get(0).pdu().userData().header().elements().get(0).iei());
        assertEquals(List.of(152, 48), s16.split().units());
    }

    @Test
    void optionsReachThePdu() {
        SmsOptions o = SmsOptions.defaults().withStatusReport(true)
                .withValidity(ValidityPeriod.relative(Duration.ofDays(4)))
                .withSmsc(Optional.of(SmsAddress.parse("+447785016005")));
        SmsSubmission s = composer(o).compose("+16195550100", "Hi");
        SmsSubmit d = (SmsSubmit) SmsPduDecoder.decodeHex(s.parts().get(0).hex());
        assertTrue(d.statusReportRequest());
        assertEquals(0xAA, d.validity().relativeOctet());
        assertEquals("+447785016005", d.smsc().orElseThrow().toString());
        assertTrue(s.parts().get(0).hex().startsWith("0791447758100650" + "31"), s.parts().get(0).hex());
        assertEquals(Hex.decode(s.parts().get(0).hex()).length - 8, s.parts().get(0).tpduLength());
    }

    @Test
    void nationalTablesAreDeclaredInEveryPart() {
        SmsOptions o = SmsOptions.defaults().withNationalLanguages(Set.of(NationalLanguage.TURKISH));
        String text = "Işık ağaç, çiçek ve şeker. ".repeat(8);
        SmsSubmission s = composer(o).compose("+905321234567", text);
        assertEquals(SmsAlphabet.GSM_7BIT, s.alphabet());
        List<UserDataPdu> pdus = decodeAll(s);
        for (UserDataPdu p : pdus) {
            assertEquals(NationalLanguage.TURKISH, p.userData().header().lockingShift());
        }
        assertEquals(text, SmsReassembler.assemble(pdus).text());
    }

    @Test
    void tooManyPartsSaysHowManyAndWhichSetting() {
        var e = assertThrows(TooManyPartsException.class,
                () -> composer(SmsOptions.defaults()).compose("+16195550100", "a".repeat(153 * 20 + 1)));
        assertEquals(21, e.needed());
        assertEquals(20, e.allowed());
        assertTrue(e.getMessage().contains("needs 21 SMS parts (GSM-7)") && e.getMessage().contains("mmsys.sms.max-parts"),
                e.getMessage());
        assertEquals(20, composer(SmsOptions.defaults()).compose("+16195550100", "a".repeat(153 * 20)).parts().size());
        assertThrows(TooManyPartsException.class,
                () -> composer(SmsOptions.defaults().withMaxParts(1)).compose("+16195550100", "a".repeat(161)));
    }

    @Test
    void badNumbersAndEmptyTextsAreRefused() {
        SmsSubmitComposer c = composer(SmsOptions.defaults());
        var e = assertThrows(InvalidNumberException.class, () -> c.compose("call me", "Hi"));
        assertTrue(e.getMessage().contains("'call me'") && e.getMessage().contains("+16195550100"), e.getMessage());
        assertThrows(EmptyTextException.class, () -> c.compose("+16195550100", ""));
    }

    @Test
    void transliterationIsReportedOnTheSubmission() {
        SmsSubmission s = composer(SmsOptions.defaults().withTransliterate(true)).compose("+16195550100", "It’s");
        assertEquals(SmsAlphabet.GSM_7BIT, s.alphabet());
        assertEquals("It's", s.parts().get(0).text());
        assertFalse(s.transliteration().isEmpty());
    }
}
