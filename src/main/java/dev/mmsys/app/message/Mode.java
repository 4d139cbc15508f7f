package dev.mmsys.app.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a message may travel: MMS first with SMS fallback ({@code auto}), MMS only, or SMS only. */
public enum Mode {
    AUTO, MMS, SMS;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code auto|mms|sms} (any case); null when it is none of them. */
    @JsonCreator
    public static Mode parse(String s) {
        if (s == null) {
            return null;
        }
        for (Mode m : values()) {
            if (m.json().equalsIgnoreCase(s.strip())) {
                return m;
            }
        }
        return null;
    }
}
