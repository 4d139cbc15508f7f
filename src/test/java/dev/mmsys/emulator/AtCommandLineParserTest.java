package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AtCommandLineParserTest {

    @Test
    void extendedCommandsWithTheirKindsAndArguments() {
        List<AtCommand> c = AtCommandLineParser.parse("at+cgdcont=1,\"IPV4V6\",\"Whole;sale\";+CREG?;+CSQ;+CIPSEND=?");
        assertEquals(4, c.size());
        AtCommand cgdcont = c.get(0);
        assertEquals("+CGDCONT", cgdcont.name());
        assertEquals(AtCommand.Kind.SET, cgdcont.kind());
        assertEquals(1, cgdcont.integer(0));
        assertEquals("Whole;sale", cgdcont.text(2));
        assertTrue(cgdcont.args().get(2).quoted());
        assertEquals(AtCommand.Kind.READ, c.get(1).kind());
        assertEquals(AtCommand.Kind.EXEC, c.get(2).kind());
        assertEquals(AtCommand.Kind.TEST, c.get(3).kind());
    }

    @Test
    void omittedArgumentsAndBasicCommands() {
        AtCommand open = AtCommandLineParser.parse("AT+CIPOPEN=1,\"UDP\",,,5000").get(0);
        assertFalse(open.has(2));
        assertEquals(5000, open.integer(4));
        assertEquals(7, open.integer(3, 7));
        List<AtCommand> basic = AtCommandLineParser.parse("ATE0V1&F");
        assertEquals(List.of("E", "V", "&F"), basic.stream().map(AtCommand::name).toList());
        assertEquals("0", basic.get(0).text(0));
        assertEquals("S0", AtCommandLineParser.parse("ATS0=2").get(0).name());
        assertEquals("*99#", AtCommandLineParser.parse("ATD*99#").get(0).text(0));
    }

    @Test
    void malformedLines() {
        for (String bad : new String[] {"hello", "AT+CSQ=\"open", "AT+CGDCONT=1,\"IP\"x", "AT+", "AT!", "A",
                "AT" + "+CSQ;".repeat(40), "AT+X=" + "1".repeat(560)}) {
            assertThrows(AtCommandLineParser.Malformed.class, () -> AtCommandLineParser.parse(bad), bad);
        }
        AtCommand c = AtCommandLineParser.parse("AT+CMGS=x").get(0);
        assertThrows(AtCommand.BadArgument.class, () -> c.integer(0));
    }
}
