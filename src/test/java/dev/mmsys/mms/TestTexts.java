package dev.mmsys.mms;

import java.util.Random;

/** Texts of the kinds users send: ASCII, accented Latin, GSM symbols, emoji, CJK, right-to-left scripts. */
final class TestTexts {
    private TestTexts() {
    }

    static final String ASCII = "Meet at 10:30, bring the keys. Thanks!";
    static final String ACCENTED = "Señora Müller, ça coûte 12 € — à bientôt, Åsa & Zoë";
    static final String GSM_SYMBOLS = "Use [brackets] {braces} ~tilde~ \\back\\ ^caret^ |pipe| €5 @home §1";
    static final String EMOJI = "Happy birthday 🎂🎉 see you 👋🏽 soon ❤️ 👨‍👩‍👧";
    static final String CJK = "明天见。会議は午後３時です。오늘 저녁에 만나요";
    static final String RTL = "שלום עולם — مرحبا بالعالم (123)";

    private static final int[][] RANGES = {
        {0x20, 0x7E}, {0xC0, 0xFF}, {0x391, 0x3C9}, {0x410, 0x44F}, {0x5D0, 0x5EA}, {0x627, 0x64A},
        {0x4E00, 0x4FFF}, {0x3041, 0x3096}, {0xAC00, 0xAD00}, {0x1F600, 0x1F64F}, {0x1F300, 0x1F3FF},
    };

    /** A random text of {@code length} code points drawn from many scripts, with line breaks. */
    static String random(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (r.nextInt(40) == 0) {
                b.append('\n');
                continue;
            }
            int[] range = RANGES[r.nextInt(RANGES.length)];
            b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        return b.toString();
    }
}
