package dev.mmsys.emulator;

import dev.mmsys.carrier.PdpType;
import java.util.TreeMap;

/**
 * Everything a SIM7600 forgets when it reboots: the V.25ter settings, SIM and registration progress, the PDP
 * table, SMS settings. The socket stack keeps its own state in {@link SocketStack}.
 */
final class ModemState {

    // V.25ter and error reporting (factory defaults: ATE1, ATV1, AT+CMEE=1)
    boolean echo = true;
    boolean verbose = true;
    int cmee = 1;

    // boot progress
    boolean simReady;
    boolean smsReady;
    int cfun = 1;

    // registration URC settings and operator format
    int cregN;
    int cgregN;
    int ceregN;
    int copsFormat;

    // PDP
    final TreeMap<Integer, PdpContext> contexts = new TreeMap<>();
    int socketCid = 1;

    // SMS (factory defaults, reference §7.1)
    int cmgf;
    String cscs = "IRA";
    String csca;
    int cscaType = 145;
    int[] csmp = {17, 167, 0, 0};
    int[] cnmi = {2, 1, 0, 0, 0};
    int cmms;
    int nextMr;

    // serial settings (stored only; the emulated line rate is the emulator's setting)
    int ipr = 115200;
    int[] ifc = {0, 0};

    ModemState(EmulatorProfile profile) {
        csca = profile.smsc();
        // a SIM7600 on LTE shows the attach context plus "ims" and "sos" (reference §3.1)
        contexts.put(1, new PdpContext(1, profile.pdpType(), profile.apn()));
        contexts.put(2, new PdpContext(2, PdpType.IPV4V6, "ims"));
        contexts.put(3, new PdpContext(3, PdpType.IPV4V6, "sos"));
    }

    /** The SIM was pulled at run time ({@code +SIMCARD: NOT AVAILABLE}); carried over reboots by the core. */
    boolean simRemoved;

    /** Whether a SIM is in the slot. */
    boolean simPresent(EmulatorProfile profile) {
        return profile.sim().present() && !simRemoved;
    }

    /** The +CREG/+CGREG/+CEREG {@code <stat>} now. */
    int registration(EmulatorProfile profile) {
        if (cfun != 1 || !simPresent(profile)) {
            return 0;
        }
        if (!simReady) {
            return 2;
        }
        return profile.operator().registration();
    }

    boolean registered(EmulatorProfile profile) {
        int s = registration(profile);
        return s == 1 || s == 5;
    }
}
