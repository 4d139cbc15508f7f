package dev.mmsys.carrier;

import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP proxy in front of a carrier's MMSC (AT&amp;T and its MVNOs use one). When there is a proxy, MMSYS
 * opens its TCP connection to the proxy's host and port; without one, to the MMSC URL's own host and port.
 */
public record MmsProxy(String host, int port) {

    public MmsProxy {
        if (host == null || !(isHostName(host) || isIpv6Literal(host))) {
            throw new IllegalArgumentException("'" + host + "' is not a host name or IP address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port " + port + " is not between 1 and 65535");
        }
    }

    /**
     * Parses {@code host:port} ({@code [v6-address]:port} for an IPv6 literal), or {@code none} for no proxy.
     *
     * @throws IllegalArgumentException naming the value and the expected form
     */
    public static Optional<MmsProxy> parse(String s) {
        String t = s == null ? "" : s.strip();
        if (t.toLowerCase(Locale.ROOT).equals("none")) {
            return Optional.empty();
        }
        String fix = "; write host:port (e.g. proxy.mobile.att.net:80), [IPv6]:port, or none";
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new IllegalArgumentException("'" + s + "' has no port" + fix);
        }
        String host = t.substring(0, colon);
        String portText = t.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
            if (!isIpv6Literal(host)) {
                throw new IllegalArgumentException("'" + s + "' has a bad IPv6 address" + fix);
            }
        } else if (!isHostName(host)) {
            throw new IllegalArgumentException("'" + s + "' is not a proxy" + fix);
        }
        if (!portText.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("'" + s + "' has a bad port" + fix);
        }
        return Optional.of(new MmsProxy(host, Integer.parseInt(portText)));
    }

    static boolean isHostName(String h) {
        return h.length() <= 253 && h.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    }

    static boolean isIpv6Literal(String h) {
        return h.length() <= 45 && h.contains(":") && h.matches("[0-9A-Fa-f:.]+");
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
