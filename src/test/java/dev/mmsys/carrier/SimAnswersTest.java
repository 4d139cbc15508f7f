package dev.mmsys.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SimAnswersTest {

    @Test
    void imsiFromBareLineOrFullAnswerWithEchoAndOk() {
        assertEquals("310260123456789", SimAnswers.imsi("310260123456789"));
        assertEquals("310260123456789", SimAnswers.imsi("AT+CIMI\r\r\n310260123456789\r\n\r\nOK\r\n"));
    }

    @Test
    void imsiErrorAnswersAndGarbageAreRejectedNamingTheCommand() {
        var e = assertThrows(SimDataException.class, () -> SimAnswers.imsi("\r\n+CME ERROR: 10\r\n"));
        assertEquals("AT+CIMI", e.field());
        assertTrue(e.getMessage().contains("+CME ERROR: 10"), e.getMessage());
        var g = assertThrows(SimDataException.class, () -> SimAnswers.imsi("31026x\r\nOK"));
        assertTrue(g.getMessage().contains("no IMSI"), g.getMessage());
    }

    @Test
    void iccidDropsThePaddingF() {
        assertEquals("8901260123456789012", SimAnswers.iccid("+ICCID: 8901260123456789012F\r\n\r\nOK"));
        assertEquals("89012601234567890123", SimAnswers.iccid("AT+CICCID\r\n+ICCID: 89012601234567890123\r\nOK"));
        assertThrows(SimDataException.class, () -> SimAnswers.iccid("+ICCID: 89AB"));
        assertThrows(SimDataException.class, () -> SimAnswers.iccid("OK"));
    }

    @Test
    void copsRegisteredUnregisteredAndNumeric() {
        OperatorSelection mint = SimAnswers.operator("\r\n+COPS: 0,0,\"Mint\",7\r\n\r\nOK\r\n");
        assertTrue(mint.isRegistered());
        assertEquals(Optional.of("Mint"), mint.name());
        assertEquals(OptionalInt.of(7), mint.accessTechnology());

        OperatorSelection none = SimAnswers.operator("+COPS: 0\r\nOK");
        assertFalse(none.isRegistered());
        assertEquals(Optional.empty(), none.name());

        OperatorSelection numeric = SimAnswers.operator("+COPS: 0,2,\"310260\",7");
        assertEquals(Optional.of("310260"), numeric.operator());
        assertEquals(Optional.empty(), numeric.name(), "a numeric operator is not a name");

        assertThrows(SimDataException.class, () -> SimAnswers.operator("+COPS: 0,0,Mint,7"));
    }

    @Test
    void crsmWithQuotedOrBareHexOrNoData() {
        CrsmResponse q = SimAnswers.crsm("+CRSM: 144,0,\"756dffffffffffff\"\r\n\r\nOK");
        assertTrue(q.isOk());
        assertEquals(Optional.of("756DFFFFFFFFFFFF"), q.data());
        assertEquals(Optional.of("756DFF"), SimAnswers.crsm("+CRSM: 144,0,756DFF").data());
        CrsmResponse nf = SimAnswers.crsm("+CRSM: 106,130");
        assertTrue(nf.isFileNotFound());
        assertEquals("6A82", nf.statusWords());
        assertEquals(Optional.empty(), nf.data());
    }

    @Test
    void crsmMalformedAnswersAreErrors() {
        assertThrows(SimDataException.class, () -> SimAnswers.crsm("+CRSM: 144"));
        assertThrows(SimDataException.class, () -> SimAnswers.crsm("+CRSM: 300,0,\"00\""));
        var odd = assertThrows(SimDataException.class, () -> SimAnswers.crsm("+CRSM: 144,0,\"756\""));
        assertTrue(odd.getMessage().contains("odd number"), odd.getMessage());
    }

    @Test
    void fileContentTellsAMissingFileFromAFailure() {
        assertEquals(Optional.of("756DFFFF"),
                SimAnswers.fileContent(ElementaryFile.GID1, "+CRSM: 144,0,\"756DFFFF\"\r\nOK"));
        assertEquals(Optional.empty(), SimAnswers.fileContent(ElementaryFile.GID1, "+CRSM: 106,130"));
        assertEquals(Optional.empty(), SimAnswers.fileContent(ElementaryFile.SPN, "+CRSM: 148,4"));
        var e = assertThrows(SimDataException.class,
                () -> SimAnswers.fileContent(ElementaryFile.SPN, "+CRSM: 105,130"));
        assertEquals("EF_SPN", e.field());
        assertTrue(e.getMessage().contains("6982"), e.getMessage());
    }

    @Test
    void readCommandsUseTheFileIds() {
        assertEquals("AT+CRSM=176,28478,0,0,8", ElementaryFile.GID1.readCommand(8));
        assertEquals("AT+CRSM=176,28486,0,0,17", ElementaryFile.SPN.readCommand(17));
        assertEquals("AT+CRSM=176,28589,0,0,4", ElementaryFile.AD.readCommand(4));
        assertThrows(IllegalArgumentException.class, () -> ElementaryFile.GID1.readCommand(0));
    }
}
