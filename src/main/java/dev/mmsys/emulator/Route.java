package dev.mmsys.emulator;

/**
 * One rule of a carrier profile's network: TCP to {@code ip:port} meets {@code reach}; a {@link Reach#CONNECT}
 * rule names the role of the server (for example {@link #MMSC} or {@link #PROXY}) that answers there, bound to a
 * real local server at run time with {@link EmulatedNetwork#bind}.
 */
public record Route(String ip, int port, Reach reach, String role) {

    /** The role of the carrier's MMSC (origin-form requests). */
    public static final String MMSC = "mmsc";
    /** The role of the carrier's WAP/HTTP proxy (absolute-form requests). */
    public static final String PROXY = "proxy";

    public static Route connect(String ip, int port, String role) {
        return new Route(ip, port, Reach.CONNECT, role);
    }

    public static Route blackhole(String ip, int port) {
        return new Route(ip, port, Reach.BLACKHOLE, null);
    }

    public static Route refuse(String ip, int port) {
        return new Route(ip, port, Reach.REFUSE, null);
    }
}
