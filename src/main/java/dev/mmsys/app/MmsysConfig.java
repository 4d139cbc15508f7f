package dev.mmsys.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * MMSYS settings: the properties file, then environment variables, then {@code -D} system properties, then
 * explicit overrides ({@code --set key=value} and the CLI's named options), each layer winning over the one
 * before. Camel's own {@code camel.*} keys live in the same file and are passed through untouched.
 *
 * <p>An environment variable overrides a key when its name is the key upper-cased with dots and dashes turned
 * into underscores ({@code MMSYS_MODEM_PORT} for {@code mmsys.modem.port}). Only keys known from the file or
 * from {@link #DEFAULTS} are looked up this way, so the mapping is never ambiguous.
 */
public final class MmsysConfig {

    public static final Path DEFAULT_FILE = Path.of("config", "application.properties");

    /** Built-in defaults: a fresh clone runs on the emulator without any file. */
    public static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("mmsys.modem.port", "emulator");
        d.put("mmsys.modem.baud-rate", "115200");
        d.put("mmsys.modem.emulator-profile", "ideal");
        d.put("mmsys.carrier", "auto");
        d.put("mmsys.carriers-file", "config/carriers.yaml");
        d.put("mmsys.apn", "");
        d.put("mmsys.apn-user", "");
        d.put("mmsys.apn-password", "");
        d.put("mmsys.pdp-type", "");
        d.put("mmsys.mmsc.url", "");
        d.put("mmsys.mmsc.proxy", "");
        d.put("mmsys.mms.max-size", "");
        d.put("mmsys.mms.version", "1.2");
        d.put("mmsys.mms.user-agent", "");
        d.put("mmsys.mms.uaprof", "");
        d.put("mmsys.fallback", "sms");
        d.put("mmsys.sms-threshold", "0");
        d.put("mmsys.sms.max-parts", "20");
        d.put("mmsys.sms.national-languages", "");
        d.put("mmsys.sms.transliterate", "false");
        d.put("mmsys.sms.reference-bits", "8");
        d.put("mmsys.sms.status-report", "false");
        d.put("mmsys.sms.validity", "");
        d.put("mmsys.sms.smsc", "");
        d.put("mmsys.retry.attempts", "3");
        d.put("mmsys.retry.initial-delay", "2s");
        d.put("mmsys.retry.multiplier", "2");
        d.put("mmsys.delivery.max-waiting", "20000");
        d.put("mmsys.default-region", "US");
        d.put("mmsys.spool.dir", "spool");
        d.put("mmsys.spool.keep-days", "90");
        d.put("mmsys.outbox.min-age", "1s");
        d.put("mmsys.outbox.poll-interval", "500ms");
        d.put("mmsys.rest.token", "");
        d.put("mmsys.rest.max-body-size", "2MB");
        d.put("mmsys.queue.enabled", "false");
        d.put("mmsys.queue.url", "tcp://localhost:61616");
        d.put("mmsys.queue.name", "mmsys.outbox");
        d.put("mmsys.queue.dead-letter", "mmsys.outbox.dead");
        d.put("mmsys.queue.username", "");
        d.put("mmsys.queue.password", "");
        d.put("camel.server.host", "127.0.0.1");
        d.put("camel.server.port", "8080");
        DEFAULTS = Collections.unmodifiableMap(d);
    }

    private final Path source;
    private final Map<String, String> values;

    private MmsysConfig(Path source, Map<String, String> values) {
        this.source = source;
        this.values = values;
    }

    /**
     * Loads {@code file} (the default file may be missing; an explicitly named one may not) and applies the
     * environment, system properties and {@code overrides}.
     */
    public static MmsysConfig load(Path file, boolean explicit, Map<String, String> overrides) {
        return load(file, explicit, overrides, System.getenv(), System.getProperties());
    }

    static MmsysConfig load(Path file, boolean explicit, Map<String, String> overrides,
                            Map<String, String> env, Properties system) {
        Map<String, String> v = new LinkedHashMap<>(DEFAULTS);
        Properties fromFile = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            fromFile.load(r);
        } catch (NoSuchFileException e) {
            if (explicit) {
                throw new ConfigException(file + ": no such configuration file; check the --config path");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file + ": cannot read the configuration (" + e.getMessage() + ")");
        }
        for (String k : fromFile.stringPropertyNames()) {
            v.put(k, fromFile.getProperty(k).strip());
        }
        for (String k : Set.copyOf(v.keySet())) {
            String e = env.get(envName(k));
            if (e != null) {
                v.put(k, e.strip());
            }
        }
        for (String k : system.stringPropertyNames()) {
            if (k.startsWith("mmsys.") || k.startsWith("camel.")) {
                v.put(k, system.getProperty(k).strip());
            }
        }
        v.putAll(overrides);
        return new MmsysConfig(file, Collections.unmodifiableMap(v));
    }

    /** Defaults only (tests, and commands that must work without a file). */
    public static MmsysConfig defaults() {
        return new MmsysConfig(Path.of("(built-in defaults)"), DEFAULTS);
    }

    /** A copy with {@code overrides} applied on top. */
    public MmsysConfig with(Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.putAll(overrides);
        return new MmsysConfig(source, Collections.unmodifiableMap(v));
    }

    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Path source() {
        return source;
    }

    /** Every key and value, in load order (camel.* included). */
    public Map<String, String> asMap() {
        return values;
    }

    public Set<String> keys() {
        return new TreeSet<>(values.keySet());
    }

    /** The value, or "" when the key is unset or blank. */
    public String get(String key) {
        String s = values.get(key);
        return s == null ? "" : s;
    }

    public boolean isSet(String key) {
        return !get(key).isEmpty();
    }

    public int getInt(String key) {
        String s = get(key);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number");
        }
    }

    public long getLong(String key) {
        String s = get(key);
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number");
        }
    }

    public double getDouble(String key) {
        try {
            return Double.parseDouble(get(key));
        } catch (NumberFormatException e) {
            throw invalid(key, "a number");
        }
    }

    public boolean getBoolean(String key) {
        String s = get(key).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0", "" -> false;
            default -> throw invalid(key, "true or false");
        };
    }

    /** A path setting: absolute as given, relative ones against the MMSYS home ({@link MmsysHome}). */
    public Path getPath(String key) {
        String s = get(key);
        if (s.isEmpty()) {
            throw invalid(key, "a path");
        }
        try {
            return MmsysHome.resolve(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw invalid(key, "a valid path");
        }
    }

    /** A size such as {@code 300000}, {@code 300KB}, {@code 1MB} (1 KB = 1024 octets, as carriers state them). */
    public long getSize(String key) {
        return parseSize(key, get(key));
    }

    /** A duration such as {@code 2s}, {@code 500ms}, {@code 1m}, or plain milliseconds. */
    public Duration getDuration(String key) {
        return parseDuration(key, get(key));
    }

    /** The value, which must be one of {@code allowed} (compared without case); returned upper-cased as given there. */
    public String getChoice(String key, String... allowed) {
        String s = get(key);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(s)) {
                return a;
            }
        }
        throw invalid(key, "one of " + String.join(", ", allowed));
    }

    long parseSize(String key, String s) {
        String t = s.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long mult = 1;
        if (t.endsWith("KB") || t.endsWith("K")) {
            mult = 1024;
            t = t.substring(0, t.length() - (t.endsWith("KB") ? 2 : 1));
        } else if (t.endsWith("MB") || t.endsWith("M")) {
            mult = 1024 * 1024;
            t = t.substring(0, t.length() - (t.endsWith("MB") ? 2 : 1));
        } else if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n < 0) {
                throw invalid(key, "a size such as 300KB or 1048576");
            }
            return n * mult;
        } catch (NumberFormatException e) {
            throw invalid(key, "a size such as 300KB or 1048576");
        }
    }

    Duration parseDuration(String key, String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            } else if (t.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
            }
            return Duration.ofMillis(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw invalid(key, "a duration such as 2s, 500ms or 1m");
        }
    }

    private ConfigException invalid(String key, String expected) {
        return new ConfigException(key + "=" + get(key) + " (from " + source + " or an override) is not "
                + expected + "; fix the value");
    }

    /** Reads a classpath resource as UTF-8 (used for built-in data files). */
    public static String resource(String name) {
        try (InputStream in = MmsysConfig.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A configuration value that cannot be used; the message names the key and the fix. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }
    }
}
