package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mmsys.carrier.ElementaryFile;
import dev.mmsys.carrier.SimAnswers;
import dev.mmsys.carrier.SimFiles;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The carrier package's own parsers read the emulated SIMs the way the modem layer will. */
class CarrierDetectionTest {

    private static String ask(HostSession h, String command) {
        h.send(command + "\r");
        String answer = h.readThrough("\r\n", HostSession.WAIT);
        while (!answer.endsWith("OK\r\n") && !answer.contains("ERROR")) {
            answer += h.readThrough("\r\n", HostSession.WAIT);
        }
        return answer;
    }

    private static HostSession session(Sim7600Emulator modem) {
        HostSession h = HostSession.of(modem.connect());
        h.expect(PtyModem.BOOT);
        h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
        return h;
    }

    @Test
    void mintSim() throws IOException {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests().withProfile("mint-ipv4-blocked"));
             HostSession h = session(modem)) {
            assertEquals("310260555010001", SimAnswers.imsi(ask(h, "AT+CIMI")));
            assertEquals("89012605550100012345", SimAnswers.iccid(ask(h, "AT+CICCID")));
            assertEquals(Optional.of("756D"), SimAnswers.fileContent(ElementaryFile.GID1,
                    ask(h, ElementaryFile.GID1.readCommand(8))).flatMap(SimFiles::gid1));
            assertEquals("Mint Mobile", SimFiles.spn(SimAnswers.fileContent(ElementaryFile.SPN,
                    ask(h, ElementaryFile.SPN.readCommand(17))).orElseThrow()).name());
            assertEquals(3, SimFiles.mncLength(SimAnswers.fileContent(ElementaryFile.AD,
                    ask(h, ElementaryFile.AD.readCommand(4))).orElseThrow()).getAsInt());
            assertEquals(Optional.of("T-Mobile"), SimAnswers.operator(ask(h, "AT+COPS?")).name());
        }
    }

    @Test
    void attMvnoSimAndATestSimWithoutGid1() throws IOException {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests().withProfile("att-mvno-proxy"));
             HostSession h = session(modem)) {
            assertEquals(Optional.of("4201"), SimAnswers.fileContent(ElementaryFile.GID1,
                    ask(h, ElementaryFile.GID1.readCommand(8))).flatMap(SimFiles::gid1));
        }
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
             HostSession h = session(modem)) {
            assertEquals(Optional.empty(), SimAnswers.fileContent(ElementaryFile.GID1,
                    ask(h, ElementaryFile.GID1.readCommand(8))));
        }
    }
}
