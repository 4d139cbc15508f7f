package dev.mmsys.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.MmsysConfig;
import dev.mmsys.app.MmsysConfig.ConfigException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarrierResolverTest {

    static final CarrierResolver RESOLVER = new CarrierResolver(CarrierCatalog.load(CarrierCatalogLoaderTest.SHIPPED));
    static final Optional<SimIdentity> MINT = Optional.of(CarrierMatcherTest.EMULATOR_MINT);
    static final Optional<SimIdentity> UNKNOWN = Optional.of(SimIdentity.ofImsi("208011234567890"));

    @TempDir
    Path dir;

    @Test
    void autoWithTheMintSimTakesEveryValueFromTheMintProfile() {
        MmsSettings s = RESOLVER.resolve(config(Map.of()), MINT);
        assertEquals("auto", s.carrier());
        assertEquals("mint", s.profile().orElseThrow().id());
        assertEquals(CarrierMatch.Outcome.MATCHED, s.match().orElseThrow().outcome());
        assertEquals("Wholesale", s.apn().value());
        assertEquals(PdpType.IPV4V6, s.pdpType().value());
        assertEquals(URI.create("http://wholesale.mmsmvno.com/mms/wapenc"), s.mmscUrl().value());
        assertEquals(Optional.empty(), s.proxy().value());
        assertEquals(1024 * 1024, s.maxMessageSize().value());
        assertEquals("wholesale.mmsmvno.com", s.connectHost());
        assertEquals(80, s.connectPort(), "no proxy: the MMSC URL's own port, not 8080");
        for (Setting<?> v : List.of(s.apn(), s.pdpType(), s.mmscUrl(), s.proxy(), s.maxMessageSize())) {
            assertEquals(Origin.Kind.PROFILE, v.origin().kind());
            assertEquals("carrier profile 'mint' (detected from the SIM)", v.origin().detail());
        }
        assertTrue(s.userAgent().origin().detail().endsWith("value not confirmed by a public source"),
                s.userAgent().origin().detail());
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void theSizeLimitWithoutASimComesFromTheKeyTheNamedProfileOrTheDefault() {
        Setting<Long> none = RESOLVER.maxMessageSizeWithoutSim(config(Map.of()));
        assertEquals(300 * 1024, none.value());
        assertEquals(Origin.Kind.DEFAULT, none.origin().kind());
        Setting<Long> mint = RESOLVER.maxMessageSizeWithoutSim(config(Map.of("mmsys.carrier", "mint")));
        assertEquals(1024 * 1024, mint.value());
        assertEquals("carrier profile 'mint' (mmsys.carrier=mint)", mint.origin().detail());
        assertEquals(RESOLVER.resolve(config(Map.of("mmsys.carrier", "mint")), Optional.empty()).maxMessageSize(),
                mint, "the same as the application resolves at start");
        Setting<Long> cricket = RESOLVER.maxMessageSizeWithoutSim(config(Map.of("mmsys.carrier", "Cricket")));
        assertEquals(300 * 1024, cricket.value());
        assertEquals(Origin.Kind.PROFILE, cricket.origin().kind());
        Setting<Long> set = RESOLVER.maxMessageSizeWithoutSim(config(Map.of("mmsys.carrier", "mint",
                "mmsys.mms.max-size", "500KB")));
        assertEquals(500 * 1024, set.value());
        assertEquals(Origin.Kind.CONFIGURATION, set.origin().kind());
        // auto without the APN and MMSC cannot resolve without the SIM, yet the key alone gives the limit
        Setting<Long> autoSet = RESOLVER.maxMessageSizeWithoutSim(config(Map.of("mmsys.mms.max-size", "2MB")));
        assertEquals(2 * 1024 * 1024, autoSet.value());
        assertEquals("configuration key mmsys.mms.max-size", autoSet.origin().detail());
        Setting<Long> configured = RESOLVER.maxMessageSizeWithoutSim(config(Map.of("mmsys.apn", "internet",
                "mmsys.mmsc.url", "http://mmsc.example/")));
        assertEquals(Origin.Kind.DEFAULT, configured.origin().kind());
        assertThrows(ConfigException.class, () -> RESOLVER.maxMessageSizeWithoutSim(config(Map.of(
                "mmsys.mms.max-size", "0"))));
        var unknown = assertThrows(CarrierResolutionException.class, () -> RESOLVER.maxMessageSizeWithoutSim(
                config(Map.of("mmsys.carrier", "nosuch"))));
        assertTrue(unknown.getMessage().contains("no such carrier profile"), unknown.getMessage());
    }

    @Test
    void everySetKeyWinsOverTheProfileAndSaysSo() {
        MmsSettings s = RESOLVER.resolve(config(Map.of(
                "mmsys.apn", "fast.t-mobile.com", "mmsys.pdp-type", "ipv6",
                "mmsys.mmsc.url", "http://10.0.0.1:8080/mms", "mmsys.mmsc.proxy", "proxy.example.net:3128",
                "mmsys.mms.max-size", "600KB", "mmsys.mms.user-agent", "MMSYS/1.0",
                "mmsys.mms.uaprof", "https://example.net/ua.xml")), MINT);
        assertEquals("fast.t-mobile.com", s.apn().value());
        assertEquals(PdpType.IPV6, s.pdpType().value());
        assertEquals(8080, s.mmscPort());
        assertEquals("proxy.example.net", s.connectHost());
        assertEquals(3128, s.connectPort());
        assertEquals(600 * 1024, s.maxMessageSize().value());
        assertEquals(600 * 1024, s.maxImageSize().value(), "the picture limit never exceeds the message limit");
        assertEquals("MMSYS/1.0", s.userAgent().value());
        assertEquals(URI.create("https://example.net/ua.xml"), s.uaProf().value());
        assertEquals("configuration key mmsys.pdp-type", s.pdpType().origin().detail());
        assertEquals(Origin.Kind.CONFIGURATION, s.proxy().origin().kind());
        assertEquals(Origin.Kind.PROFILE, s.maxImageDimensions().origin().kind());
    }

    @Test
    void proxyNoneRemovesTheProfilesProxy() {
        MmsSettings att = RESOLVER.resolve(config(Map.of("mmsys.carrier", "att")), Optional.empty());
        assertEquals("proxy.mobile.att.net", att.connectHost());
        assertEquals(80, att.connectPort());
        MmsSettings direct = RESOLVER.resolve(config(Map.of("mmsys.carrier", "ATT", "mmsys.mmsc.proxy", "None")),
                Optional.empty());
        assertEquals(Optional.empty(), direct.proxy().value());
        assertEquals("mmsc.mobile.att.net", direct.connectHost());
    }

    @Test
    void aNamedProfileNeedsNoSimButWarnsWhenTheSimLooksOtherwise() {
        MmsSettings s = RESOLVER.resolve(config(Map.of("mmsys.carrier", "t-mobile-us")), MINT);
        assertEquals("t-mobile-us", s.profile().orElseThrow().id());
        assertEquals("carrier profile 't-mobile-us' (mmsys.carrier=t-mobile-us)", s.apn().origin().detail());
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("the SIM matches profile 'mint'"), s.warnings().get(0));
    }

    @Test
    void anUnknownProfileIdListsTheKnownOnes() {
        var e = assertThrows(CarrierResolutionException.class,
                () -> RESOLVER.resolve(config(Map.of("mmsys.carrier", "mint-mobile")), MINT));
        assertTrue(e.getMessage().startsWith("mmsys.carrier=mint-mobile: no such carrier profile"), e.getMessage());
        assertTrue(e.getMessage().contains("use auto or one of: t-mobile-us, mint, metro"), e.getMessage());
    }

    @Test
    void anUnknownSimWithNothingConfiguredSaysWhatToSet() {
        var e = assertThrows(CarrierResolutionException.class, () -> RESOLVER.resolve(config(Map.of()), UNKNOWN));
        String m = e.getMessage();
        assertTrue(m.startsWith("no carrier profile in config/carriers.yaml matches this SIM (IMSI 208-01-"), m);
        assertTrue(m.contains("set mmsys.carrier to one of: t-mobile-us, mint"), m);
        assertTrue(m.contains("or set mmsys.apn and mmsys.mmsc.url"), m);

        var onlyApn = assertThrows(CarrierResolutionException.class,
                () -> RESOLVER.resolve(config(Map.of("mmsys.apn", "orange")), UNKNOWN));
        assertTrue(onlyApn.getMessage().contains("or set mmsys.mmsc.url ("), onlyApn.getMessage());
    }

    @Test
    void anUnreadableSimWithAutoSaysSo() {
        var e = assertThrows(CarrierResolutionException.class,
                () -> RESOLVER.resolve(config(Map.of()), Optional.empty()));
        assertTrue(e.getMessage().startsWith("mmsys.carrier=auto, but the SIM could not be read"), e.getMessage());
    }

    @Test
    void anUnknownSimWithTheEssentialKeysSetUsesDefaultsForTheRest() {
        MmsSettings s = RESOLVER.resolve(config(Map.of("mmsys.apn", "orange.fr",
                "mmsys.mmsc.url", "http://mms.orange.fr")), UNKNOWN);
        assertEquals(Optional.empty(), s.profile());
        assertEquals(CarrierMatch.Outcome.NO_MATCH, s.match().orElseThrow().outcome());
        assertEquals(PdpType.IPV4V6, s.pdpType().value());
        assertEquals(Origin.Kind.DEFAULT, s.pdpType().origin().kind());
        assertEquals(300 * 1024, s.maxMessageSize().value());
        assertEquals(new ImageDimensions(640, 480), s.maxImageDimensions().value());
        assertEquals("Android-Mms/2.0", s.userAgent().value());
        assertEquals(Optional.empty(), s.proxy().value());
    }

    @Test
    void ambiguousProfilesAskForAChoiceAmongTheTiedOnes() {
        String rule = "      - plmn: [310-260]\n        gid1: 756D\n";
        CarrierResolver r = new CarrierResolver(CarrierMatcherTest.catalog(
                CarrierMatcherTest.profile("one", rule) + CarrierMatcherTest.profile("two", rule)
                        + CarrierMatcherTest.profile("other", "      - plmn: [311-480]\n")));
        var e = assertThrows(CarrierResolutionException.class, () -> r.resolve(config(Map.of()), MINT));
        assertTrue(e.getMessage().startsWith("several carrier profiles in test.yaml match this SIM equally well"),
                e.getMessage());
        assertTrue(e.getMessage().contains("set mmsys.carrier to one of: one, two, or set"), e.getMessage());
    }

    @Test
    void badConfigurationValuesNameTheKey() {
        assertKey("mmsys.pdp-type", Map.of("mmsys.pdp-type", "IPV5"), "IP, IPV6 or IPV4V6");
        assertKey("mmsys.apn", Map.of("mmsys.apn", "Whole\"sale"), "letters, digits");
        assertKey("mmsys.mmsc.url", Map.of("mmsys.mmsc.url", "https://mms.example.com"), "http://");
        assertKey("mmsys.mmsc.proxy", Map.of("mmsys.mmsc.proxy", "proxy.example.net"), "host:port");
        assertKey("mmsys.mms.max-size", Map.of("mmsys.mms.max-size", "0"), "1 octet to 100MB");
        assertKey("mmsys.mms.max-size", Map.of("mmsys.mms.max-size", "big"), "size");
        assertKey("mmsys.mms.user-agent", Map.of("mmsys.mms.user-agent", "a\u0007b"), "printable ASCII");
        assertKey("mmsys.mms.uaprof", Map.of("mmsys.mms.uaprof", "not a url"), "URL");
    }

    @Test
    void profileCredentialsGoOnlyWithTheProfilesOwnApn() {
        MmsSettings own = RESOLVER.resolve(config(Map.of("mmsys.carrier", "vodafone-uk")), Optional.empty());
        assertEquals(Optional.of(new ApnCredentials("wap", "wap")), own.apnCredentials().value());
        MmsSettings other = RESOLVER.resolve(config(Map.of("mmsys.carrier", "vodafone-uk",
                "mmsys.apn", "pp.vodafone.co.uk")), Optional.empty());
        assertEquals(Optional.empty(), other.apnCredentials().value());
    }

    @Test
    void describeListsEachValueWithItsOrigin() {
        List<String> lines = RESOLVER.resolve(config(Map.of("mmsys.pdp-type", "IP")), MINT).describe();
        assertEquals("carrier profile = mint (Mint Mobile)  (mmsys.carrier=auto)", lines.get(0));
        assertTrue(lines.contains("PDP type = IP  (configuration key mmsys.pdp-type)"), lines.toString());
        assertTrue(lines.contains("MMSC = http://wholesale.mmsmvno.com/mms/wapenc (TCP port 80)  "
                + "(carrier profile 'mint' (detected from the SIM))"), lines.toString());
        assertTrue(lines.contains("MMS proxy = none  (carrier profile 'mint' (detected from the SIM))"),
                lines.toString());
        assertTrue(lines.contains("max message size = 1 MB (1048576 octets)  "
                + "(carrier profile 'mint' (detected from the SIM))"), lines.toString());
    }

    @Test
    void toMapIsPlainDataForJson() throws Exception {
        MmsSettings s = RESOLVER.resolve(config(Map.of("mmsys.pdp-type", "IP")), MINT);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s.toMap());
        assertTrue(json.contains("\"pdpType\":{\"value\":\"IP\",\"origin\":\"CONFIGURATION\","
                + "\"from\":\"configuration key mmsys.pdp-type\"}"), json);
        assertTrue(json.contains("\"connectPort\":80"), json);
        assertTrue(json.contains("\"outcome\":\"MATCHED\",\"profile\":\"mint\""), json);
        assertTrue(!json.contains("310260000000001"), "no full IMSI in output: " + json);
    }

    @Test
    void aSimIdentityPrintsRedacted() {
        SimIdentity sim = SimIdentity.builder("310260000000001").iccid("8901260123456789012").build();
        assertTrue(!sim.toString().contains("000000001") && !sim.toString().contains("0123456789012"),
                sim.toString());
    }

    @Test
    void fromConfigReadsTheFileTheConfigurationNames() throws Exception {
        Path file = dir.resolve("carriers.yaml");
        Files.writeString(file, "profiles:\n" + CarrierMatcherTest.profile("only", "      - plmn: [208-01]\n"));
        CarrierResolver r = CarrierResolver.fromConfig(config(Map.of("mmsys.carriers-file", file.toString())));
        assertEquals(List.of("only"), r.catalog().ids());
        assertEquals("only", r.resolve(config(Map.of()), UNKNOWN).profile().orElseThrow().id());
        var missing = assertThrows(CarrierCatalogException.class, () -> CarrierResolver.fromConfig(
                config(Map.of("mmsys.carriers-file", dir.resolve("gone.yaml").toString()))));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        assertEquals(List.of("t-mobile-us", "mint"),
                CarrierResolver.fromConfig(MmsysConfig.defaults()).catalog().ids().subList(0, 2));
    }

    private static void assertKey(String key, Map<String, String> settings, String hint) {
        var e = assertThrows(ConfigException.class, () -> RESOLVER.resolve(config(settings), MINT));
        assertTrue(e.getMessage().startsWith(key + "="), e.getMessage());
        assertTrue(e.getMessage().contains(hint), "'" + hint + "' not in: " + e.getMessage());
    }

    @Test
    void aConfiguredApnLoginWinsAndABadOneIsRefusedWithoutEchoingIt() {
        MmsSettings s = RESOLVER.resolve(config(Map.of("mmsys.apn", "mms.example", "mmsys.mmsc.url",
                "http://mmsc.example/mms", "mmsys.apn-user", "wap", "mmsys.apn-password", "s3cret")), UNKNOWN);
        assertEquals(Optional.of(new ApnCredentials("wap", "s3cret")), s.apnCredentials().value());
        assertEquals(Origin.Kind.CONFIGURATION, s.apnCredentials().origin().kind());
        assertTrue(s.describe().stream().anyMatch(l -> l.startsWith("APN credentials = user 'wap', password set")),
                s.describe().toString());
        assertTrue(s.describe().stream().noneMatch(l -> l.contains("s3cret")));

        MmsSettings none = RESOLVER.resolve(config(Map.of("mmsys.apn", "mms.example", "mmsys.mmsc.url",
                "http://mmsc.example/mms")), UNKNOWN);
        assertEquals(Optional.empty(), none.apnCredentials().value());

        ConfigException e = assertThrows(ConfigException.class, () -> RESOLVER.resolve(config(Map.of(
                "mmsys.apn", "a", "mmsys.mmsc.url", "http://m/x", "mmsys.apn-password", "bad\"pass")), UNKNOWN));
        assertTrue(e.getMessage().startsWith("mmsys.apn-user and mmsys.apn-password must be printable ASCII"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("bad"), e.getMessage());
    }

    private static MmsysConfig config(Map<String, String> settings) {
        return MmsysConfig.defaults().with(settings);
    }
}
