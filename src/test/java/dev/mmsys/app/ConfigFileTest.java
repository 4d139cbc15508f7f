package dev.mmsys.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.emulator.EmulatorProfiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** config/application.properties documents every key, with the built-in defaults as its values. */
class ConfigFileTest {

    private static final Path FILE = Path.of("config", "application.properties");

    @Test
    void everyKeyIsInTheFileWithACommentAndItsDefault() throws Exception {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        Map<String, String> inFile = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String key = l.substring(0, l.indexOf('=')).strip();
            inFile.put(key, l.substring(l.indexOf('=') + 1).strip());
            int j = i - 1;
            while (j >= 0 && !lines.get(j).startsWith("#") && !lines.get(j).isBlank()) {
                j--;
            }
            assertTrue(j >= 0 && lines.get(j).startsWith("#"), key + " has no comment above it");
        }
        assertEquals(MmsysConfig.DEFAULTS.keySet(), inFile.keySet(), "keys in the file vs the built-in defaults");
        MmsysConfig.DEFAULTS.forEach((k, v) -> assertEquals(v, inFile.get(k), k + ": file value vs built-in default"));
    }

    @Test
    void theEmulatorProfilesListedAreTheOnesThatExist() throws Exception {
        String text = Files.readString(FILE);
        for (String name : EmulatorProfiles.names()) {
            assertTrue(text.contains(name), "config/application.properties does not mention emulator profile " + name);
        }
    }
}
