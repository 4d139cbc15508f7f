package dev.mmsys.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CarrierMatcherTest {

    static final CarrierMatcher SHIPPED = new CarrierMatcher(CarrierCatalog.load(CarrierCatalogLoaderTest.SHIPPED));

    /** The emulator's Mint SIM: a T-Mobile IMSI with Mint's GID1. */
    static final SimIdentity EMULATOR_MINT = SimIdentity.builder("310260000000001").gid1("756D").build();
    /** The emulator's "ideal" SIM: plain T-Mobile, no GID1. */
    static final SimIdentity EMULATOR_IDEAL = SimIdentity.ofImsi("310260000000002");

    @Test
    void theEmulatorsMintSimSelectsMintOverItsHostNetwork() {
        CarrierMatch m = SHIPPED.match(EMULATOR_MINT);
        assertEquals(CarrierMatch.Outcome.MATCHED, m.outcome());
        assertEquals("mint", m.profile().orElseThrow().id());
        assertEquals("t-mobile-us", m.hits().get(1).profile().id(), "the host network also matched, ranked lower");
        String why = m.explain();
        assertTrue(why.contains("'mint' (Mint Mobile), rule 1"), why);
        assertTrue(why.contains("GID1 756D"), why);
        assertTrue(why.contains("'t-mobile-us'") && why.contains("an MVNO's own rule wins"), why);
        assertTrue(why.contains("IMSI 310-260-*********"), "the subscriber part is hidden: " + why);
        assertTrue(!why.contains("000000001"), why);
    }

    @Test
    void mintFromTheRawModemAnswersAsTheModemLayerWillPassThem() {
        SimIdentity sim = SimIdentity.builder(SimAnswers.imsi("AT+CIMI\r\r\n310260000000001\r\n\r\nOK\r\n"))
                .gid1(SimAnswers.fileContent(ElementaryFile.GID1, "\r\n+CRSM: 144,0,\"756DFFFFFFFFFFFF\"\r\n\r\nOK")
                        .flatMap(SimFiles::gid1).orElse(null))
                .spn(SimAnswers.fileContent(ElementaryFile.SPN, "+CRSM: 106,130\r\nOK")
                        .map(h -> SimFiles.spn(h).name()).orElse(null))
                .operatorName(SimAnswers.operator("+COPS: 0,0,\"Mint\",7\r\nOK").name().orElse(null))
                .build();
        assertEquals("mint", SHIPPED.match(sim).profile().orElseThrow().id());
        assertEquals(Optional.empty(), sim.spn());
    }

    @Test
    void mintOnTheOtherTMobileNetworkCode() {
        assertEquals("mint", id(SimIdentity.builder("310240123456789").gid1("756DFFFF").build()));
    }

    @Test
    void theEmulatorsIdealSimIsTMobile() {
        CarrierMatch m = SHIPPED.match(EMULATOR_IDEAL);
        assertEquals("t-mobile-us", m.profile().orElseThrow().id());
        assertEquals(1, m.hits().size());
        assertEquals("t-mobile-us", id(SimIdentity.builder("310260000000002").gid1("FFFFFFFF").build()),
                "an all-padding GID1 is no GID1");
    }

    @Test
    void tMobileMvnosByGid1AndImsiPrefix() {
        assertEquals("metro", id(SimIdentity.builder("310260555555555").gid1("6D38").build()));
        assertEquals("google-fi", id(SimIdentity.ofImsi("310260971234567")));
        assertEquals("google-fi", id(SimIdentity.builder("310240123456789").gid1("4276").build()));
        assertEquals("us-mobile", id(SimIdentity.builder("310240123456789").gid1("6901").build()));
        assertEquals("ting", id(SimIdentity.builder("310240123456789").gid1("6430").build()));
        assertEquals("ting-legacy", id(SimIdentity.builder("310260123456789").gid1("6135").build()));
    }

    @Test
    void oneGid1OnTwoHostNetworksGoesByNetwork() {
        assertEquals("red-pocket-tmo", id(SimIdentity.builder("310260123456789").gid1("4201").build()));
        assertEquals("red-pocket-att", id(SimIdentity.builder("310410123456789").gid1("4201").build()));
        assertEquals("red-pocket-att-reseller", id(SimIdentity.builder("310280123456789").gid1("4201").build()));
    }

    @Test
    void aGid1RuleWithPaddingMatchesTheTrimmedSimValueOnly() {
        // rule 20FF; the SIM's file holds 20FFFF…, read as GID1 20
        assertEquals("us-mobile-att", id(SimIdentity.builder("310410123456789").gid1("20FFFFFF").build()));
        assertEquals("att", id(SimIdentity.builder("310410123456789").gid1("2001").build()));
    }

    @Test
    void hostNetworksAndOtherCountries() {
        assertEquals("att", id(SimIdentity.ofImsi("310410123456789")));
        assertEquals("cricket", id(SimIdentity.ofImsi("310150123456789")));
        assertEquals("verizon", id(SimIdentity.ofImsi("311480123456789")));
        assertEquals("visible", id(SimIdentity.builder("311480123456789").gid1("BAE1000000000000").build()));
        assertEquals("vodafone-uk", id(SimIdentity.ofImsi("234150123456789")));
        assertEquals("telekom-de", id(SimIdentity.ofImsi("262011234567890")));
        assertEquals("bell-ca", id(SimIdentity.ofImsi("302610123456789")));
    }

    @Test
    void theMncLengthFromEfAdDecidesOverTheNumberingPlan() {
        SimIdentity twoDigit = SimIdentity.builder("310260000000001").mncLength(2).gid1("756D").build();
        assertEquals("310-26", twoDigit.plmn().toString());
        assertEquals(CarrierMatch.Outcome.NO_MATCH, SHIPPED.match(twoDigit).outcome());
        assertEquals("234-15", SimIdentity.ofImsi("234150123456789").plmn().toString());
        assertEquals("310-260", SimIdentity.ofImsi("310260123456789").plmn().toString());
    }

    @Test
    void unknownNetworkExplainsWhatWasRead() {
        CarrierMatch m = SHIPPED.match(SimIdentity.builder("208011234567890").spn("Orange F").build());
        assertEquals(CarrierMatch.Outcome.NO_MATCH, m.outcome());
        assertEquals(Optional.empty(), m.profile());
        assertTrue(m.explain().contains("No profile in config/carriers.yaml matches network 208-01"), m.explain());
        assertTrue(m.explain().contains("SPN \"Orange F\""), m.explain());
    }

    @Test
    void anMvnoOnlyNetworkNamesTheNearMisses() {
        CarrierMatcher only = new CarrierMatcher(catalog(profile("a", "      - plmn: [310-410]\n        gid1: \"4201\"\n")));
        CarrierMatch m = only.match(SimIdentity.builder("310410123456789").gid1("9999").build());
        assertEquals(CarrierMatch.Outcome.NO_MATCH, m.outcome());
        assertTrue(m.explain().contains("a (needs gid1 4201)"), m.explain());
    }

    @Test
    void equallySpecificMatchesAreAmbiguousNotFileOrder() {
        String rule = "      - plmn: [310-260]\n        gid1: 756D\n";
        CarrierMatcher twice = new CarrierMatcher(catalog(profile("a", rule) + profile("b", rule)));
        CarrierMatch m = twice.match(EMULATOR_MINT);
        assertEquals(CarrierMatch.Outcome.AMBIGUOUS, m.outcome());
        assertEquals(Optional.empty(), m.profile());
        assertTrue(m.explain().contains("Set mmsys.carrier to the right one of: a, b"), m.explain());
    }

    @Test
    void moreAttributesThenLongerPrefixesWin() {
        CarrierMatcher c = new CarrierMatcher(catalog(
                profile("short", "      - plmn: [310-260]\n        gid1: 6D\n")
                + profile("long", "      - plmn: [310-260]\n        gid1: 6D38\n")
                + profile("spn-too", "      - plmn: [310-260]\n        gid1: 6D\n        spn: Metro\n")
                + profile("iccid", "      - plmn: [310-260]\n        iccid-prefix: \"8901260\"\n")));
        assertEquals("long", c.match(SimIdentity.builder("310260123456789").gid1("6D38").build())
                .profile().orElseThrow().id());
        assertEquals("spn-too", c.match(SimIdentity.builder("310260123456789").gid1("6D38").spn("metro").build())
                .profile().orElseThrow().id(), "SPN matches ignoring case");
        assertEquals("iccid", c.match(SimIdentity.builder("310260123456789").iccid("8901260123456789012").build())
                .profile().orElseThrow().id());
    }

    private static String id(SimIdentity sim) {
        CarrierMatch m = SHIPPED.match(sim);
        return m.profile().orElseThrow(() -> new AssertionError(m.explain())).id();
    }

    static CarrierCatalog catalog(String profiles) {
        return CarrierCatalog.parse("profiles:\n" + profiles, "test.yaml");
    }

    static String profile(String id, String rules) {
        return "  - id: " + id + "\n    name: " + id + "\n    match:\n" + rules + """
                    apn: internet
                    pdp-type: IPV4V6
                    mmsc: http://mmsc.example.com
                    proxy: none
                    max-message-size: 300KB
                    max-image-dimensions: 640x480
                    user-agent: Android-Mms/2.0
                    uaprof: http://www.google.com/oha/rdf/ua-profile-kila.xml
                """;
    }
}
