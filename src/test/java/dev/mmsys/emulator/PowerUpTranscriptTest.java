package dev.mmsys.emulator;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference §9.1, byte for byte, through a real pty with a plain client. */
class PowerUpTranscriptTest {

    @TempDir
    Path dir;

    @Test
    void powerUpToNetworkOpen() throws Exception {
        try (PtyModem m = PtyModem.start(EmulatorSettings.forTests(), dir)) {
            HostSession h = m.host;
            h.expect(PtyModem.BOOT);
            h.exchange("AT\r", "AT\r\r\nOK\r\n");
            h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
            h.exchange("AT+CMEE=1\r", "\r\nOK\r\n");
            h.exchange("ATI\r", "\r\nManufacturer: SIMCOM INCORPORATED\r\nModel: SIMCOM_SIM7600G-H\r\n"
                    + "Revision: LE20B04SIM7600G22\r\nIMEI: 861234567890123\r\n+GCAP: +CGSM\r\n\r\nOK\r\n");
            h.exchange("AT+CGMR\r", "\r\n+CGMR: LE20B04SIM7600G22\r\n\r\nOK\r\n");
            h.exchange("AT+CPIN?\r", "\r\n+CPIN: READY\r\n\r\nOK\r\n");
            h.exchange("AT+CSQ\r", "\r\n+CSQ: 22,99\r\n\r\nOK\r\n");
            h.exchange("AT+CREG?\r", "\r\n+CREG: 0,1\r\n\r\nOK\r\n");
            h.exchange("AT+CGREG?\r", "\r\n+CGREG: 0,1\r\n\r\nOK\r\n");
            h.exchange("AT+CEREG?\r", "\r\n+CEREG: 0,1\r\n\r\nOK\r\n");
            h.exchange("AT+COPS?\r", "\r\n+COPS: 0,0,\"MMSYS Test Network\",7\r\n\r\nOK\r\n");
            h.exchange("AT+CGDCONT=1,\"IP\",\"mms.carrier\"\r", "\r\nOK\r\n");
            h.exchange("AT+CSOCKSETPN=1\r", "\r\nOK\r\n");
            h.exchange("AT+CIPMODE=0\r", "\r\nOK\r\n");
            h.exchange("AT+CIPSENDMODE=0\r", "\r\nOK\r\n");
            h.exchange("AT+CIPTIMEOUT=75000,15000,15000\r", "\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n");
            h.expect("\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+NETOPEN?\r", "\r\n+NETOPEN: 1\r\n\r\nOK\r\n");
            h.exchange("AT+IPADDR\r", "\r\n+IPADDR: 10.71.155.118\r\n\r\nOK\r\n");
        }
    }
}
