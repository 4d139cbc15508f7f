package dev.mmsys.app;

import java.nio.file.Path;

/**
 * Where MMSYS is installed: the launcher passes {@code -Dmmsys.home=<repo root>} so that {@code ./mmsys} works
 * from any directory. Relative paths in the configuration ({@code config/carriers.yaml}, {@code spool}) and the
 * default configuration file resolve against it; without the property, the current directory is the home.
 */
public final class MmsysHome {

    public static final String PROPERTY = "mmsys.home";

    private MmsysHome() {
    }

    public static Path dir() {
        String h = System.getProperty(PROPERTY);
        return Path.of(h == null || h.isBlank() ? "" : h).toAbsolutePath().normalize();
    }

    /** {@code path} itself when absolute, else resolved against the home. */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p.normalize() : dir().resolve(p).normalize();
    }

    /** {@code <home>/config/application.properties}. */
    public static Path defaultConfigFile() {
        return dir().resolve(MmsysConfig.DEFAULT_FILE);
    }
}
