package dev.mmsys.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.testing.Oracles;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SimFilesTest {

    @Test
    void gid1LosesItsFfPaddingAndAllPaddingMeansNone() {
        assertEquals(Optional.of("756D"), SimFiles.gid1("756DFFFFFFFFFFFF"));
        assertEquals(Optional.of("BAE1000000000000"), SimFiles.gid1("bae1000000000000"));
        assertEquals(Optional.empty(), SimFiles.gid1("FFFFFFFF"));
        assertEquals(Optional.empty(), SimFiles.gid1(""));
        var e = assertThrows(SimDataException.class, () -> SimFiles.gid1("75GD"));
        assertEquals("EF_GID1", e.field());
        assertEquals(1, e.offset());
    }

    @Test
    void spnInGsmDefaultAlphabetWithPadding() {
        // display condition 01, "Mint Mobile", FF padding to 17 octets
        ServiceProviderName spn = SimFiles.spn("01" + "4D696E74204D6F62696C65" + "FFFFFFFFFF");
        assertEquals(1, spn.displayCondition());
        assertEquals("Mint Mobile", spn.name());
    }

    @Test
    void spnGsmCodesThatDifferFromAsciiAndTheEscapeTable() {
        // 00 is '@' (not a terminator), 11 '_', 24 '¤', 1B65 '€', 1B3C '['
        assertEquals("@_¤€[", SimFiles.spn("00" + "0011241B651B3C" + "FFFF").name());
        assertEquals("", SimFiles.spn("00FFFFFF").name());
        assertEquals("", SimFiles.spn("02").name());
    }

    @Test
    void spnFaultsNameTheOffset() {
        var highBit = assertThrows(SimDataException.class, () -> SimFiles.spn("014DE9FF"));
        assertEquals("EF_SPN", highBit.field());
        assertEquals(2, highBit.offset());
        var escapeAtEnd = assertThrows(SimDataException.class, () -> SimFiles.spn("014D1B"));
        assertEquals(2, escapeAtEnd.offset());
        var junk = assertThrows(SimDataException.class, () -> SimFiles.spn("014DFF41FF"));
        assertEquals(3, junk.offset());
        assertThrows(SimDataException.class, () -> SimFiles.spn(""));
    }

    @Test
    void spnUcs2Forms() {
        // 0x80: UCS2 big-endian, FFFF ends it
        assertEquals("Télé", SimFiles.spn("00" + "80" + "005400E9006C00E9" + "FFFFFFFF").name());
        // 0x81: 3 characters, base 0x08 << 7 = 0x0400; 9F = base+1F 'П', 41 = GSM 'A', C0 = base+40 'р'
        assertEquals("ПAр", SimFiles.spn("00" + "81" + "03" + "08" + "9F41C0" + "FFFF").name());
        // 0x82: 2 characters, base 0x0410; 80 = 'А' (U+0410), 81 = 'Б'
        assertEquals("АБ", SimFiles.spn("00" + "82" + "02" + "0410" + "8081" + "FF").name());
    }

    @Test
    void ucs2CountBeyondTheDataIsAnErrorNotAnAllocation() {
        var e = assertThrows(SimDataException.class, () -> SimFiles.spn("00" + "81" + "FF" + "08" + "9F"));
        assertEquals(2, e.offset());
        assertTrue(e.getMessage().contains("255 characters"), e.getMessage());
        assertThrows(SimDataException.class, () -> SimFiles.spn("00" + "82" + "01"));
        var odd = assertThrows(SimDataException.class, () -> SimFiles.spn("00" + "80" + "0054" + "00"));
        assertEquals(4, odd.offset());
    }

    @Test
    void overlongDataIsRefused() {
        assertThrows(SimDataException.class, () -> SimFiles.gid1("00".repeat(SimFiles.MAX_OCTETS + 1)));
    }

    @Test
    void mncLengthFromAdministrativeData() {
        assertEquals(OptionalInt.of(3), SimFiles.mncLength("00000003"));
        assertEquals(OptionalInt.of(2), SimFiles.mncLength("00000002FF"));
        assertEquals(OptionalInt.empty(), SimFiles.mncLength("000000"));
        var e = assertThrows(SimDataException.class, () -> SimFiles.mncLength("00000005"));
        assertEquals(3, e.offset());
    }

    /**
     * libGammu judges the basic table: the 127 basic-table codes (all but escape) go into an SMS-SUBMIT as
     * packed septets; gammu's decoding of the message must equal ours of the same codes unpacked (EF_SPN's
     * form).
     */
    @Test
    void basicTableAgreesWithLibGammu() {
        StringBuilder unpackedHex = new StringBuilder();
        int[] septets = new int[127];
        int n = 0;
        for (int c = 0; c < 128; c++) {
            if (c != GsmDefaultAlphabet.ESCAPE) {
                septets[n++] = c;
                unpackedHex.append(String.format("%02X", c));
            }
        }
        String ours = SimFiles.alphaField("test", SimFiles.octets("test", unpackedHex.toString()), 0);
        Oracles.Result r = Oracles.smsDecodeGammu(List.of(submitPdu(septets)));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(ours, r.json().get("text").asText(), r::toString);
    }

    @Test
    void extensionTableAgreesWithLibGammu() {
        int[] codes = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};
        int[] septets = new int[codes.length * 2 + 1];
        StringBuilder unpackedHex = new StringBuilder();
        for (int i = 0; i < codes.length; i++) {
            septets[2 * i] = GsmDefaultAlphabet.ESCAPE;
            septets[2 * i + 1] = codes[i];
            unpackedHex.append(String.format("1B%02X", codes[i]));
        }
        septets[septets.length - 1] = 'A';   // a plain character after the last pair
        unpackedHex.append("41");
        String ours = SimFiles.alphaField("test", SimFiles.octets("test", unpackedHex.toString()), 0);
        assertEquals("\f^{}\\[~]|€A", ours);
        Oracles.Result r = Oracles.smsDecodeGammu(List.of(submitPdu(septets)));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(ours, r.json().get("text").asText(), r::toString);
    }

    /** SMS-SUBMIT with the default SMSC, to +16195550100, GSM 7-bit DCS, no validity period. */
    private static String submitPdu(int[] septets) {
        StringBuilder b = new StringBuilder("00" + "01" + "00" + "0B91" + "6191550501F0" + "00" + "00");
        b.append(String.format("%02X", septets.length));
        int acc = 0;
        int bits = 0;
        for (int s : septets) {
            acc |= s << bits;
            bits += 7;
            while (bits >= 8) {
                b.append(String.format("%02X", acc & 0xFF));
                acc >>>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) {
            b.append(String.format("%02X", acc & 0xFF));
        }
        return b.toString();
    }
}
