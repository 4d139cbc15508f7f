package dev.mmsys.emulator;

import dev.mmsys.carrier.PdpType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A carrier as the emulated modem meets it: the SIM, the network it registers on, the contexts that carry data,
 * its DNS and which destinations answer. Profiles are in {@link EmulatorProfiles}.
 *
 * @param name            the profile's name ({@code --profile NAME})
 * @param description     one line for humans
 * @param sim             the SIM in the slot
 * @param operator        the network
 * @param apn             the carrier's MMS APN (what cid 1 holds at power-on)
 * @param pdpType         the carrier's PDP type (cid 1's type at power-on)
 * @param acceptedApns    APNs that activate (case-insensitive); empty: any APN
 * @param dataPdpTypes    PDP types whose sockets reach anything; with another type every connect times out
 * @param dns             host name (lower case) to IPv4 address
 * @param dnsWorks        false: every lookup fails
 * @param routes          destinations that answer (or refuse, or stay silent)
 * @param unmapped        what every other destination does
 * @param ipv4Address     the address the context gets ({@code AT+IPADDR}, {@code AT+CGPADDR})
 * @param ipv6Address     the IPv6 address of IPV6/IPV4V6 contexts, in 16 dotted decimal octets as +CGPADDR shows it
 * @param smsc            the SMS service centre stored on the SIM ({@code AT+CSCA?}), "" when none
 * @param mmscUrl         the carrier's MMSC URL (what a client should be configured with)
 * @param mmsProxy        the carrier's MMS proxy as host:port, or "" when none
 * @param maxMessageSize  largest M-Send.req the carrier's MMSC accepts
 */
public record EmulatorProfile(String name, String description, EmulatedSim sim, EmulatedOperator operator,
                             String apn, PdpType pdpType, Set<String> acceptedApns, Set<PdpType> dataPdpTypes,
                             Map<String, String> dns, boolean dnsWorks, List<Route> routes, Reach unmapped,
                             String ipv4Address, String ipv6Address, String smsc,
                             String mmscUrl, String mmsProxy, int maxMessageSize) {

    public EmulatorProfile {
        acceptedApns = Set.copyOf(acceptedApns);
        dataPdpTypes = Set.copyOf(dataPdpTypes);
        dns = Map.copyOf(dns);
        routes = List.copyOf(routes);
    }
}
