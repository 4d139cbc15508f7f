package dev.mmsys.sms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The opt-in "smart" replacement of characters that look like GSM 7-bit ones but are not in its tables (curly
 * quotes, dashes, special spaces, the ellipsis) and of invisible ones (soft hyphen, zero-width space, BOM),
 * which would otherwise force a whole message into UCS-2 and more than double its parts.
 */
public final class Transliterator {

    private static final Map<Character, String> LOOK_ALIKES = new LinkedHashMap<>();

    static {
        for (char c : "‘’‚‛′ʼ".toCharArray()) {
            LOOK_ALIKES.put(c, "'");
        }
        for (char c : "“”„‟″".toCharArray()) {
            LOOK_ALIKES.put(c, "\"");
        }
        for (char c : "‐‑‒–—―−".toCharArray()) {
            LOOK_ALIKES.put(c, "-");
        }
        for (char c = '\u2000'; c <= '\u200A'; c++) {          // en quad … hair space
            LOOK_ALIKES.put(c, " ");
        }
        LOOK_ALIKES.put('\u00A0', " ");                         // no-break space
        LOOK_ALIKES.put('\u202F', " ");                         // narrow no-break space
        LOOK_ALIKES.put('\u205F', " ");                         // medium mathematical space
        LOOK_ALIKES.put('…', "...");
        LOOK_ALIKES.put('\u00AD', "");                          // soft hyphen
        LOOK_ALIKES.put('\u200B', "");                          // zero-width space
        LOOK_ALIKES.put('\uFEFF', "");                          // byte order mark / zero-width no-break space
    }

    private Transliterator() {
    }

    /** The text with every look-alike replaced, and what was replaced. */
    public static Result apply(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        Map<Character, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = LOOK_ALIKES.get(c);
            if (r == null) {
                sb.append(c);
            } else {
                sb.append(r);
                counts.merge(c, 1, Integer::sum);
            }
        }
        List<Transliteration.Substitution> subs = new ArrayList<>();
        counts.forEach((c, n) -> subs.add(new Transliteration.Substitution(String.valueOf(c), LOOK_ALIKES.get(c), n)));
        return new Result(sb.toString(), new Transliteration(subs));
    }

    /** The replaced text and the record of what changed. */
    public record Result(String text, Transliteration transliteration) {
    }
}
