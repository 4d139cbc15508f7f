package dev.mmsys.mms;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The well-known content types of WSP (WAP-230-WSP table 40 with the OMA additions): the codes a Content-Type
 * value may carry instead of the media type's name.
 */
public final class MediaTypes {

    public static final String MULTIPART_MIXED = "application/vnd.wap.multipart.mixed";
    public static final String MULTIPART_RELATED = "application/vnd.wap.multipart.related";
    public static final String SMIL = "application/smil";
    public static final String TEXT_PLAIN = "text/plain";

    private static final String[] BY_CODE = {
        "*/*", "text/*", "text/html", "text/plain", "text/x-hdml", "text/x-ttml", "text/x-vCalendar",
        "text/x-vCard", "text/vnd.wap.wml", "text/vnd.wap.wmlscript", "text/vnd.wap.wta-event", "multipart/*",
        "multipart/mixed", "multipart/form-data", "multipart/byterantes", "multipart/alternative",
        "application/*", "application/java-vm", "application/x-www-form-urlencoded", "application/x-hdmlc",
        "application/vnd.wap.wmlc", "application/vnd.wap.wmlscriptc", "application/vnd.wap.wta-eventc",
        "application/vnd.wap.uaprof", "application/vnd.wap.wtls-ca-certificate",
        "application/vnd.wap.wtls-user-certificate", "application/x-x509-ca-cert", "application/x-x509-user-cert",
        "image/*", "image/gif", "image/jpeg", "image/tiff", "image/png", "image/vnd.wap.wbmp",
        "application/vnd.wap.multipart.*", MULTIPART_MIXED, "application/vnd.wap.multipart.form-data",
        "application/vnd.wap.multipart.byteranges", "application/vnd.wap.multipart.alternative",
        "application/xml", "text/xml", "application/vnd.wap.wbxml", "application/x-x968-cross-cert",
        "application/x-x968-ca-cert", "application/x-x968-user-cert", "text/vnd.wap.si",
        "application/vnd.wap.sic", "text/vnd.wap.sl", "application/vnd.wap.slc", "text/vnd.wap.co",
        "application/vnd.wap.coc", MULTIPART_RELATED, "application/vnd.wap.sia",
        "text/vnd.wap.connectivity-xml", "application/vnd.wap.connectivity-wbxml", "application/pkcs7-mime",
        "application/vnd.wap.hashed-certificate", "application/vnd.wap.signed-certificate",
        "application/vnd.wap.cert-response", "application/xhtml+xml", "application/wml+xml", "text/css",
        "application/vnd.wap.mms-message", "application/vnd.wap.rollover-certificate",
        "application/vnd.wap.locc+wbxml", "application/vnd.wap.loc+xml", "application/vnd.syncml.dm+wbxml",
        "application/vnd.syncml.dm+xml", "application/vnd.syncml.notification", "application/vnd.wap.xhtml+xml",
        "application/vnd.wv.csp.cir", "application/vnd.oma.dd+xml", "application/vnd.oma.drm.message",
        "application/vnd.oma.drm.content", "application/vnd.oma.drm.rights+xml",
        "application/vnd.oma.drm.rights+wbxml", "application/vnd.wv.csp+xml", "application/vnd.wv.csp+wbxml",
        "application/vnd.syncml.ds.notification", "audio/*", "video/*", "application/vnd.oma.dd2+xml",
        "application/mikey",
    };

    private static final Map<String, Integer> CODES = new HashMap<>();

    static {
        for (int i = 0; i < BY_CODE.length; i++) {
            CODES.put(BY_CODE[i].toLowerCase(Locale.ROOT), i);
        }
    }

    private MediaTypes() {
    }

    /** The media type for a well-known code, or null. */
    public static String name(long code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[(int) code] : null;
    }

    /** The well-known code of a media type (case-insensitive), or -1. */
    public static int code(String mediaType) {
        Integer c = CODES.get(mediaType.toLowerCase(Locale.ROOT));
        return c == null ? -1 : c;
    }

    /** True for the multipart types whose body is a WSP multipart (entries of headers and data). */
    public static boolean isMultipart(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        return m.startsWith("application/vnd.wap.multipart.") || m.startsWith("multipart/");
    }

    /** True for media types whose data is text in a charset. */
    public static boolean isText(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        return m.startsWith("text/") || m.equals(SMIL);
    }
}
