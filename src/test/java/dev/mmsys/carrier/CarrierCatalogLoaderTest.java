package dev.mmsys.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarrierCatalogLoaderTest {

    static final Path SHIPPED = Path.of("config", "carriers.yaml");

    /** A valid one-profile file; tests change one line of it. */
    static final String VALID = """
            profiles:
              - id: example
                name: Example Mobile
                match:
                  - plmn: [310-260]
                    gid1: 756D
                apn: Wholesale
                pdp-type: IPV4V6
                mmsc: http://mms.example.com/mms/wapenc
                proxy: none
                max-message-size: 1MB
                max-image-dimensions: 2592x1944
                user-agent: Android-Mms/2.0
                uaprof: http://www.google.com/oha/rdf/ua-profile-kila.xml
            """;

    @TempDir
    Path dir;

    @Test
    void theShippedFileLoadsWithEveryRequiredCarrier() {
        CarrierCatalog c = CarrierCatalog.load(SHIPPED);
        for (String id : List.of("t-mobile-us", "mint", "metro", "att", "cricket", "red-pocket-tmo",
                "red-pocket-att", "verizon", "visible", "us-mobile", "google-fi", "ting")) {
            assertTrue(c.byId(id).isPresent(), id + " is missing from " + SHIPPED);
        }
        long outsideUs = c.profiles().stream()
                .filter(p -> p.match().stream().flatMap(r -> r.plmns().stream())
                        .noneMatch(n -> n.mcc().startsWith("31")))
                .count();
        assertTrue(outsideUs >= 3, "profiles outside the US: " + outsideUs);
    }

    @Test
    void theShippedMintProfileHasTheKnownFacts() {
        CarrierProfile mint = CarrierCatalog.load(SHIPPED).byId("mint").orElseThrow();
        assertEquals("Wholesale", mint.apn());
        assertEquals(PdpType.IPV4V6, mint.pdpType());
        assertEquals(URI.create("http://wholesale.mmsmvno.com/mms/wapenc"), mint.mmscUrl());
        assertEquals(Optional.empty(), mint.proxy(), "Mint has no proxy, so port 8080 must not appear");
        assertEquals(80, MmsValues.port(mint.mmscUrl()));
        assertEquals(Optional.of("756D"), mint.match().get(0).gid1());
        assertEquals(1024 * 1024, mint.maxMessageSize());
        assertEquals(mint.maxMessageSize(), mint.maxImageSize(), "max-image-size defaults to the message size");
        assertEquals(new ImageDimensions(2592, 1944), mint.maxImage());
        assertTrue(mint.isUnconfirmed("uaprof"));
        assertFalse(mint.isUnconfirmed("apn"));
    }

    @Test
    void theShippedAttProfileUsesItsProxy() {
        CarrierProfile att = CarrierCatalog.load(SHIPPED).byId("att").orElseThrow();
        assertEquals(Optional.of(new MmsProxy("proxy.mobile.att.net", 80)), att.proxy());
    }

    @Test
    void validTextParsesAndKeepsFileOrder() {
        CarrierCatalog c = CarrierCatalog.parse(VALID + VALID.replace("profiles:\n", "")
                .replace("id: example", "id: second"), "test.yaml");
        assertEquals(List.of("example", "second"), c.ids());
        assertEquals("test.yaml", c.source());
    }

    @Test
    void unknownFieldNamesFileLineProfileAndField() {
        var e = fails(VALID.replace("    apn: Wholesale", "    apn: Wholesale\n    mms-port: 8080"));
        assertEquals(8, e.line());
        assertEquals(Optional.of("example"), e.profile());
        assertEquals(Optional.of("mms-port"), e.field());
        assertTrue(e.getMessage().startsWith("test.yaml:8: profile 'example', field 'mms-port': unknown field"),
                e.getMessage());
    }

    @Test
    void unknownRuleFieldAndTopLevelFieldAreErrors() {
        assertEquals(Optional.of("gid2"), fails(VALID.replace("gid1: 756D", "gid2: 756D")).field());
        assertEquals(Optional.of("carriers"), fails("carriers: []\n" + VALID).field());
    }

    @Test
    void missingRequiredFieldIsNamed() {
        var e = fails(VALID.replace("    apn: Wholesale\n", ""));
        assertEquals(Optional.of("apn"), e.field());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        assertEquals(Optional.of("match"), fails(VALID.replaceAll("(?s)    match:.*?756D\n", "")).field());
        var noId = fails(VALID.replace("  - id: example\n    name", "  - name"));
        assertEquals(Optional.of("#1"), noId.profile());
    }

    @Test
    void badValuesAreNamedWithTheFix() {
        assertField("mmsc", VALID.replace("http://mms.example.com", "https://mms.example.com"), "http://");
        assertField("mmsc", VALID.replace("http://mms.example.com/mms/wapenc", "mms.example.com"), "http://");
        assertField("uaprof", VALID.replace("uaprof: http://www.google.com", "uaprof: ftp://www.google.com"), "URL");
        assertField("max-message-size", VALID.replace("1MB", "lots"), "300KB");
        assertField("max-message-size", VALID.replace("1MB", "0"), "1 octet");
        assertField("max-image-dimensions", VALID.replace("2592x1944", "2592"), "WIDTHxHEIGHT");
        assertField("pdp-type", VALID.replace("pdp-type: IPV4V6", "pdp-type: IPV5"), "IP, IPV6 or IPV4V6");
        assertField("proxy", VALID.replace("proxy: none", "proxy: proxy.example.com"), "host:port");
        assertField("apn", VALID.replace("apn: Wholesale", "apn: 'Whole\"sale'"), "letters, digits");
        assertField("user-agent", VALID.replace("Android-Mms/2.0", "\"a\\nb\""), "one line");
        assertField("plmn", VALID.replace("310-260", "31026"), "MCC-MNC");
        assertField("plmn", VALID.replace("310-260", "310-26"), "3-digit MNCs");
        assertField("gid1", VALID.replace("gid1: 756D", "gid1: 75GD"), "hex");
        assertField("imsi-prefix", VALID.replace("gid1: 756D", "imsi-prefix: \"23415\""), "6 to 15 digits");
        assertField("imsi-prefix", VALID.replace("gid1: 756D", "imsi-prefix: \"234150\""), "can never match");
        assertField("apn-password", VALID.replace("apn: Wholesale", "apn: Wholesale\n    apn-user: wap"),
                "both");
        assertField("max-image-size", VALID.replace("max-message-size: 1MB",
                "max-message-size: 300KB\n    max-image-size: 1MB"), "larger than max-message-size");
        assertField("unconfirmed", VALID + "    unconfirmed: [colour]\n", "not a setting field");
        assertField("unconfirmed", VALID + "    unconfirmed: [apn-user]\n", "does not set it");
        assertField("id", VALID.replace("id: example", "id: Example"), "lower-case");
        assertField("id", VALID.replace("id: example", "id: auto"), "not 'auto'");
        assertField("name", VALID.replace("name: Example Mobile", "name:"), "is empty");
    }

    @Test
    void duplicateIdsAndDuplicateKeysAreErrors() {
        var dup = fails(VALID + VALID.replace("profiles:\n", ""));
        assertEquals(Optional.of("id"), dup.field());
        assertTrue(dup.getMessage().contains("line 2"), dup.getMessage());
        var twice = fails(VALID.replace("    apn: Wholesale", "    apn: Wholesale\n    apn: Other"));
        assertEquals(Optional.of("apn"), twice.field());
        assertTrue(twice.getMessage().contains("appears twice"), twice.getMessage());
    }

    @Test
    void brokenYamlAndWrongShapesGiveALine() {
        var yaml = fails(VALID.replace("    apn: Wholesale", "    apn: [Wholesale"));
        assertTrue(yaml.line() > 0, yaml.getMessage());
        assertTrue(yaml.getMessage().contains("not valid YAML"), yaml.getMessage());
        assertTrue(fails("").getMessage().contains("empty"));
        assertTrue(fails("- a\n- b\n").getMessage().contains("mapping"));
        assertEquals(Optional.of("match"), fails(VALID.replaceAll("(?s)    match:.*?756D\n", "    match: []\n"))
                .field());
        assertEquals(Optional.of("apn"), fails(VALID.replace("apn: Wholesale", "apn: [a, b]")).field());
    }

    @Test
    void fileErrorsNameTheFileAndTheFix() throws Exception {
        Path missing = dir.resolve("nope.yaml");
        var e = assertThrows(CarrierCatalogException.class, () -> CarrierCatalog.load(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such file"), e.getMessage());
        assertTrue(e.getMessage().contains("mmsys.carriers-file"), e.getMessage());

        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, VALID.replace("Example Mobile", "Télé").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(CarrierCatalogException.class, () -> CarrierCatalog.load(latin1))
                .getMessage().contains("UTF-8"));

        Path good = dir.resolve("good.yaml");
        Files.writeString(good, VALID);
        assertEquals(good.toString(), CarrierCatalog.load(good).source());
    }

    private static void assertField(String field, String yaml, String hint) {
        var e = fails(yaml);
        assertEquals(Optional.of(field), e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(hint), "'" + hint + "' not in: " + e.getMessage());
        assertTrue(e.line() > 0, "no line in: " + e.getMessage());
    }

    private static CarrierCatalogException fails(String yaml) {
        return assertThrows(CarrierCatalogException.class, () -> CarrierCatalog.parse(yaml, "test.yaml"));
    }
}
