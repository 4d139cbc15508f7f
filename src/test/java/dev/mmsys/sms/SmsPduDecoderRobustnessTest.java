package dev.mmsys.sms;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged PDUs either decode or fail with a {@link MalformedPduException}: never another exception, never an
 * allocation from a corrupt length, never a hang. Every octet of a set of valid PDUs is changed to several
 * values, every prefix is tried, and random octet strings are thrown in.
 */
class SmsPduDecoderRobustnessTest {

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        OffsetDateTime t = OffsetDateTime.of(2026, 11, 22, 3, 15, 42, 0, ZoneOffset.ofHours(-5));
        SmsOptions o = SmsOptions.defaults().withValidity(ValidityPeriod.parse("4d")).withStatusReport(true);
        SmsSubmitComposer c = new SmsSubmitComposer(o, new ConcatReferenceAllocator(new Random(1), 10));
        c.compose("+16195550100", "a".repeat(150) + "€{}" + "b".repeat(20)).parts()
                .forEach(p -> seeds.add(Hex.decode(p.hex())));
        c.compose("+16195550100", "Привет 😀".repeat(12)).parts().forEach(p -> seeds.add(Hex.decode(p.hex())));
        new SmsSubmitComposer(o.withNationalLanguages(java.util.Set.of(NationalLanguage.PORTUGUESE)),
                new ConcatReferenceAllocator()).compose("+351912345678", "Não, obrigação é ótima: você")
                .parts().forEach(p -> seeds.add(Hex.decode(p.hex())));
        WapPushComposer.compose(SmsAddress.alphanumeric("Operator"), t, new byte[200], 9)
                .forEach(d -> seeds.add(SmsPduEncoder.encode(d)));
        seeds.add(SmsPduEncoder.encode(new SmsStatusReport(Optional.of(SmsAddress.parse("+447785016005")), false,
                false, false, 7, SmsAddress.parse("+16195550100"), t, t, 0x41, OptionalInt.of(0),
                Optional.of(DataCodingScheme.UCS2), Optional.of(UserData.text("x")))));
        return seeds;
    }

    private static void decodeOrReject(byte[] pdu) {
        try {
            SmsPduDecoder.decode(pdu);
        } catch (MalformedPduException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= pdu.length, e.getMessage());
        } catch (RuntimeException e) {
            fail("decoding " + Hex.encode(pdu) + " threw " + e, e);
        }
    }

    @Test
    void everySingleOctetChangeAndEveryPrefix() {
        int[] values = {0x00, 0x01, 0x7F, 0x80, 0xA0, 0xFF};
        int tried = 0;
        for (byte[] seed : seeds()) {
            SmsPduDecoder.decode(seed);   // the seed itself is valid
            for (int i = 0; i < seed.length; i++) {
                for (int v : values) {
                    byte[] m = seed.clone();
                    m[i] = (byte) v;
                    decodeOrReject(m);
                    tried++;
                }
                decodeOrReject(java.util.Arrays.copyOf(seed, i));
            }
        }
        assertTrue(tried > 4000, "mutations tried: " + tried);
    }

    @Test
    void randomOctets() {
        Random r = new Random(2026);
        for (int n = 0; n < 20000; n++) {
            byte[] b = new byte[r.nextInt(180)];
            r.nextBytes(b);
            if (b.length > 0 && r.nextBoolean()) {
                b[0] = 0;   // most real PDUs start with an empty SMSC field
            }
            decodeOrReject(b);
        }
    }
}
