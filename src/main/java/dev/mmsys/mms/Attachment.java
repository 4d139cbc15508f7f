package dev.mmsys.mms;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A file to send with the text: a picture, a sound, a video or a contact card. The content type is recognised
 * from the data's magic numbers, or from the file name's extension for formats that have none; types phones
 * do not show are refused.
 */
public final class Attachment {

    /** Supported media types → the file extension used when a name has none. */
    static final Map<String, String> SUPPORTED = new LinkedHashMap<>();

    static {
        SUPPORTED.put("image/jpeg", "jpg");
        SUPPORTED.put("image/png", "png");
        SUPPORTED.put("image/gif", "gif");
        SUPPORTED.put("image/bmp", "bmp");
        SUPPORTED.put("image/vnd.wap.wbmp", "wbmp");
        SUPPORTED.put("audio/amr", "amr");
        SUPPORTED.put("audio/amr-wb", "awb");
        SUPPORTED.put("audio/mpeg", "mp3");
        SUPPORTED.put("audio/mp4", "m4a");
        SUPPORTED.put("audio/ogg", "ogg");
        SUPPORTED.put("audio/midi", "mid");
        SUPPORTED.put("audio/x-wav", "wav");
        SUPPORTED.put("audio/3gpp", "3gp");
        SUPPORTED.put("video/3gpp", "3gp");
        SUPPORTED.put("video/3gpp2", "3g2");
        SUPPORTED.put("video/mp4", "mp4");
        SUPPORTED.put("text/x-vCard", "vcf");
        SUPPORTED.put("text/x-vCalendar", "vcs");
    }

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("bmp", "image/bmp"), Map.entry("wbmp", "image/vnd.wap.wbmp"),
            Map.entry("amr", "audio/amr"), Map.entry("awb", "audio/amr-wb"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"), Map.entry("ogg", "audio/ogg"), Map.entry("mid", "audio/midi"),
            Map.entry("midi", "audio/midi"), Map.entry("wav", "audio/x-wav"), Map.entry("3gp", "video/3gpp"),
            Map.entry("3g2", "video/3gpp2"), Map.entry("mp4", "video/mp4"), Map.entry("vcf", "text/x-vCard"),
            Map.entry("vcs", "text/x-vCalendar"), Map.entry("ics", "text/x-vCalendar"));

    private final String fileName;
    private final String contentType;
    private final byte[] data;

    private Attachment(String fileName, String contentType, byte[] data) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
    }

    /** An attachment whose content type is recognised from {@code data} and {@code fileName}. */
    public static Attachment of(String fileName, byte[] data) {
        return of(fileName, detect(fileName, data), data);
    }

    /** An attachment of a stated content type, which must be one MMSYS can send. */
    public static Attachment of(String fileName, String contentType, byte[] data) {
        Objects.requireNonNull(fileName, "fileName");
        if (data == null || data.length == 0) {
            throw new MmsEncodeException("attachment " + fileName + " is empty");
        }
        String type = supportedType(contentType);
        if (type == null) {
            throw new MmsEncodeException("attachment " + fileName + " has content type " + contentType
                    + ", which MMSYS does not send; supported: " + String.join(", ", SUPPORTED.keySet()));
        }
        return new Attachment(fileName, type, data.clone());
    }

    /** The supported type equal to {@code contentType} ignoring case and parameters, or null. */
    private static String supportedType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String bare = contentType.split(";", 2)[0].strip();
        if (bare.equalsIgnoreCase("text/vcard")) {
            return "text/x-vCard";
        }
        if (bare.equalsIgnoreCase("text/calendar")) {
            return "text/x-vCalendar";
        }
        return SUPPORTED.keySet().stream().filter(t -> t.equalsIgnoreCase(bare)).findFirst().orElse(null);
    }

    /**
     * The media type of a file: magic numbers first (a misnamed file is still recognised), then the extension.
     * Throws with the list of supported types when neither tells.
     */
    public static String detect(String fileName, byte[] data) {
        String byMagic = byMagic(data);
        if (byMagic != null) {
            return byMagic;
        }
        String ext = extension(fileName);
        String byExt = BY_EXTENSION.get(ext);
        if (byExt != null && (!byExt.startsWith("image/") || byExt.equals("image/vnd.wap.wbmp"))) {
            return byExt; // formats without a reliable magic number: WBMP, some audio, vCards written oddly
        }
        if (byExt != null) {
            throw new MmsEncodeException(fileName + " is named like " + byExt + " but its content is not; check"
                    + " the file");
        }
        throw new MmsEncodeException("cannot tell what kind of file " + fileName + " is; MMSYS sends "
                + String.join(", ", SUPPORTED.keySet()) + " (recognised by content, or by extension)");
    }

    private static String byMagic(byte[] d) {
        if (starts(d, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (ascii(d, 0, "GIF87a") || ascii(d, 0, "GIF89a")) {
            return "image/gif";
        }
        if (ascii(d, 0, "BM") && d.length > 14) {
            return "image/bmp";
        }
        if (ascii(d, 0, "#!AMR-WB\n")) {
            return "audio/amr-wb";
        }
        if (ascii(d, 0, "#!AMR\n")) {
            return "audio/amr";
        }
        if (ascii(d, 0, "ID3") || (d.length > 1 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xE0) == 0xE0)) {
            return "audio/mpeg";
        }
        if (ascii(d, 0, "OggS")) {
            return "audio/ogg";
        }
        if (ascii(d, 0, "MThd")) {
            return "audio/midi";
        }
        if (ascii(d, 0, "RIFF") && ascii(d, 8, "WAVE")) {
            return "audio/x-wav";
        }
        if (ascii(d, 4, "ftyp")) {
            String brand = d.length >= 12 ? new String(d, 8, 4, StandardCharsets.ISO_8859_1) : "";
            if (brand.startsWith("3g2")) {
                return "video/3gpp2";
            }
            if (brand.startsWith("3gp")) {
                return "video/3gpp";
            }
            if (brand.startsWith("M4A")) {
                return "audio/mp4";
            }
            return "video/mp4";
        }
        String head = new String(d, 0, Math.min(d.length, 64), StandardCharsets.ISO_8859_1).stripLeading()
                .toUpperCase(Locale.ROOT);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        if (head.startsWith("BEGIN:VCARD")) {
            return "text/x-vCard";
        }
        if (head.startsWith("BEGIN:VCALENDAR")) {
            return "text/x-vCalendar";
        }
        return null;
    }

    private static boolean starts(byte[] d, int... prefix) {
        if (d.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((d[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] d, int at, String s) {
        if (d.length < at + s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (d[at + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String extension(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data.clone();
    }

    byte[] dataUnsafe() {
        return data;
    }

    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && a.fileName.equals(fileName) && a.contentType.equals(contentType)
                && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return fileName + " (" + contentType + ", " + data.length + " octets)";
    }
}
