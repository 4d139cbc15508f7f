package dev.mmsys.modem;

import java.util.List;

/**
 * The socket stack's network after AT+NETOPEN.
 *
 * @param settings      what was applied
 * @param ipAddress     AT+IPADDR's answer (IPv4 on the SIM7600)
 * @param pdpAddresses  AT+CGPADDR's addresses for the context (may include IPv6), possibly empty
 * @param alreadyOpen   NETOPEN answered "Network is already opened"
 */
public record PdpStatus(NetworkSettings settings, String ipAddress, List<String> pdpAddresses, boolean alreadyOpen) {

    public PdpStatus {
        pdpAddresses = List.copyOf(pdpAddresses);
    }

    @Override
    public String toString() {
        return settings + " up, address " + ipAddress + (pdpAddresses.isEmpty() ? "" : ", context " + pdpAddresses)
                + (alreadyOpen ? " (was already open)" : "");
    }
}
