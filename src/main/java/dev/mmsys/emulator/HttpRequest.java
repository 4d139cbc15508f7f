package dev.mmsys.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 request as the MMSC emulator received it.
 *
 * @param method  e.g. {@code POST}
 * @param target  the request-target as sent: origin-form ({@code /mms}) or absolute-form ({@code http://host/mms})
 * @param version e.g. {@code HTTP/1.1}
 * @param headers name/value pairs in order (names as sent)
 * @param body    the body (dechunked), empty when there is none
 */
record HttpRequest(String method, String target, String version, List<Header> headers, byte[] body) {

    record Header(String name, String value) {
    }

    /** The first header named {@code name} (any case). */
    Optional<String> header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    boolean absoluteForm() {
        return target.regionMatches(true, 0, "http://", 0, 7);
    }

    /** The host of an absolute-form target (lower case, without port), or "" for origin-form. */
    String targetHost() {
        if (!absoluteForm()) {
            return "";
        }
        String rest = target.substring(7);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        int colon = authority.lastIndexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /** The path of the target, without query: {@code /mms} for both {@code /mms?x} and {@code http://h/mms}. */
    String path() {
        String t = target;
        if (absoluteForm()) {
            int slash = t.indexOf('/', 7);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        int q = t.indexOf('?');
        return q < 0 ? t : t.substring(0, q);
    }

    boolean wantsClose() {
        return header("Connection").map(v -> v.toLowerCase(Locale.ROOT).contains("close")).orElse(false)
                || version.equals("HTTP/1.0");
    }
}
