package dev.mmsys.carrier;

import java.util.Optional;

/**
 * The carriers file cannot be used: unreadable, not YAML, or a profile with an unknown key, a missing
 * required field or a bad value. The message starts with {@code FILE:LINE: profile 'ID', field 'NAME':}
 * as far as those are known.
 */
public final class CarrierCatalogException extends CarrierException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String profile;
    private final String field;

    CarrierCatalogException(String source, int line, String profile, String field, String problem) {
        super(prefix(source, line, profile, field) + problem);
        this.source = source;
        this.line = line;
        this.profile = profile;
        this.field = field;
    }

    CarrierCatalogException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = 0;
        this.profile = null;
        this.field = null;
    }

    private static String prefix(String source, int line, String profile, String field) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (profile != null) {
            b.append("profile '").append(profile).append("', ");
        }
        if (field != null) {
            b.append("field '").append(field).append("': ");
        }
        return b.toString();
    }

    /** The file (or name) the catalog came from. */
    public String source() {
        return source;
    }

    /** 1-based line of the fault, 0 when unknown. */
    public int line() {
        return line;
    }

    public Optional<String> profile() {
        return Optional.ofNullable(profile);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
