package dev.mmsys.modem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value types and parsers of the modem layer. */
class SmallTypesTest {

    @Test
    void smsPduLengthMustMatchTheHex() {
        SmsPdu p = SmsPdu.ofHex("0011000b915155214365f70000aa01c8");
        assertEquals(15, p.tpduLength());
        assertEquals("0011000B915155214365F70000AA01C8", p.hex());
        // with an SMSC field of 7 octets (length octet 07)
        assertEquals(15, SmsPdu.ofHex("07915155214365F7" + "11000B915155214365F70000AA01C8").tpduLength());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SmsPdu("0011000B915155214365F70000AA01C8", 16));
        assertTrue(e.getMessage().contains("give 15"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SmsPdu.ofHex("00ZZ")).getMessage()
                .contains("position 2"));
        assertThrows(IllegalArgumentException.class, () -> SmsPdu.ofHex("001"));
    }

    @Test
    void cmsAndCmeCodesGetTheirMeaning() {
        assertEquals("SMSC address unknown", AtError.of(List.of(), "+CMS ERROR: 330").text());
        assertEquals("SIM busy", AtError.of(List.of(), "+CME ERROR: 14").text());
        assertEquals("incorrect password", AtError.of(List.of(), "+CME ERROR: incorrect password").text());
        assertEquals(-1, AtError.of(List.of(), "+CME ERROR: incorrect password").code());
        AtError numericIp = AtError.of(List.of("+IP ERROR: 21"), "ERROR");
        assertEquals("No data", numericIp.text());
        assertEquals(AtError.Kind.ERROR, AtError.of(List.of("something"), "ERROR").kind());
        assertEquals("+CMS ERROR 330 (SMSC address unknown)", AtError.of(List.of(), "+CMS ERROR: 330").toString());
    }

    @Test
    void transcriptIsBoundedAndRedacts() {
        Transcript t = new Transcript(3, true);
        t.sent("AT+CMGS=20");
        t.received("+CNUM: \"\",\"+16195550100\",145");
        t.received("a");
        t.received("b");
        List<String> lines = t.lines();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).endsWith("< +CNUM: \"\",\"+161…\",145"), lines.get(0));
        Transcript plain = new Transcript(3, false);
        plain.received("+CIMI 310260123456789");
        assertTrue(plain.lines().get(0).endsWith("310260123456789"));
    }

    @Test
    void registrationVerdicts() {
        Registration lte = new Registration(3, 0, 5, 20, "T-Mobile", 7);
        assertTrue(lte.packetRegistered(), "CREG denied while CEREG roaming still has data (reference §2.2)");
        assertFalse(lte.denied());
        assertEquals(-73, lte.signalDbm());
        Registration none = new Registration(2, 2, 2, 99, "", -1);
        assertFalse(none.registered());
        assertEquals(null, none.signalDbm());
        assertTrue(new Registration(3, 3, 3, 10, "", -1).denied());
    }

    @Test
    void networkSettingsRejectBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkSettings("a\"b", PdpType.IP, 1, null, null,
                null, false, true, null));
        assertThrows(IllegalArgumentException.class, () -> new NetworkSettings("a", PdpType.IP, 25, null, null,
                null, false, true, null));
        assertEquals("PDP type 'IPX' is not one of IP, IPV6, IPV4V6",
                assertThrows(IllegalArgumentException.class, () -> PdpType.parse("IPX")).getMessage());
        assertEquals(PdpType.IPV4V6, PdpType.parse("ipv4v6"));
    }

    @Test
    void transparentStreamRemovesTheMarkerAndBoundsItself() throws Exception {
        TransparentStream s = new TransparentStream(16);
        for (byte b : "ab\r\nCL\r\nCLOSED\r\n".getBytes(StandardCharsets.US_ASCII)) {
            s.accept(b);
        }
        assertTrue(s.isEnded());
        assertEquals("ab\r\nCL", new String(s.readFully(6, Duration.ofSeconds(1)), StandardCharsets.US_ASCII));
        assertEquals(-1, s.read(new byte[4], 0, 4, Duration.ofSeconds(1)));

        TransparentStream small = new TransparentStream(4);
        for (byte b : "0123456".getBytes(StandardCharsets.US_ASCII)) {
            small.accept(b);
        }
        ModemException e = assertThrows(ModemException.class,
                () -> small.read(new byte[8], 0, 8, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("more than 4"), e.getMessage());
    }

    @Test
    void transparentStreamCountsMarkerOctetsAlreadyRead() throws Exception {
        TransparentStream s = new TransparentStream(64);
        for (byte b : "xy\r\nCL".getBytes(StandardCharsets.US_ASCII)) {
            s.accept(b);
        }
        assertEquals(6, s.read(new byte[16], 0, 16, Duration.ofSeconds(1)));
        for (byte b : "OSED\r\n".getBytes(StandardCharsets.US_ASCII)) {
            s.accept(b);
        }
        assertTrue(s.isEnded());
        assertEquals(4, s.markerBytesConsumed());
    }
}
