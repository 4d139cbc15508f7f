package dev.mmsys.emulator;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Commands beyond the reference's transcripts: identity, SIM files, PDP contexts, settings, syntax errors. */
class ModemCommandsTest {

    /** An in-process modem, booted, with ATE0 and AT+CMEE=1. */
    private static HostSession session(Sim7600Emulator modem) {
        HostSession h = HostSession.of(modem.connect());
        h.expect(modem.profile().sim().present() ? PtyModem.BOOT : "\r\nRDY\r\n");
        h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
        h.exchange("AT+CMEE=1\r", "\r\nOK\r\n");
        return h;
    }

    private static Sim7600Emulator modem(String profile) {
        return Sim7600Emulator.start(EmulatorSettings.forTests().withProfile(profile));
    }

    @Test
    void mintSimReadsLikeTheRealOne() throws IOException {
        try (Sim7600Emulator modem = modem("mint-ipv4-blocked"); HostSession h = session(modem)) {
            h.exchange("AT+CIMI\r", "\r\n310260555010001\r\n\r\nOK\r\n");
            h.exchange("AT+CICCID\r", "\r\n+ICCID: 89012605550100012345\r\n\r\nOK\r\n");
            h.exchange("AT+CNUM\r", "\r\n+CNUM: ,\"+16195550100\",145\r\n\r\nOK\r\n");
            h.exchange("AT+COPS?\r", "\r\n+COPS: 0,0,\"T-Mobile\",7\r\n\r\nOK\r\n");
            h.exchange("AT+COPS=3,2\r", "\r\nOK\r\n");
            h.exchange("AT+COPS?\r", "\r\n+COPS: 0,2,\"310260\",7\r\n\r\nOK\r\n");
            h.exchange("AT+CSPN?\r", "\r\n+CSPN: \"Mint Mobile\",1\r\n\r\nOK\r\n");
            // EF_GID1 (6F3E) and EF_SPN (6F46) through READ BINARY
            h.exchange("AT+CRSM=176,28478,0,0,0\r", "\r\n+CRSM: 144,0,\"756DFFFFFFFFFFFF\"\r\n\r\nOK\r\n");
            h.exchange("AT+CRSM=176,28478,0,0,2\r", "\r\n+CRSM: 144,0,\"756D\"\r\n\r\nOK\r\n");
            h.exchange("AT+CRSM=176,28486,0,0,17\r",
                    "\r\n+CRSM: 144,0,\"014D696E74204D6F62696C65FFFFFFFFFF\"\r\n\r\nOK\r\n");
            h.exchange("AT+CRSM=176,28478,0,0,16\r", "\r\n+CRSM: 144,0,\"756DFFFFFFFFFFFF\"\r\n\r\nOK\r\n");
            // EF_ICCID (2FE2) nibble-swapped, EF_AD (6FAD) with a 3-digit MNC, EF_IMSI (6F07)
            h.exchange("AT+CRSM=176,12258,0,0,10\r", "\r\n+CRSM: 144,0,\"98106250551000103254\"\r\n\r\nOK\r\n");
            h.exchange("AT+CRSM=176,28589,0,0,4\r", "\r\n+CRSM: 144,0,\"00000003\"\r\n\r\nOK\r\n");
            h.exchange("AT+CRSM=176,28423,0,0,9\r", "\r\n+CRSM: 144,0,\"083901625055100010\"\r\n\r\nOK\r\n");
            h.exchange("AT+CRSM=176,28480,0,0,0\r", "\r\n+CRSM: 106,130\r\n\r\nOK\r\n");        // no such file
            h.exchange("AT+CRSM=178,28480,1,4,0\r", "\r\n+CRSM: 106,129\r\n\r\nOK\r\n");        // READ RECORD
        }
    }

    @Test
    void simWithoutGid1() throws IOException {
        try (Sim7600Emulator modem = modem("ideal"); HostSession h = session(modem)) {
            h.exchange("AT+CRSM=176,28478,0,0,0\r", "\r\n+CRSM: 106,130\r\n\r\nOK\r\n");
            h.exchange("AT+CIMI\r", "\r\n001010123456789\r\n\r\nOK\r\n");
        }
        try (Sim7600Emulator modem = modem("no-sim"); HostSession h = session(modem)) {
            h.exchange("AT+CIMI\r", "\r\n+CME ERROR: 10\r\n");
            h.exchange("AT+CICCID\r", "\r\n+CME ERROR: 10\r\n");
            h.exchange("AT+CRSM=176,28478,0,0,0\r", "\r\n+CME ERROR: 10\r\n");
            h.exchange("AT+CMGS=20\r", "\r\n+CMS ERROR: 310\r\n");
            h.exchange("AT+COPS?\r", "\r\n+COPS: 0\r\n\r\nOK\r\n");
        }
    }

