package dev.mmsys.sms;

import java.util.List;

/**
 * Look-alike characters replaced so that a text stays in GSM 7-bit: what was replaced, by what, how often.
 * Empty when nothing was replaced (or transliteration was off or not needed).
 */
public record Transliteration(List<Substitution> substitutions) {

    public static final Transliteration NONE = new Transliteration(List.of());

    public Transliteration {
        substitutions = List.copyOf(substitutions);
    }

    /** {@code from} (one character) became {@code to} (possibly empty or several characters) {@code count} times. */
    public record Substitution(String from, String to, int count) {
    }

    public boolean isEmpty() {
        return substitutions.isEmpty();
    }

    /** Total characters replaced. */
    public int count() {
        return substitutions.stream().mapToInt(Substitution::count).sum();
    }

    /** E.g. {@code ’→' ×2, …→... ×1}, with invisible characters shown as U+ code points. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Substitution s : substitutions) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(visible(s.from())).append('→').append(s.to().isEmpty() ? "(removed)" : visible(s.to()))
                    .append(" ×").append(s.count());
        }
        return sb.toString();
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("U+%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
