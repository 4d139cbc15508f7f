package dev.mmsys.sms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the most compact encoding for a text and splits it into parts (TS 23.038, TS 23.040 §9.2.3.24):
 * fewest parts first, then fewest octets on the air, then the more widely supported encoding (the default
 * alphabet, national tables, transliterated text, UCS-2, in that order). National tables and transliteration
 * are candidates only when the options allow them. A part never ends between an ESC and the character it
 * escapes, nor between the two halves of a surrogate pair. Counting does not enforce {@code maxParts}; see
 * {@link SmsSubmitComposer}.
 */
public final class SmsSplitter {

    private static final int CONCAT_8BIT_IE_OCTETS = 5;
    private static final int CONCAT_16BIT_IE_OCTETS = 6;
    private static final int NATIONAL_IE_OCTETS = 3;

    private final SmsOptions options;
    private final List<Gsm7Charset> charsets = new ArrayList<>();

    public SmsSplitter(SmsOptions options) {
        this.options = options;
        List<NationalLanguage> languages = options.nationalLanguages().stream()
                .sorted(Comparator.comparingInt(NationalLanguage::id)).toList();
        charsets.add(Gsm7Charset.DEFAULT);
        List<NationalLanguage> locking = new ArrayList<>(List.of(NationalLanguage.DEFAULT));
        languages.stream().filter(NationalLanguage::hasLockingShiftTable).forEach(locking::add);
        List<NationalLanguage> single = new ArrayList<>(List.of(NationalLanguage.DEFAULT));
        single.addAll(languages);
        for (NationalLanguage l : locking) {
            for (NationalLanguage s : single) {
                Gsm7Charset cs = Gsm7Charset.of(l, s);
                if (!charsets.contains(cs)) {
                    charsets.add(cs);
                }
            }
        }
    }

    /** The split of {@code text}; throws {@link EmptyTextException} for an empty one. */
    public SmsSplit split(String text) {
        if (text.isEmpty()) {
            throw new EmptyTextException();
        }
        Candidate best = null;
        for (Gsm7Charset cs : charsets) {
            best = better(best, gsm7(text, cs, Transliteration.NONE));
        }
        if (options.transliterate()) {
            Transliterator.Result t = Transliterator.apply(text);
            if (!t.transliteration().isEmpty() && !t.text().isEmpty()) {
                for (Gsm7Charset cs : charsets) {
                    best = better(best, gsm7(t.text(), cs, t.transliteration()));
                }
            }
        }
        best = better(best, ucs2(text));
        return best.split;
    }

    /** Parts {@code text} needs (the count the app's SMS threshold compares). */
    public int countParts(String text) {
        return split(text).partCount();
    }

    /** A candidate and its air octets; earlier candidates win ties. */
    private record Candidate(SmsSplit split, int airOctets) {
    }

    private static Candidate better(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int byParts = Integer.compare(b.split.partCount(), a.split.partCount());
        if (byParts != 0) {
            return byParts < 0 ? b : a;
        }
        return b.airOctets < a.airOctets ? b : a;
    }

    private Candidate gsm7(String text, Gsm7Charset cs, Transliteration t) {
        int[] cost = new int[text.length()];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = cs.septets(text.charAt(i));
            if (cost[i] == 0) {
                return null;
            }
        }
        int national = (cs.locking() != NationalLanguage.DEFAULT ? NATIONAL_IE_OCTETS : 0)
                + (cs.singleShift() != NationalLanguage.DEFAULT ? NATIONAL_IE_OCTETS : 0);
        int singleHeader = national == 0 ? 0 : 1 + national;
        int concatHeader = 1 + national + concatIeOctets();
        int max = SmsPduEncoder.MAX_USER_DATA_SEPTETS;
        Layout layout = layout(text, cost, max - SeptetPacking.headerSeptets(singleHeader),
                max - SeptetPacking.headerSeptets(concatHeader));
        int header = layout.parts.size() == 1 ? singleHeader : concatHeader;
        int air = 0;
        for (int u : layout.units) {
            air += SeptetPacking.octets(SeptetPacking.headerSeptets(header) + u);
        }
        return new Candidate(new SmsSplit(SmsAlphabet.GSM_7BIT, cs, layout.parts, layout.units, t,
                options.referenceBits()), air);
    }

    private Candidate ucs2(String text) {
        int[] cost = new int[text.length()];
        for (int i = 0; i < cost.length; i++) {
            boolean pair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < cost.length
                    && Character.isLowSurrogate(text.charAt(i + 1));
            cost[i] = pair ? 2 : 1;
            if (pair) {
                i++;    // the low surrogate stays with its high one: cost 0, never a split point of its own
            }
        }
        int max = SmsPduEncoder.MAX_USER_DATA_OCTETS;
        int concatHeader = 1 + concatIeOctets();
        Layout layout = layout(text, cost, max / 2, (max - concatHeader) / 2);
        int air = 0;
        for (int u : layout.units) {
            air += (layout.parts.size() == 1 ? 0 : concatHeader) + 2 * u;
        }
        return new Candidate(new SmsSplit(SmsAlphabet.UCS2, null, layout.parts, layout.units, Transliteration.NONE,
                options.referenceBits()), air);
    }

    private int concatIeOctets() {
        return options.referenceBits() == 8 ? CONCAT_8BIT_IE_OCTETS : CONCAT_16BIT_IE_OCTETS;
    }

    private record Layout(List<String> parts, List<Integer> units) {
    }

    /**
     * One part if everything fits in {@code single} units; otherwise greedy parts of at most {@code concat}
     * units. {@code cost[i]} is what the unit starting at {@code i} takes (0 for the tail of a surrogate pair,
     * which therefore never starts a part).
     */
    private static Layout layout(String text, int[] cost, int single, int concat) {
        int total = 0;
        for (int c : cost) {
            total += c;
        }
        if (total <= single) {
            return new Layout(List.of(text), List.of(total));
        }
        List<String> parts = new ArrayList<>();
        List<Integer> units = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < cost.length; i++) {
            if (cost[i] > 0 && used + cost[i] > concat) {
                parts.add(text.substring(start, i));
                units.add(used);
                start = i;
                used = 0;
            }
            used += cost[i];
        }
        parts.add(text.substring(start));
        units.add(used);
        return new Layout(parts, units);
    }
}