    @Test
    void pdpContextsAsAnLteModemShowsThem() throws IOException {
        try (Sim7600Emulator modem = modem("mint-ipv4-blocked"); HostSession h = session(modem)) {
            String v6zero = "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0";
            h.exchange("AT+CGDCONT?\r", "\r\n+CGDCONT: 1,\"IPV4V6\",\"Wholesale\",\"" + v6zero + "\",0,0,0,0\r\n"
                    + "+CGDCONT: 2,\"IPV4V6\",\"ims\",\"" + v6zero + "\",0,0,0,0\r\n"
                    + "+CGDCONT: 3,\"IPV4V6\",\"sos\",\"" + v6zero + "\",0,0,0,0\r\n\r\nOK\r\n");
            h.exchange("AT+CGDCONT=1,\"IP\",\"Wholesale\"\r", "\r\nOK\r\n");
            h.exchange("AT+CGDCONT=4,\"PPP\",\"x\"\r", "\r\nERROR\r\n");
            h.exchange("AT+CGDCONT=25,\"IP\",\"x\"\r", "\r\nERROR\r\n");
            h.exchange("AT+CGDCONT=3\r", "\r\nOK\r\n");
            h.exchange("AT+CGDCONT?\r", "\r\n+CGDCONT: 1,\"IP\",\"Wholesale\",\"0.0.0.0\",0,0,0,0\r\n"
                    + "+CGDCONT: 2,\"IPV4V6\",\"ims\",\"" + v6zero + "\",0,0,0,0\r\n\r\nOK\r\n");
            h.exchange("AT+CGACT?\r", "\r\n+CGACT: 1,1\r\n+CGACT: 2,0\r\n\r\nOK\r\n");
            h.exchange("AT+CGACT=1,2\r", "\r\nOK\r\n");
            h.exchange("AT+CGACT=1,9\r", "\r\n+CME ERROR: 3\r\n");
            h.exchange("AT+CGPADDR=1\r", "\r\n+CGPADDR: 1,\"100.64.23.45\"\r\n\r\nOK\r\n");
            h.exchange("AT+CGPADDR=2\r", "\r\n+CGPADDR: 2,\"100.64.23.45\",\"38.7.251.144.0.1.35.69.0.0.0.0.0.0.0.1\"\r\n"
                    + "\r\nOK\r\n");
            h.exchange("AT+CGAUTH=1,1,\"secret\",\"user\"\r", "\r\nOK\r\n");
            h.exchange("AT+CGAUTH?\r", "\r\n+CGAUTH: 1,1,\"user\",\"secret\"\r\n+CGAUTH: 2,0\r\n\r\nOK\r\n");
            h.exchange("AT+CSOCKSETPN?\r", "\r\n+CSOCKSETPN: 1\r\n\r\nOK\r\n");
            h.exchange("AT+CSOCKSETPN=17\r", "\r\nERROR\r\n");
            h.exchange("AT+CSOCKSETPN=2\r", "\r\nOK\r\n");
            h.exchange("AT+CGSOCKCONT=2,\"IP\",\"Wholesale\"\r", "\r\nOK\r\n");
            h.exchange("AT+CSOCKAUTH=2,0,\"\",\"\"\r", "\r\nOK\r\n");
            // NETOPEN needs the socket context to exist
            h.exchange("AT+CSOCKSETPN=5\r", "\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nERROR\r\n");
        }
    }

    @Test
    void errorReportingModesAndSyntax() throws IOException {
        try (Sim7600Emulator modem = modem("no-sim"); HostSession h = session(modem)) {
            h.exchange("AT+CMEE?\r", "\r\n+CMEE: 1\r\n\r\nOK\r\n");
            h.exchange("AT+CMEE=3\r", "\r\nERROR\r\n");
            h.exchange("AT+NOSUCH\r", "\r\nERROR\r\n");
            h.exchange("hello\r", "\r\nERROR\r\n");
            h.exchange("AT+CSQ=\"unterminated\r", "\r\nERROR\r\n");
            h.exchange("AT" + "+CSQ;".repeat(120) + "\r", "\r\nERROR\r\n");         // over 559 characters
            h.exchange("AT+CMEE=2;+CPIN?\r", "\r\n+CME ERROR: SIM not inserted\r\n");
            h.exchange("at+cmee=1;+csq\r", "\r\n+CSQ: 22,99\r\n\r\nOK\r\n");          // any case, chained
            h.exchange("AT+CSQ;+CREG?\r", "\r\n+CSQ: 22,99\r\n\r\n+CREG: 0,0\r\n\r\nOK\r\n");
            h.exchange("ATV0\r", "0\r");
            h.exchange("AT+NOSUCH\r", "4\r");
            h.exchange("ATV1\r", "\r\nOK\r\n");
            h.exchange("AT+CGMR;+CGMM\r", "\r\n+CGMR: LE20B04SIM7600G22\r\n\r\nSIMCOM_SIM7600G-H\r\n\r\nOK\r\n");
            h.exchange("ATZ\r", "\r\nOK\r\n");
            h.exchange("AT\r", "AT\r\r\nOK\r\n");      // ATZ restored echo
            h.exchange("AT+CFUN?\r", "AT+CFUN?\r\r\n+CFUN: 1\r\n\r\nOK\r\n");
        }
    }

