package dev.mmsys.modem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an MMS HTTP POST goes. Without a proxy: the MMSC URL's host and port (80 when the URL has none) and the
 * origin-form request target ({@code /mms/wapenc}). With a proxy: the proxy's host and port and the
 * absolute-form target (the whole MMSC URL), as Android does. The carrier's "MMS port" is the proxy's port;
 * it never replaces the URL's own port.
 *
 * @param url           the MMSC URL
 * @param connectHost   what the modem connects to
 * @param connectPort   and on which port
 * @param requestTarget the request line's target
 * @param hostHeader    the Host header (host, plus ":port" when the URL names a port other than 80)
 * @param viaProxy      whether a proxy is used
 */
public record MmscTarget(URI url, String connectHost, int connectPort, String requestTarget, String hostHeader,
                         boolean viaProxy) {

    /**
     * @param mmscUrl an http:// URL
     * @param proxy   "host:port", "host" (port 80), or null/blank for none
     */
    public static MmscTarget of(String mmscUrl, String proxy) {
        if (mmscUrl == null || mmscUrl.isBlank()) {
            throw new IllegalArgumentException("no MMSC URL: set mmsys.mmsc.url (or --mmsc) to the carrier's MMSC, "
                    + "e.g. http://wholesale.mmsmvno.com/mms/wapenc");
        }
        URI u;
        try {
            u = new URI(mmscUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("MMSC URL '" + mmscUrl + "' is not a valid URL: " + e.getReason());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException("MMSC URL '" + mmscUrl + "' must start with http:// (MMS goes over "
                    + "plain HTTP through the modem's TCP stack; https is not supported)");
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("MMSC URL '" + mmscUrl + "' has no host name");
        }
        int port = u.getPort() < 0 ? 80 : u.getPort();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String origin = path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        String host = u.getHost() + (port == 80 ? "" : ":" + port);
        if (proxy == null || proxy.isBlank()) {
            return new MmscTarget(u, u.getHost(), port, origin, host, false);
        }
        String p = proxy.strip();
        if (p.contains("://")) {
            p = URI.create(p).getAuthority();
        }
        String ph = p;
        int pp = 80;
        int colon = p.lastIndexOf(':');
        if (colon > 0) {
            ph = p.substring(0, colon);
            try {
                pp = Integer.parseInt(p.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("MMS proxy '" + proxy + "' must be host:port, e.g. 10.0.0.1:8080");
            }
        }
        if (ph.isEmpty() || pp < 1 || pp > 65535) {
            throw new IllegalArgumentException("MMS proxy '" + proxy + "' must be host:port, e.g. 10.0.0.1:8080");
        }
        String absolute = "http://" + host + origin;
        return new MmscTarget(u, ph, pp, absolute, host, true);
    }

    @Override
    public String toString() {
        return (viaProxy ? "proxy " : "") + connectHost + ":" + connectPort + " POST " + requestTarget;
    }
}
