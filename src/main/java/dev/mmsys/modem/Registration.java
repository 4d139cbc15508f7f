package dev.mmsys.modem;

/**
 * Network registration as the modem reports it. Each {@code <stat>} is 0 not registered, 1 home, 2 searching,
 * 3 denied, 4 unknown, 5 roaming (CEREG also 6-8), or -1 when the modem did not answer that query.
 *
 * @param rssi     AT+CSQ rssi (0-31, 99 unknown), -1 when not read
 * @param operator the operator name from AT+COPS?, "" when unregistered
 * @param accessTechnology the COPS AcT (7 = LTE), -1 when absent
 */
public record Registration(int creg, int cgreg, int cereg, int rssi, String operator, int accessTechnology) {

    /** Packet-switched registration (CGREG or CEREG 1 or 5) is what sockets and MMS need. */
    public boolean packetRegistered() {
        return ok(cgreg) || ok(cereg);
    }

    /** Circuit- or packet-switched registration, enough for SMS. */
    public boolean registered() {
        return ok(creg) || packetRegistered();
    }

    public boolean denied() {
        return creg == 3 && !packetRegistered() || cereg == 3 && cgreg == 3;
    }

    private static boolean ok(int stat) {
        return stat == 1 || stat == 5;
    }

    /** Signal in dBm from rssi (-113 + 2·rssi), or null when unknown. */
    public Integer signalDbm() {
        return rssi >= 0 && rssi <= 31 ? -113 + 2 * rssi : null;
    }

    static String statText(int stat) {
        return switch (stat) {
            case 0 -> "not registered, not searching";
            case 1 -> "registered (home)";
            case 2 -> "searching";
            case 3 -> "registration denied";
            case 4 -> "unknown";
            case 5 -> "registered (roaming)";
            case 6, 7 -> "registered for SMS only";
            case 8 -> "emergency only";
            default -> "not reported";
        };
    }

    @Override
    public String toString() {
        int ps = packetRegistered() ? (cgreg == 1 || cereg == 1 ? 1 : 5)
                : cereg >= 0 ? cereg : cgreg >= 0 ? cgreg : creg;
        Integer dbm = signalDbm();
        return statText(ps) + " (CREG " + creg + ", CGREG " + cgreg + ", CEREG " + cereg + "), operator \""
                + operator + "\", signal " + (dbm == null ? "unknown" : dbm + " dBm (CSQ " + rssi + ")");
    }
}
