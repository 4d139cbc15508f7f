package dev.mmsys.carrier;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks for values that end up in AT commands and HTTP headers, shared by the carriers file and the
 * configuration overrides. Each throws {@link IllegalArgumentException} with a message that names the value
 * and the fix; the caller adds where the value came from.
 */
final class MmsValues {

    private MmsValues() {
    }

    /** An APN: letters, digits, dots and dashes (it goes between quotes in {@code AT+CGDCONT}). */
    static String apn(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty() || t.length() > 100 || !t.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
            throw new IllegalArgumentException("'" + s + "' is not an APN; an APN is letters, digits, dots and "
                    + "dashes, e.g. fast.t-mobile.com");
        }
        return t;
    }

    /** An APN user name or password: printable ASCII without quotes (it goes into {@code AT+CGAUTH}). */
    static String credential(String s) {
        if (s == null || s.length() > 64 || !s.matches("[\\x20-\\x7E&&[^\"\\\\]]*")) {
            throw new IllegalArgumentException("'" + s + "' is not usable as an APN credential; use printable "
                    + "ASCII without quotes or backslashes, at most 64 characters");
        }
        return s;
    }

    /** The MMSC URL: {@code http://host[:port]/path}, no user info, no fragment. */
    static URI mmscUrl(String s) {
        return httpUrl(s, false);
    }

    /** A UAProf URL: http or https. */
    static URI uaProfUrl(String s) {
        return httpUrl(s, true);
    }

    private static URI httpUrl(String s, boolean httpsAllowed) {
        String t = s == null ? "" : s.strip();
        String want = httpsAllowed ? "an http:// or https:// URL" : "an http:// URL (the modem's TCP stack has no TLS)";
        URI u;
        try {
            u = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + s + "' is not " + want + " (" + e.getReason() + ")");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || (httpsAllowed && scheme.equals("https")))) {
            throw new IllegalArgumentException("'" + s + "' is not " + want + "; write e.g. "
                    + "http://mms.msg.eng.t-mobile.com/mms/wapenc");
        }
        if (u.getHost() == null || u.getRawUserInfo() != null || u.getRawFragment() != null
                || (u.getPort() != -1 && (u.getPort() < 1 || u.getPort() > 65535))) {
            throw new IllegalArgumentException("'" + s + "' is not " + want + " with a host (and no user "
                    + "info or #fragment); write e.g. http://mms.msg.eng.t-mobile.com/mms/wapenc");
        }
        return u;
    }

    /** The port a URL's host listens on: its own, else 80 (443 for https). */
    static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** An HTTP header value: printable ASCII, no line breaks. */
    static String headerValue(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty() || t.length() > 200 || !t.matches("[\\x20-\\x7E]+")) {
            throw new IllegalArgumentException("'" + s + "' is not usable as an HTTP header value; use printable "
                    + "ASCII on one line, at most 200 characters");
        }
        return t;
    }
}
