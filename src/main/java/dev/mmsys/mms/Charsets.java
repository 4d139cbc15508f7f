package dev.mmsys.mms;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Character sets by IANA MIBenum, the numbers WSP uses for the {@code charset} parameter and in
 * Encoded-string-values (WAP-230-WSP table 42).
 */
public final class Charsets {

    public static final int ANY = 0;
    public static final int US_ASCII = 3;
    public static final int ISO_8859_1 = 4;
    public static final int UTF_8 = 106;
    public static final int UCS_2 = 1000;
    public static final int UTF_16 = 1015;

    private static final Map<Integer, String> NAMES = new HashMap<>();
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        add(ANY, "*");
        add(US_ASCII, "us-ascii");
        add(ISO_8859_1, "iso-8859-1");
        add(5, "iso-8859-2");
        add(6, "iso-8859-3");
        add(7, "iso-8859-4");
        add(8, "iso-8859-5");
        add(9, "iso-8859-6");
        add(10, "iso-8859-7");
        add(11, "iso-8859-8");
        add(12, "iso-8859-9");
        add(13, "iso-8859-10");
        add(17, "shift_jis");
        add(18, "euc-jp");
        add(38, "euc-kr");
        add(39, "iso-2022-jp");
        add(40, "iso-2022-jp-2");
        add(UTF_8, "utf-8");
        add(109, "iso-8859-13");
        add(110, "iso-8859-14");
        add(111, "iso-8859-15");
        add(113, "gbk");
        add(114, "gb18030");
        add(UCS_2, "iso-10646-ucs-2");
        add(1013, "utf-16be");
        add(1014, "utf-16le");
        add(UTF_16, "utf-16");
        add(2025, "gb2312");
        add(2026, "big5");
        add(2084, "koi8-r");
        add(2252, "windows-1252");
        add(2259, "tis-620");
        BY_NAME.put("ascii", US_ASCII);
        BY_NAME.put("latin1", ISO_8859_1);
        BY_NAME.put("utf8", UTF_8);
        BY_NAME.put("ucs-2", UCS_2);
    }

    private Charsets() {
    }

    private static void add(int mib, String name) {
        NAMES.put(mib, name);
        BY_NAME.put(name, mib);
    }

    /** The IANA name for a MIBenum, or {@code "mib-NNN"} for one this table does not know. */
    public static String name(int mib) {
        String n = NAMES.get(mib);
        return n != null ? n : "mib-" + mib;
    }

    /** The MIBenum for a charset name (case-insensitive), or -1. */
    public static int mib(String name) {
        Integer m = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        return m == null ? -1 : m;
    }

    /** The Java charset for a MIBenum, or null when unknown here or unsupported by this JVM. */
    public static Charset forMib(int mib) {
        if (mib == UCS_2) {
            return java.nio.charset.StandardCharsets.UTF_16BE; // UCS-2 is the BMP subset of UTF-16BE
        }
        return forName(NAMES.get(mib));
    }

    /** The Java charset for a name such as {@code utf-8} or {@code iso-8859-1}, or null. */
    public static Charset forName(String name) {
        if (name == null || name.equals("*")) {
            return null;
        }
        if (mib(name) == UCS_2) {
            return forMib(UCS_2);
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
