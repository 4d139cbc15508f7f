package dev.mmsys.mms;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Encoded-string-value (OMA-TS-MMS-ENC §7.2.9): text octets with an optional charset. Without a charset it is a
 * plain Text-string (US-ASCII in practice); with one, the octets are in that charset. The octets are kept as
 * received so that an unknown charset or an invalid sequence survives decoding and re-encoding unchanged.
 */
public final class EncodedString {

    /** MIBenum of the charset, or {@code NONE} for a plain Text-string. */
    public static final int NONE = -1;

    private final int charset;
    private final byte[] octets;

    private EncodedString(int charset, byte[] octets) {
        this.charset = charset;
        this.octets = octets;
        for (byte b : octets) {
            if (b == 0) {
                throw new MmsEncodeException("text contains a NUL character, which an MMS header cannot carry");
            }
        }
    }

    /**
     * {@code text} the way MMS clients write it: a plain Text-string when it is ASCII, UTF-8 with the charset
     * otherwise.
     */
    public static EncodedString of(String text) {
        return of("text", text);
    }

    /** Like {@link #of(String)}; an error names the field {@code what}, e.g. {@code Subject}. */
    static EncodedString of(String what, String text) {
        Texts.requireNoControls(what, text);
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        return ascii ? plain(what, text) : utf8(what, text);
    }

    /** UTF-8 with the charset field (MIBenum 106). No control characters (U+0000-U+001F, U+007F). */
    public static EncodedString utf8(String text) {
        return utf8("text", text);
    }

    private static EncodedString utf8(String what, String text) {
        Texts.requireNoControls(what, text);
        return new EncodedString(Charsets.UTF_8, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain Text-string without a charset; only ASCII is portable there. No control characters. */
    public static EncodedString plain(String text) {
        return plain("text", text);
    }

    private static EncodedString plain(String what, String text) {
        Texts.requireText(what, text);
        return new EncodedString(NONE, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Raw octets in the charset {@code mib} ({@link #NONE} for a plain Text-string). */
    public static EncodedString ofOctets(int mib, byte[] octets) {
        return new EncodedString(mib, octets.clone());
    }

    static EncodedString wrap(int mib, byte[] octets) {
        return new EncodedString(mib, octets);
    }

    /** MIBenum of the charset, or {@link #NONE}. */
    public int charset() {
        return charset;
    }

    public boolean hasCharset() {
        return charset != NONE;
    }

    /** The text octets, without quote and NUL. */
    public byte[] octets() {
        return octets.clone();
    }

    byte[] octetsUnsafe() {
        return octets;
    }

    /**
     * The text. Without a charset the octets are read as UTF-8 when valid (what handsets send in practice) and
     * as ISO-8859-1 otherwise; with an unknown charset, as ISO-8859-1. A leading byte-order mark is dropped.
     */
    public String text() {
        Charset cs = charset == NONE ? null : Charsets.forMib(charset);
        String s;
        if (cs == null) {
            String utf8 = strictly(StandardCharsets.UTF_8);
            s = utf8 != null ? utf8 : new String(octets, StandardCharsets.ISO_8859_1);
        } else {
            s = new String(octets, cs);
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s; // a byte-order mark is not part of the text
    }

    /** True when the octets are valid in the declared charset (always true for an unknown charset). */
    public boolean isValid() {
        Charset cs = charset == NONE ? StandardCharsets.ISO_8859_1 : Charsets.forMib(charset);
        return cs == null || strictly(cs) != null;
    }

    private String strictly(Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedString e && e.charset == charset && Arrays.equals(e.octets, octets);
    }

    @Override
    public int hashCode() {
        return 31 * charset + Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return charset == NONE ? text() : text() + " (" + Charsets.name(charset) + ")";
    }
}
