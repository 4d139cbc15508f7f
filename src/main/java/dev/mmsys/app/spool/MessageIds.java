package dev.mmsys.app.spool;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Message ids: UTC time of acceptance plus randomness, e.g. {@code 20261122-031350-k3v9q2xa}; sort by age. */
public final class MessageIds {

    /** What an id may look like; ids from URLs and files are checked against it before any path is built. */
    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageIds() {
    }

    public static String next(Instant now) {
        StringBuilder b = new StringBuilder(TIME.format(now)).append('-');
        long r = RANDOM.nextLong();
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET[(int) (r & 31)]);
            r >>>= 5;
        }
        return b.toString();
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
