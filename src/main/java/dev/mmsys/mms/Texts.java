package dev.mmsys.mms;

/**
 * Checks on text that goes into a WSP Text-string (ISO-8859-1 octets ended by NUL) or an Encoded-string-value.
 *
 * <p>WSP's TEXT rule (RFC 2616 TEXT) excludes the CTLs: the C0 controls U+0000-U+001F and DEL U+007F. Values
 * given to the codec to encode (builders and factories) are held to that in every header field: no field of an
 * MMS header needs a tab or a line break (a Subject is one line; IDs, URLs, media types, parameters and file
 * names have no controls), so all of them refuse every CTL. Message text is not a Text-string: it travels as a
 * {@code text/plain} part and keeps its line breaks and tabs.
 *
 * <p>Decoded values are not re-checked against TEXT: the decoder keeps what it received so that a PDU re-encodes
 * to the same octets ({@link #requireWireText}).
 */
final class Texts {
    private Texts() {
    }

    /** {@code value} as a Text-string: not null, only ISO-8859-1 characters, no NUL or other control character. */
    static String requireText(String what, String value) {
        return requireWireText(what, requireNoControls(what, value));
    }

    /** Like {@link #requireText} and also not empty. */
    static String requireNonEmptyText(String what, String value) {
        return requireNonEmpty(what, requireText(what, value));
    }

    /**
     * Text in any character set (an Encoded-string-value such as Subject): not null, and none of the C0 controls
     * (U+0000-U+001F, tab and line breaks included) nor DEL (U+007F).
     */
    static String requireNoControls(String what, String value) {
        if (value == null) {
            throw new MmsEncodeException(what + " is missing");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw new MmsEncodeException(what + " contains a NUL character at index " + i + "; remove it");
            }
            if (c < 0x20 || c == 0x7F) {
                throw new MmsEncodeException(String.format("%s contains the control character U+%04X (%s) at index"
                        + " %d, which an MMS header cannot carry (WSP text excludes control characters); remove it"
                        + "%s", what, (int) c, controlName(c), i,
                        c == '\n' || c == '\r' ? " and keep the value on one line" : ""));
            }
        }
        return value;
    }

    /**
     * What a Text-string read from a PDU may hold and still be written back octet for octet: not null, no NUL,
     * only ISO-8859-1. For the canonical constructors the decoder uses; input to encode goes through
     * {@link #requireText}.
     */
    static String requireWireText(String what, String value) {
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

    /** Like {@link #requireWireText} and also not empty. */
    static String requireNonEmptyWireText(String what, String value) {
        return requireNonEmpty(what, requireWireText(what, value));
    }

    private static String requireNonEmpty(String what, String value) {
        if (value.isEmpty()) {
            throw new MmsEncodeException(what + " is empty");
        }
        return value;
    }

    private static String controlName(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case '\n' -> "line feed";
            case '\r' -> "carriage return";
            case 0x1B -> "escape";
            case 0x7F -> "delete";
            default -> "control";
        };
    }
}
