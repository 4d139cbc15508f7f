package dev.mmsys.emulator;

import java.util.Map;

/** Radio and registration: +CSQ, +CREG/+CGREG/+CEREG, +COPS, +CFUN, +CPSI, +CGATT. */
final class NetworkCommands {

    private final ModemCore core;

    NetworkCommands(ModemCore core) {
        this.core = core;
    }

    void register(Map<String, ModemCore.CommandHandler> h) {
        h.put("+CSQ", this::csq);
        h.put("+CREG", (c, r) -> core.state().cregN = reg(c, r, "+CREG", core.state().cregN));
        h.put("+CGREG", (c, r) -> core.state().cgregN = reg(c, r, "+CGREG", core.state().cgregN));
        h.put("+CEREG", (c, r) -> core.state().ceregN = reg(c, r, "+CEREG", core.state().ceregN));
        h.put("+COPS", this::cops);
        h.put("+CFUN", this::cfun);
        h.put("+CPSI", this::cpsi);
        h.put("+CGATT", this::cgatt);
    }

    private EmulatorProfile profile() {
        return core.profile();
    }

    private boolean registered() {
        return core.state().registered(profile());
    }

    private void csq(AtCommand c, Reply r) {
        if (c.kind() == AtCommand.Kind.TEST) {
            r.info("+CSQ: (0-31,99),(0-7,99)");
            return;
        }
        if (c.kind() != AtCommand.Kind.EXEC) {
            r.error();
            return;
        }
        int rssi = core.state().cfun == 1 ? profile().operator().rssi() : 99;
        r.info("+CSQ: " + rssi + ",99");
    }

    /** The registration commands: read gives {@code <n>,<stat>}; set stores n (URCs are not emulated). */
    private int reg(AtCommand c, Reply r, String name, int n) {
        switch (c.kind()) {
            case READ -> r.info(name + ": " + n + "," + core.state().registration(profile()));
            case TEST -> r.info(name + ": (0-2)");
            case SET -> {
                int v = c.integer(0, 0);
                if (v < 0 || v > 2) {
                    r.error();
                    return n;
                }
                return v;
            }
            default -> r.error();
        }
        return n;
    }

    private void cops(AtCommand c, Reply r) {
        EmulatedOperator op = profile().operator();
        switch (c.kind()) {
            case READ -> {
                if (!registered()) {
                    r.info("+COPS: 0");
                    return;
                }
                String name = switch (core.state().copsFormat) {
                    case 1 -> op.shortName();
                    case 2 -> op.plmn();
                    default -> op.longName();
                };
                r.info("+COPS: 0," + core.state().copsFormat + ",\"" + name + "\",7");
            }
            case TEST -> {
                r.delay(core.timings().pdpActivation());
                if (registered()) {
                    r.info("+COPS: (2,\"" + op.longName() + "\",\"" + op.shortName() + "\",\"" + op.plmn()
                            + "\",7),,(0,1,2,3,4),(0,1,2)");
                } else {
                    r.info("+COPS: ,,(0,1,2,3,4),(0,1,2)");
                }
            }
            case SET -> {
                int mode = c.integer(0, 0);
                if (mode == 3) {
                    int format = c.integer(1, 0);
                    if (format < 0 || format > 2) {
                        r.error();
                        return;
                    }
                    core.state().copsFormat = format;
                } else if (mode == 0) {
                    if (c.has(1)) {
                        core.state().copsFormat = c.integer(1);
                    }
                } else {
                    r.cme(3);        // manual selection and deregistration are not emulated
                }
            }
            default -> r.error();
        }
    }

    private void cfun(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CFUN: " + core.state().cfun);
            case TEST -> r.info("+CFUN: (0,1,4,5,6,7),(0-1)");
            case SET -> {
                int fun = c.integer(0);
                int rst = c.integer(1, 0);
                if ((fun != 0 && fun != 1 && fun != 4) || (rst != 0 && rst != 1)) {
                    r.error();
                    return;
                }
                if (rst == 1) {
                    r.after(core::reboot);
                    return;
                }
                int before = core.state().cfun;
                core.state().cfun = fun;
                if (before == 1 && fun != 1 && core.sockets().net != SocketStack.Net.CLOSED) {
                    r.after(() -> core.sockets().dropNetwork());
                }
            }
            default -> r.error();
        }
    }

    private void cpsi(AtCommand c, Reply r) {
        if (c.kind() != AtCommand.Kind.READ) {
            r.error();
            return;
        }
        if (!registered()) {
            r.info("+CPSI: NO SERVICE,Online");
            return;
        }
        EmulatedOperator op = profile().operator();
        String mccMnc = op.plmn().substring(0, 3) + "-" + op.plmn().substring(3);
        // cell figures are plausible constants: nothing in MMSYS reads them
        r.info("+CPSI: LTE,Online," + mccMnc + ",0x2E1B,27447824,281,EUTRAN-BAND2,900,5,5,-110,-1050,-770,14");
    }

    private void cgatt(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CGATT: " + (registered() ? 1 : 0));
            case TEST -> r.info("+CGATT: (0,1)");
            case SET -> {
                if (c.integer(0) == 1 && !registered()) {
                    r.cme(30);
                }
            }
            default -> r.error();
        }
    }
}
