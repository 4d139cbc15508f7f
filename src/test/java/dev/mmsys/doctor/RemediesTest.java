package dev.mmsys.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.MmsysConfig;
import dev.mmsys.carrier.CarrierCatalog;
import dev.mmsys.carrier.CarrierResolver;
import dev.mmsys.carrier.MmsSettings;
import dev.mmsys.carrier.SimIdentity;
import dev.mmsys.doctor.PathProbe.Stage;
import dev.mmsys.doctor.PathProbe.Target;
import dev.mmsys.modem.MmscTarget;
import dev.mmsys.modem.PdpType;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The diagnosis rules, on observations made up to the point (the doctor's own tests run them on the emulator). */
class RemediesTest {

    private static final CarrierResolver RESOLVER = new CarrierResolver(CarrierCatalog.load(
            Path.of("config", "carriers.yaml")));
    private static final SimIdentity MINT_SIM = SimIdentity.builder("310260555010001").mncLength(3)
            .gid1("756DFFFFFFFFFFFF").build();
    private static final Target MINT_80 = new Target("wholesale.mmsmvno.com", 80, false);
    private static final Target MINT_8080 = new Target("wholesale.mmsmvno.com", 8080, false);

    private static MmsSettings mint(Map<String, String> config) {
        return RESOLVER.resolve(MmsysConfig.defaults().with(config), Optional.of(MINT_SIM));
    }

    private static MmsSettings configured(Map<String, String> config) {
        return RESOLVER.resolve(MmsysConfig.defaults().with(config), Optional.empty());
    }

    private static PathProbe ok(PdpType t, Target target) {
        return new PathProbe(t, target, false, Stage.TCP, true, "connected");
    }

    private static PathProbe failed(PdpType t, Target target, Stage stage, boolean configured) {
        return new PathProbe(t, target, configured, stage, false, "no");
    }

    @Test
    void otherTypesComeDualStackFirst() {
        assertEquals(List.of(PdpType.IPV4V6, PdpType.IPV6), Remedies.otherTypes(PdpType.IP));
        assertEquals(List.of(PdpType.IPV6, PdpType.IP), Remedies.otherTypes(PdpType.IPV4V6));
        assertEquals(List.of(PdpType.IPV6, PdpType.IPV4V6, PdpType.IP), Remedies.allTypes(PdpType.IPV6));
    }

    @Test
    void otherTargetsArePort80AndTheMmscBehindAProxy() {
        assertEquals(List.of(), Remedies.otherTargets(mint(Map.of())));
        assertEquals(List.of(MINT_80), Remedies.otherTargets(mint(Map.of("mmsys.mmsc.url",
                "http://wholesale.mmsmvno.com:8080/mms/wapenc"))));
        assertEquals(List.of(MINT_80), Remedies.otherTargets(mint(Map.of("mmsys.mmsc.proxy",
                "wholesale.mmsmvno.com:8080"))));
    }

    @Test
    void anIpContextThatOnlyIpv6ContextsGetPastNamesThePdpType() {
        MmsSettings s = mint(Map.of("mmsys.pdp-type", "IP"));
        Finding f = Remedies.fromProbes(s, PdpType.IP, MINT_80, List.of(failed(PdpType.IP, MINT_80, Stage.TCP, true),
                ok(PdpType.IPV4V6, MINT_80), ok(PdpType.IPV6, MINT_80)));
        assertEquals(Map.of("mmsys.pdp-type", "IPV4V6"), f.settings());
        assertTrue(f.problem().startsWith("the MMSC answers only over an IPV4V6 or IPV6 context, not over IP"),
                f.problem());
        assertTrue(f.fix().startsWith("set mmsys.pdp-type=IPV4V6 (or remove mmsys.pdp-type from the configuration: "
                + "the carrier profile 'mint' has the right value)"), f.fix());
    }

    @Test
    void port8080InTheUrlWherePort80AnswersNamesTheUrlWithoutAPort() {
        MmsSettings s = configured(Map.of("mmsys.apn", "mms", "mmsys.mmsc.url", "http://10.0.0.1:8080/mms?x=1"));
        Target t8080 = new Target("10.0.0.1", 8080, false);
        Target t80 = new Target("10.0.0.1", 80, false);
        Finding f = Remedies.fromProbes(s, PdpType.IPV4V6, t8080, List.of(
                failed(PdpType.IPV4V6, t8080, Stage.TCP, true), ok(PdpType.IPV4V6, t80),
                failed(PdpType.IPV6, t8080, Stage.TCP, false), ok(PdpType.IPV6, t80)));
        assertEquals(Map.of("mmsys.mmsc.url", "http://10.0.0.1/mms?x=1"), f.settings());
        assertTrue(f.problem().startsWith("the MMSC answers only on port 80, not on port 8080"), f.problem());
        assertEquals("set mmsys.mmsc.url=http://10.0.0.1/mms?x=1", f.fix());
    }

    @Test
    void bothWrongAsTheFirstUserHadItNamesBoth() {
        MmsSettings s = mint(Map.of("mmsys.pdp-type", "IP", "mmsys.mmsc.url",
                "http://wholesale.mmsmvno.com:8080/mms/wapenc"));
        Finding f = Remedies.fromProbes(s, PdpType.IP, MINT_8080, List.of(
                failed(PdpType.IP, MINT_8080, Stage.TCP, true), failed(PdpType.IP, MINT_80, Stage.TCP, false),
                failed(PdpType.IPV4V6, MINT_8080, Stage.TCP, false), ok(PdpType.IPV4V6, MINT_80)));
        assertEquals(Map.of("mmsys.pdp-type", "IPV4V6", "mmsys.mmsc.url",
                "http://wholesale.mmsmvno.com/mms/wapenc"), f.settings());
        assertTrue(f.problem().startsWith("the MMSC answers only over an IPV4V6 context on port 80, not over IP"),
                f.problem());
        assertTrue(f.fix().contains("or remove mmsys.pdp-type and mmsys.mmsc.url from the configuration"), f.fix());
    }

    @Test
    void aProxyThatDoesNotAnswerWhereTheMmscDoesNamesProxyNone() {
        MmsSettings s = mint(Map.of("mmsys.mmsc.proxy", "wholesale.mmsmvno.com:8080"));
        Target proxy = new Target("wholesale.mmsmvno.com", 8080, true);
        Finding f = Remedies.fromProbes(s, PdpType.IPV4V6, proxy, List.of(
                failed(PdpType.IPV4V6, proxy, Stage.TCP, true), ok(PdpType.IPV4V6, MINT_80)));
        assertEquals(Map.of("mmsys.mmsc.proxy", "none"), f.settings());
        assertTrue(f.problem().contains("directly on port 80, not through the MMS proxy wholesale.mmsmvno.com:8080"),
                f.problem());
    }

    @Test
    void aWrongProfileValueIsOverriddenAndSaysSo() {
        MmsSettings s = mint(Map.of());
        Finding f = Remedies.fromProbes(s, PdpType.IPV4V6, MINT_80, List.of(
                failed(PdpType.IPV4V6, MINT_80, Stage.TCP, true), ok(PdpType.IPV6, MINT_80)));
        assertEquals(Map.of("mmsys.pdp-type", "IPV6"), f.settings());
        assertTrue(f.fix().contains("this overrides the carrier profile 'mint', whose mmsys.pdp-type does not work "
                + "here"), f.fix());
    }

    @Test
    void whenNothingWorksTheFurthestStageDecides() {
        MmsSettings s = configured(Map.of("mmsys.apn", "mms.example", "mmsys.mmsc.url", "http://mmsc.example/mms"));
        Target t = new Target("mmsc.example", 80, false);
        Finding pdp = Remedies.fromProbes(s, PdpType.IPV4V6, t, List.of(failed(PdpType.IPV4V6, t, Stage.PDP, true),
                failed(PdpType.IPV6, t, Stage.PDP, false), failed(PdpType.IP, t, Stage.PDP, false)));
        assertTrue(pdp.problem().startsWith("the network refuses a data connection with APN 'mms.example' for every "
                + "PDP type (IPV4V6, IPV6, IP)"), pdp.problem());
        assertTrue(pdp.fix().startsWith("check mmsys.apn"), pdp.fix());
        Finding dns = Remedies.fromProbes(s, PdpType.IPV4V6, t, List.of(failed(PdpType.IPV4V6, t, Stage.DNS, true),
                failed(PdpType.IPV6, t, Stage.PDP, false), failed(PdpType.IP, t, Stage.DNS, false)));
        assertTrue(dns.problem().startsWith("the modem's DNS cannot resolve mmsc.example over any PDP type"),
                dns.problem());
        assertTrue(dns.fix().contains("mmsys.mmsc.url=http://ADDRESS/path"), dns.fix());
        Finding tcp = Remedies.fromProbes(s, PdpType.IPV4V6, t, List.of(failed(PdpType.IPV4V6, t, Stage.TCP, true),
                failed(PdpType.IPV6, t, Stage.DNS, false), failed(PdpType.IP, t, Stage.TCP, false)));
        assertTrue(tcp.problem().startsWith("nothing answers at mmsc.example:80 over any PDP type"), tcp.problem());
        assertTrue(tcp.fix().contains("proxy.mobile.att.net:80"), tcp.fix());
        assertEquals(Map.of(), tcp.settings());
    }

    @Test
    void httpAnswersThatAreRefusalsAndOnesThatAreNot() {
        MmsSettings s = configured(Map.of("mmsys.apn", "mms", "mmsys.mmsc.url", "http://mmsc.example/mms/wapenc"));
        MmscTarget direct = MmscTarget.of("http://mmsc.example/mms/wapenc", "");
        MmscTarget proxied = MmscTarget.of("http://mmsc.example/mms/wapenc", "10.1.1.1:8080");
        assertTrue(Remedies.httpRefusal(direct, 404, s).orElseThrow().problem()
                .startsWith("there is no MMSC at /mms/wapenc on mmsc.example:80"));
        assertTrue(Remedies.httpRefusal(direct, 403, s).orElseThrow().fix().contains("mmsys.mms.user-agent"));
        assertTrue(Remedies.httpRefusal(proxied, 502, s).orElseThrow().problem()
                .startsWith("the MMS proxy 10.1.1.1:8080 cannot reach the MMSC mmsc.example"));
        assertEquals(Optional.empty(), Remedies.httpRefusal(direct, 502, s), "the MMSC itself failing still answers");
        assertEquals(Optional.empty(), Remedies.httpRefusal(direct, 200, s));
        assertEquals(Optional.empty(), Remedies.httpRefusal(direct, 400, s));
    }

    @Test
    void aPortIsReplacedAndPort80Dropped() {
        assertEquals("http://h/p?q", Remedies.withPort(URI.create("http://h:8080/p?q"), 80));
        assertEquals("http://h:8080/p", Remedies.withPort(URI.create("http://h/p"), 8080));
    }
}
