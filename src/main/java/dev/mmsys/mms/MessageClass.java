package dev.mmsys.mms;

import java.util.Locale;

/** X-Mms-Message-Class (§7.3.27): one of the four class identifiers, or any token text. */
public record MessageClass(String name, int code) {

    public static final MessageClass PERSONAL = new MessageClass("personal", 128);
    public static final MessageClass ADVERTISEMENT = new MessageClass("advertisement", 129);
    public static final MessageClass INFORMATIONAL = new MessageClass("informational", 130);
    public static final MessageClass AUTO = new MessageClass("auto", 131);

    /** A class by name: the identifier's code for the four known ones, token text otherwise. */
    public static MessageClass of(String name) {
        MessageClass known = known(name);
        return known != null ? known : new MessageClass(Texts.requireNonEmptyText("message class", name), -1);
    }

    /** A class token as decoded: like {@link #of}, but any other token is kept as received. */
    static MessageClass decoded(String token) {
        MessageClass known = known(token);
        return known != null ? known : new MessageClass(Texts.requireNonEmptyWireText("message class", token), -1);
    }

    private static MessageClass known(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "personal" -> PERSONAL;
            case "advertisement" -> ADVERTISEMENT;
            case "informational" -> INFORMATIONAL;
            case "auto" -> AUTO;
            default -> null;
        };
    }

    static MessageClass ofCode(int code) {
        return switch (code) {
            case 128 -> PERSONAL;
            case 129 -> ADVERTISEMENT;
            case 130 -> INFORMATIONAL;
            case 131 -> AUTO;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
