package dev.mmsys.mms;

import java.util.ArrayList;
import java.util.List;

/** Strict or lenient handling of known real-world deviations ("quirks") while decoding one PDU. */
final class DecodeContext {
    private final boolean lenient;
    private final List<Quirk> quirks = new ArrayList<>();

    DecodeContext(boolean lenient) {
        this.lenient = lenient;
    }

    boolean lenient() {
        return lenient;
    }

    /** Strict: the deviation is an error. Lenient: it is recorded and decoding goes on. */
    void quirk(int offset, String field, String description) {
        if (!lenient) {
            throw new MmsDecodeException(offset, field, description + " (a lenient decoder accepts this)");
        }
        quirks.add(new Quirk(offset, field, description));
    }

    List<Quirk> quirks() {
        return List.copyOf(quirks);
    }
}
