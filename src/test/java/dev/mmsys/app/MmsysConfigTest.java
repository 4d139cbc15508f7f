package dev.mmsys.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmsysConfigTest {

    @TempDir
    Path dir;

    @Test
    void layersApplyInOrderFileEnvSystemOverrides() throws Exception {
        Path f = dir.resolve("app.properties");
        Files.writeString(f, "mmsys.modem.port=/dev/ttyUSB2\nmmsys.apn=Wholesale\nmmsys.fallback=none\ncamel.main.name=x\n");
        Properties sys = new Properties();
        sys.setProperty("mmsys.fallback", "sms");
        MmsysConfig c = MmsysConfig.load(f, true, Map.of("mmsys.pdp-type", "IPV4V6"),
                Map.of("MMSYS_APN", "fast.t-mobile.com", "MMSYS_MODEM_PORT", "tcp://h:1"), sys);
        assertEquals("tcp://h:1", c.get("mmsys.modem.port"));   // env beats file
        assertEquals("fast.t-mobile.com", c.get("mmsys.apn"));
        assertEquals("sms", c.get("mmsys.fallback"));           // -D beats file
        assertEquals("IPV4V6", c.get("mmsys.pdp-type"));        // override
        assertEquals("x", c.get("camel.main.name"));
        assertEquals("3", c.get("mmsys.retry.attempts"));       // built-in default
    }

    @Test
    void missingDefaultFileIsFineButAnExplicitOneIsNot() {
        Path missing = dir.resolve("nope.properties");
        assertEquals("emulator", MmsysConfig.load(missing, false, Map.of(), Map.of(), new Properties())
                .get("mmsys.modem.port"));
        var e = assertThrows(MmsysConfig.ConfigException.class,
                () -> MmsysConfig.load(missing, true, Map.of(), Map.of(), new Properties()));
        assertTrue(e.getMessage().contains("nope.properties"), e.getMessage());
    }

    @Test
    void typedValuesParseAndBadOnesNameTheKey() {
        MmsysConfig c = MmsysConfig.defaults().with(Map.of("a", "300KB", "b", "1MB", "c", "2s", "d", "500ms",
                "e", "x7", "f", "IPv4v6"));
        assertEquals(300 * 1024, c.getSize("a"));
        assertEquals(1024 * 1024, c.getSize("b"));
        assertEquals(Duration.ofSeconds(2), c.getDuration("c"));
        assertEquals(Duration.ofMillis(500), c.getDuration("d"));
        assertEquals("IPV4V6", c.getChoice("f", "IP", "IPV6", "IPV4V6"));
        var e = assertThrows(MmsysConfig.ConfigException.class, () -> c.getInt("e"));
        assertTrue(e.getMessage().startsWith("e=x7"), e.getMessage());
        assertThrows(MmsysConfig.ConfigException.class, () -> c.getSize("e"));
        assertThrows(MmsysConfig.ConfigException.class, () -> c.getChoice("e", "IP"));
    }

    @Test
    void envNamesAreUpperSnakeCase() {
        assertEquals("MMSYS_SMS_THRESHOLD", MmsysConfig.envName("mmsys.sms-threshold"));
    }
}
