package dev.mmsys.emulator;

import dev.mmsys.carrier.PdpType;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The carrier network behind the emulated modem: its DNS and where TCP connections go. Destinations that the
 * profile says answer are served by real local TCP servers bound to a role ({@link #bind}); tests may also map
 * any host or address and port onto a server of their own ({@link #map}). Thread-safe: tests change the mapping
 * while the modem runs.
 */
public final class EmulatedNetwork {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final EmulatorProfile profile;
    private final Map<String, InetSocketAddress> roles = new ConcurrentHashMap<>();
    private final Map<String, InetSocketAddress> mapped = new ConcurrentHashMap<>();
    private final Map<String, String> extraDns = new ConcurrentHashMap<>();
    private int nextInventedHost = 1;

    EmulatedNetwork(EmulatorProfile profile) {
        this.profile = profile;
    }

    /** Where one connection attempt goes: {@code target} is set for {@link Reach#CONNECT}. */
    record Decision(Reach reach, InetSocketAddress target) {
    }

    /** Serves the profile's destinations of {@code role} ({@link Route#MMSC}, {@link Route#PROXY}) with a server. */
    public void bind(String role, InetSocketAddress server) {
        roles.put(role, server);
    }

    /**
     * Makes {@code hostOrIp:port} answer with the real server {@code server}. A host name that the carrier's DNS
     * does not know gets an invented address in 10.254.0.0/16.
     */
    public synchronized void map(String hostOrIp, int port, InetSocketAddress server) {
        String ip = hostOrIp;
        if (!isIpv4(hostOrIp)) {
            String name = hostOrIp.toLowerCase(Locale.ROOT);
            ip = lookup(name).orElseGet(() -> {
                String invented = "10.254." + (nextInventedHost / 250) + "." + (1 + nextInventedHost % 250);
                nextInventedHost++;
                extraDns.put(name, invented);
                return invented;
            });
        }
        mapped.put(ip + ":" + port, server);
    }

    /** Adds a DNS A record. */
    public void addHost(String name, String ip) {
        extraDns.put(name.toLowerCase(Locale.ROOT), ip);
    }

    /** The A record the carrier's DNS gives for {@code host}; empty when the lookup fails. */
    public Optional<String> resolve(String host) {
        if (!profile.dnsWorks()) {
            return Optional.empty();
        }
        return lookup(host.toLowerCase(Locale.ROOT));
    }

    private Optional<String> lookup(String name) {
        String ip = extraDns.get(name);
        return Optional.ofNullable(ip != null ? ip : profile.dns().get(name));
    }

    /** What a TCP connect to {@code ip:port} over a context of type {@code type} meets. */
    Decision route(String ip, int port, PdpType type) {
        if (!profile.dataPdpTypes().contains(type)) {
            return new Decision(Reach.BLACKHOLE, null);
        }
        InetSocketAddress m = mapped.get(ip + ":" + port);
        if (m != null) {
            return new Decision(Reach.CONNECT, m);
        }
        for (Route r : profile.routes()) {
            if (r.ip().equals(ip) && r.port() == port) {
                if (r.reach() != Reach.CONNECT) {
                    return new Decision(r.reach(), null);
                }
                InetSocketAddress server = roles.get(r.role());
                return server == null ? new Decision(Reach.REFUSE, null) : new Decision(Reach.CONNECT, server);
            }
        }
        return new Decision(profile.unmapped(), null);
    }

    static boolean isIpv4(String s) {
        var m = IPV4.matcher(s);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeIpv6(String s) {
        return s.indexOf(':') >= 0;
    }
}
