package dev.mmsys.doctor;

import dev.mmsys.modem.PdpType;

/**
 * One way to the MMSC tried when the configured one failed: a PDP type and a destination, and how far it got.
 *
 * @param pdpType    the context type
 * @param target     where the TCP connection went
 * @param configured whether these are the configured settings (the attempt that failed first)
 * @param reached    the last stage attempted: the context, the DNS lookup, or the TCP connection
 * @param ok         whether the TCP connection was made
 * @param evidence   what happened, in words
 */
public record PathProbe(PdpType pdpType, Target target, boolean configured, Stage reached, boolean ok,
                        String evidence) {

    /** How far a probe got; {@link #TCP} with {@code ok} means connected. */
    public enum Stage { PDP, DNS, TCP }

    /**
     * A TCP destination for the MMS POST.
     *
     * @param host     host name (resolved by the modem) or address
     * @param port     TCP port
     * @param viaProxy whether this is the MMS proxy rather than the MMSC itself
     */
    public record Target(String host, int port, boolean viaProxy) {
        @Override
        public String toString() {
            return (viaProxy ? "proxy " : "") + host + ":" + port;
        }
    }
}
