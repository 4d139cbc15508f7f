package dev.mmsys.mms;

import java.util.Locale;
import java.util.Objects;

/**
 * One Content-Type parameter as it is written on the wire: its name, either a well-known code ({@link #token()})
 * or text, and its value, either a number or text. {@code quoted} records a Text-value written as a WSP
 * Quoted-string so that a decoded parameter encodes back to the same octets.
 *
 * @param name    the parameter name in lower case for well-known parameters, as written for textual ones
 * @param token   the well-known code the name is written as, or null to write the name as text
 * @param text    the value as text, or null when the value is a number
 * @param number  the value as a number (e.g. a charset's MIBenum), or null when it is text
 * @param quoted  the text value is (to be) written as a Quoted-string
 */
public record Parameter(String name, WellKnownParameter token, String text, Long number, boolean quoted) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        if ((text == null) == (number == null)) {
            throw new IllegalArgumentException("a parameter has either a text or a number value: " + name);
        }
        Texts.requireWireText("parameter name", name);
        if (text != null) {
            Texts.requireWireText("parameter " + name, text);
        }
        if (token != null && number != null && !token.kind().numeric()) {
            throw new IllegalArgumentException("parameter " + name + " takes text, not a number");
        }
    }

    /** {@code charset} by MIBenum (106 = UTF-8), written as Android does: well-known code, Short-integer. */
    public static Parameter charset(int mib) {
        return new Parameter("charset", WellKnownParameter.CHARSET, null, (long) mib, false);
    }

    /** {@code type} of a multipart/related body: the media type of its root part. */
    public static Parameter type(String mediaType) {
        return new Parameter("type", WellKnownParameter.TYPE, Texts.requireText("parameter type", mediaType), null,
                false);
    }

    /** {@code start} of a multipart/related body: the Content-ID of its root part, with angle brackets. */
    public static Parameter start(String contentId) {
        return new Parameter("start", WellKnownParameter.START_1_2, Texts.requireText("parameter start", contentId),
                null, false);
    }

    /** {@code name}, the part's file name as the deprecated WSP 1.1 code that every MMS client reads. */
    public static Parameter name(String fileName) {
        return new Parameter("name", WellKnownParameter.NAME_1_1, Texts.requireText("file name", fileName), null,
                false);
    }

    /** {@code filename}, as the WSP 1.1 code. */
    public static Parameter filename(String fileName) {
        return new Parameter("filename", WellKnownParameter.FILENAME_1_1, Texts.requireText("file name", fileName),
                null, false);
    }

    /** Any parameter by name: the well-known code when the name has one, otherwise the name as text. */
    public static Parameter of(String name, String value) {
        Texts.requireNonEmptyText("parameter name", name);
        Texts.requireText("parameter " + name, value);
        WellKnownParameter t = WellKnownParameter.forName(name);
        if (t == WellKnownParameter.CHARSET) {
            int mib = Charsets.mib(value);
            if (mib < 0) {
                throw new MmsEncodeException("charset \"" + value + "\" has no MIBenum known to MMSYS; use utf-8");
            }
            return charset(mib);
        }
        if (t != null && t.kind().numeric() && t != WellKnownParameter.TYPE) {
            try {
                return new Parameter(t.parameterName(), t, null, Long.parseLong(value), false);
            } catch (NumberFormatException e) {
                throw new MmsEncodeException("parameter " + name + "=" + value + " must be a whole number");
            }
        }
        return t != null ? new Parameter(t.parameterName(), t, value, null, false)
                : new Parameter(name, null, value, null, false);
    }

    /** True when this parameter is called {@code name} (case-insensitive). */
    public boolean is(String name) {
        return this.name.equalsIgnoreCase(name);
    }

    /** The value for display: text as is, a charset by its name, a media type code by its name, else the number. */
    public String value() {
        if (text != null) {
            return text;
        }
        if (token == WellKnownParameter.CHARSET) {
            return Charsets.name(number.intValue());
        }
        if (token == WellKnownParameter.TYPE && MediaTypes.name(number) != null) {
            return MediaTypes.name(number);
        }
        return Long.toString(number);
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT) + "=" + value();
    }
}