    @Test
    void stackSettingsReadBack() throws IOException {
        try (Sim7600Emulator modem = modem("ideal"); HostSession h = session(modem)) {
            h.exchange("AT+CIPCCFG?\r", "\r\n+CIPCCFG: 10,0,0,1,0,0,500\r\n\r\nOK\r\n");
            h.exchange("AT+CIPTIMEOUT?\r", "\r\n+CIPTIMEOUT: 120000,120000,120000\r\n\r\nOK\r\n");
            h.exchange("AT+CIPTIMEOUT=2000\r", "\r\nERROR\r\n");
            h.exchange("AT+CIPMODE?\r", "\r\n+CIPMODE: 0\r\n\r\nOK\r\n");
            h.exchange("AT+CIPRXGET?\r", "\r\n+CIPRXGET: 0\r\n\r\nOK\r\n");
            h.exchange("AT+CIPSEND=?\r", "\r\n+CIPSEND: (0-9),(1-1500)\r\n\r\nOK\r\n");
            h.exchange("AT+CIPSEND=0,10\r", "\r\n+CIPERROR: 2\r\n\r\nERROR\r\n");     // network not opened
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\n+CIPOPEN: 0,2\r\n\r\nERROR\r\n");
            h.exchange("AT+CMGF?\r", "\r\n+CMGF: 0\r\n\r\nOK\r\n");
            h.exchange("AT+CSMP?\r", "\r\n+CSMP: 17,167,0,0\r\n\r\nOK\r\n");
            h.exchange("AT+CNMI?\r", "\r\n+CNMI: 2,1,0,0,0\r\n\r\nOK\r\n");
            h.exchange("AT+CNMI=0,2,0,0,0\r", "\r\n+CMS ERROR: 303\r\n");
            h.exchange("AT+CMMS=1\r", "\r\nOK\r\n");
            h.exchange("AT+CMMS?\r", "\r\n+CMMS: 1\r\n\r\nOK\r\n");
        }
    }

    @Test
    void pushHeadersFollowTheSettings() throws Exception {
        try (Sim7600Emulator modem = modem("ideal"); HostSession h = session(modem);
             TestServer server = new TestServer()) {
            modem.network().bind(Route.MMSC, server.address());
            h.exchange("AT+CIPCCFG=10,0,0,1,1,0,500\r", "\r\nOK\r\n");     // +RECEIVE,<link>,<len> headers
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CIPOPEN=2,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 2,0\r\n");
            TestServer.Conn conn = server.accept();
            conn.write("abc".getBytes());
            h.expect("\r\nRECV FROM:10.0.0.1:80\r\n+RECEIVE,2,3\r\nabc");
            h.exchange("AT+CIPSRIP=0\r", "\r\nOK\r\n");
            conn.write("de".getBytes());
            h.expect("\r\n+RECEIVE,2,2\r\nde");
            h.exchange("AT+CIPHEAD=0\r", "\r\nOK\r\n");
            conn.write("f".getBytes());
            h.expect("f");
        }
    }

    @Test
    void cfunTurnsTheRadioOff() throws IOException {
        try (Sim7600Emulator modem = modem("ideal"); HostSession h = session(modem)) {
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CFUN=4\r", "\r\nOK\r\n\r\n+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY\r\n");
            h.exchange("AT+CREG?\r", "\r\n+CREG: 0,0\r\n\r\nOK\r\n");
            h.exchange("AT+CSQ\r", "\r\n+CSQ: 99,99\r\n\r\nOK\r\n");
            h.exchange("AT+CFUN=1\r", "\r\nOK\r\n");
            h.exchange("AT+CREG?\r", "\r\n+CREG: 0,1\r\n\r\nOK\r\n");
            h.exchange("AT+CFUN=1,1\r", "\r\nOK\r\n");
            h.expect(PtyModem.BOOT);
        }
    }
}
