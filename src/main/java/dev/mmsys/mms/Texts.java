package dev.mmsys.mms;

/** Checks on text that goes into a WSP Text-string (ISO-8859-1 octets ended by NUL). */
final class Texts {
    private Texts() {
    }

    /** {@code value} as a Text-string: not null, no NUL, only ISO-8859-1 characters. */
    static String requireText(String what, String value) {
        if (value == null) {
            throw new MmsEncodeException(what + " is missing");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw new MmsEncodeException(what + " contains a NUL character at index " + i + "; remove it");
            }
            if (c > 0xFF) {
                throw new MmsEncodeException(what + " \"" + value + "\" contains '" + c + "' (U+"
                        + String.format("%04X", (int) c) + "), which this field cannot carry; use plain ASCII");
            }
        }
        return value;
    }

    /** Like {@link #requireText} and also not empty. */
    static String requireNonEmptyText(String what, String value) {
        requireText(what, value);
        if (value.isEmpty()) {
            throw new MmsEncodeException(what + " is empty");
        }
        return value;
    }
}
