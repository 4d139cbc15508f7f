package dev.mmsys.sms;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The GSM 7-bit character tables of TS 23.038: the default alphabet with its extension table ({@link #DEFAULT}),
 * and the national language locking shift (§A.3) and single shift (§A.2) tables, identified in the UDH by their
 * national language identifier (IEI 0x25 locking, 0x24 single shift). Spanish has a single shift table only.
 *
 * <p>A locking shift table replaces the default alphabet for a whole part; a single shift table is what an ESC
 * (0x1B) selects for the next septet. Tables are 128 characters; {@code NONE} marks an unassigned position.
 */
public enum NationalLanguage {

    /** TS 23.038 §6.2.1 default alphabet and §6.2.1.1 extension table. */
    DEFAULT(0, Tables.DEFAULT_LOCKING, ""),
    /** §A.3.1 / §A.2.1. */
    TURKISH(1, Tables.TURKISH_LOCKING, "47Ğ 49İ 53Ş 63ç 67ğ 69ı 73ş"),
    /** §A.2.2 (no locking shift table is defined for Spanish). */
    SPANISH(2, null, "09ç 41Á 49Í 4FÓ 55Ú 61á 69í 6Fó 75ú"),
    /** §A.3.3 / §A.2.3. */
    PORTUGUESE(3, Tables.PORTUGUESE_LOCKING,
            "05ê 09ç 0BÔ 0Cô 0EÁ 0Fá 12Φ 13Γ 15Ω 16Π 17Ψ 18Σ 19Θ 1FÊ 41À 49Í 4FÓ 55Ú 5BÃ 5CÕ 61Â 69í 6Fó 75ú 7Bã"
                    + " 7Cõ 7Fâ");

    /** Marks a table position without a character (also the ESC position 0x1B). */
    static final char NONE = '\uFFFF';

    private final int id;
    private final char[] locking;
    private final char[] singleShift;

    NationalLanguage(int id, String locking, String singleShiftEntries) {
        this.id = id;
        this.locking = locking == null ? null : Tables.checked(name(), locking);
        this.singleShift = Tables.singleShift(singleShiftEntries);
    }

    /** The national language identifier of TS 23.038 §6.2.1.2.4 (0 = the default alphabet). */
    public int id() {
        return id;
    }

    public boolean hasLockingShiftTable() {
        return locking != null;
    }

    /** The language with this identifier, or {@link #DEFAULT} for one this implementation lacks (§6.2.1.2.4). */
    public static NationalLanguage fromId(int id) {
        for (NationalLanguage l : values()) {
            if (l.id == id) {
                return l;
            }
        }
        return DEFAULT;
    }

    /** Parses a configuration name such as {@code turkish} (case-insensitive). */
    public static NationalLanguage fromName(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        for (NationalLanguage l : values()) {
            if (l != DEFAULT && l.name().equals(n)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown national language '" + name + "'; known: " + names());
    }

    /** The names {@link #fromName} accepts, for error messages. */
    public static String names() {
        return Arrays.stream(values()).filter(l -> l != DEFAULT)
                .map(l -> l.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** The 128-entry table a locking shift to this language selects (the default alphabet if it has none). */
    char[] lockingTable() {
        return locking != null ? locking : DEFAULT.locking;
    }

    /** The 128-entry table an ESC selects when this language's single shift is active. */
    char[] singleShiftTable() {
        return singleShift;
    }

    /** Table data, in a holder class so the enum constructor can reach it. */
    private static final class Tables {
        static final String DEFAULT_LOCKING = ""
                + "@£$¥èéùìòÇ\nØø\rÅå"
                + "Δ_ΦΓΛΩΠΨΣΘΞ\uFFFFÆæßÉ"
                + " !\"#¤%&'()*+,-./"
                + "0123456789:;<=>?"
                + "¡ABCDEFGHIJKLMNO"
                + "PQRSTUVWXYZÄÖÑÜ§"
                + "¿abcdefghijklmno"
                + "pqrstuvwxyzäöñüà";

        static final String TURKISH_LOCKING = ""
                + "@£$¥€éùıòÇ\nĞğ\rÅå"
                + "Δ_ΦΓΛΩΠΨΣΘΞ\uFFFFŞşßÉ"
                + " !\"#¤%&'()*+,-./"
                + "0123456789:;<=>?"
                + "İABCDEFGHIJKLMNO"
                + "PQRSTUVWXYZÄÖÑÜ§"
                + "çabcdefghijklmno"
                + "pqrstuvwxyzäöñüà";

        static final String PORTUGUESE_LOCKING = ""
                + "@£$¥êéúíóç\nÔô\rÁá"
                + "Δ_ªÇÀ∞^\\€Ó|\uFFFFÂâÊÉ"
                + " !\"#º%&'()*+,-./"
                + "0123456789:;<=>?"
                + "ÍABCDEFGHIJKLMNO"
                + "PQRSTUVWXYZÃÕÚÜ§"
                + "~abcdefghijklmno"
                + "pqrstuvwxyzãõ`üà";

        /** §6.2.1.1: present in every single shift table (form feed, ^ { } \ [ ~ ] | €). */
        static final String COMMON_SHIFT = "0A\f 14^ 28{ 29} 2F\\ 3C[ 3D~ 3E] 40| 65€";

        private Tables() {
        }

        static char[] checked(String name, String table) {
            if (table.length() != 128) {
                throw new IllegalStateException(name + " locking table has " + table.length() + " entries");
            }
            return table.toCharArray();
        }

        /** Builds a table from "HHc" entries (hex position, character) separated by spaces. */
        static char[] singleShift(String entries) {
            char[] t = new char[128];
            Arrays.fill(t, NONE);
            for (String e : (COMMON_SHIFT + " " + entries).strip().split(" ")) {
                t[Integer.parseInt(e.substring(0, 2), 16)] = e.charAt(2);
            }
            return t;
        }
    }
}
