package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each carrier profile lets through. */
class EmulatorProfilesTest {

    private static HostSession session(Sim7600Emulator modem) {
        HostSession h = HostSession.of(modem.connect());
        h.expect(PtyModem.BOOT);
        h.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
        h.exchange("AT+CIPTIMEOUT=3000,3000,3000\r", "\r\nOK\r\n");     // 30 ms under the test time-scale
        return h;
    }

    private static Sim7600Emulator start(String profile) {
        return Sim7600Emulator.start(EmulatorSettings.forTests().withProfile(profile));
    }

    @Test
    void profilesAreListedAndUnknownNamesSayWhichExist() {
        assertEquals(List.of("ideal", "mint-ipv4-blocked", "port80-only", "no-sim", "not-registered", "dns-failure",
                "att-mvno-proxy"), EmulatorProfiles.names());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmulatorProfiles.get("mint"));
        assertTrue(e.getMessage().contains("unknown emulator profile 'mint'") && e.getMessage().contains("ideal"),
                e.getMessage());
    }

    @Test
    void mintIpv4ContextReachesNothingDualStackReachesTheMmscOnPort80Only() throws Exception {
        try (Sim7600Emulator modem = start("mint-ipv4-blocked"); HostSession h = session(modem);
             TestServer mmsc = new TestServer()) {
            modem.network().bind(Route.MMSC, mmsc.address());
            h.exchange("AT+CDNSGIP=\"wholesale.mmsmvno.com\"\r",
                    "\r\n+CDNSGIP: 1,\"wholesale.mmsmvno.com\",\"10.175.85.144\"\r\n\r\nOK\r\n");
            // the first user's configuration: an IP context, port 8080
            h.exchange("AT+CGDCONT=1,\"IP\",\"Wholesale\"\r", "\r\nOK\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+IPADDR\r", "\r\n+IPADDR: 100.64.23.45\r\n\r\nOK\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.175.85.144\",8080\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,10\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.175.85.144\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,10\r\n");
            h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");
            assertTrue(mmsc.noConnection());
            // the carrier's setting: IPV4V6, and the MMSC URL's own port 80
            for (String type : List.of("IPV4V6", "IPV6")) {
                h.exchange("AT+CGDCONT=1,\"" + type + "\",\"Wholesale\"\r", "\r\nOK\r\n");
                h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
                h.exchange("AT+CIPOPEN=0,\"TCP\",\"wholesale.mmsmvno.com\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
                mmsc.accept().close();
                h.expect("\r\n+IPCLOSE: 0,1\r\n");
                h.exchange("AT+CIPOPEN=1,\"TCP\",\"10.175.85.144\",8080\r", "\r\nOK\r\n\r\n+CIPOPEN: 1,10\r\n");
                h.exchange("AT+CIPOPEN=1,\"TCP\",\"10.1.2.3\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 1,10\r\n");
                h.exchange("AT+NETCLOSE\r", "\r\nOK\r\n\r\n+NETCLOSE: 0\r\n");
            }
        }
    }

    @Test
    void attMvnoReachesTheMmscOnlyThroughItsProxy() throws Exception {
        try (Sim7600Emulator modem = start("att-mvno-proxy"); HostSession h = session(modem);
             TestServer proxy = new TestServer()) {
            modem.network().bind(Route.PROXY, proxy.address());
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"mmsc.mobile.att.net\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,10\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"proxy.mobile.att.net\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            proxy.accept();
            assertEquals("http://mmsc.mobile.att.net", modem.profile().mmscUrl());
            assertEquals("proxy.mobile.att.net:80", modem.profile().mmsProxy());
        }
    }

    @Test
    void dnsFailureStillConnectsByAddress() throws Exception {
        try (Sim7600Emulator modem = start("dns-failure"); HostSession h = session(modem);
             TestServer mmsc = new TestServer()) {
            modem.network().bind(Route.MMSC, mmsc.address());
            h.exchange("AT+CDNSGIP=\"mmsc.carrier.example\"\r", "\r\n+CDNSGIP: 0,10\r\n\r\nERROR\r\n");
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"mmsc.carrier.example\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,11\r\n");
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
        }
    }

    @Test
    void notRegisteredHasNoDns() throws Exception {
        try (Sim7600Emulator modem = start("not-registered"); HostSession h = session(modem)) {
            h.exchange("AT+CDNSGIP=\"mmsc.carrier.example\"\r", "\r\n+CDNSGIP: 0,10\r\n\r\nERROR\r\n");
            h.exchange("AT+CGATT?\r", "\r\n+CGATT: 0\r\n\r\nOK\r\n");
        }
    }

    @Test
    void testsMapTheirOwnServersAndNamesAndIpv6LiteralsAreRefused() throws Exception {
        try (Sim7600Emulator modem = start("ideal"); HostSession h = session(modem);
             TestServer other = new TestServer()) {
            modem.network().map("example.org", 443, other.address());
            h.exchange("AT+NETOPEN\r", "\r\nOK\r\n\r\n+NETOPEN: 0\r\n");
            h.send("AT+CDNSGIP=\"example.org\"\r");
            String answer = h.readThrough("OK\r\n", HostSession.WAIT);
            assertTrue(answer.startsWith("\r\n+CDNSGIP: 1,\"example.org\",\"10.254."), answer);
            h.exchange("AT+CIPOPEN=0,\"TCP\",\"example.org\",443\r", "\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n");
            other.accept();
            h.exchange("AT+CIPOPEN=1,\"TCP\",\"2001:db8::1\",80\r", "\r\n+CIPOPEN: 1,3\r\n\r\nERROR\r\n");
            h.exchange("AT+CIPOPEN=1,\"UDP\",,,5000\r", "\r\n+CIPOPEN: 1,3\r\n\r\nERROR\r\n");
        }
    }
}
