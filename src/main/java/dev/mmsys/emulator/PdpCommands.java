package dev.mmsys.emulator;

import dev.mmsys.carrier.PdpType;
import java.util.Map;

/**
 * PDP contexts (reference §3): +CGDCONT, +CGACT, +CGPADDR, +CGAUTH, and the legacy socket-context selection
 * +CSOCKSETPN (with +CGSOCKCONT and +CSOCKAUTH accepted and ignored).
 */
final class PdpCommands {

    static final String IPV4_ZERO = "0.0.0.0";
    static final String IPV6_ZERO = "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0";

    private final ModemCore core;

    PdpCommands(ModemCore core) {
        this.core = core;
    }

    void register(Map<String, ModemCore.CommandHandler> h) {
        h.put("+CGDCONT", this::cgdcont);
        h.put("+CGACT", this::cgact);
        h.put("+CGPADDR", this::cgpaddr);
        h.put("+CGAUTH", this::cgauth);
        h.put("+CSOCKSETPN", this::csocksetpn);
        h.put("+CGSOCKCONT", (c, r) -> {
            if (c.kind() == AtCommand.Kind.SET && !validCid(c.integer(0))) {
                r.error();
            }
        });
        h.put("+CSOCKAUTH", (c, r) -> { });
    }

    static boolean validCid(int cid) {
        return cid >= 1 && cid <= 24;
    }

    private void cgdcont(AtCommand c, Reply r) {
        ModemState s = core.state();
        switch (c.kind()) {
            case READ -> {
                for (PdpContext p : s.contexts.values()) {
                    r.info("+CGDCONT: " + p.cid + ",\"" + p.type + "\",\"" + p.apn + "\",\""
                            + (p.type == PdpType.IP ? IPV4_ZERO : IPV6_ZERO) + "\",0,0,0,0");
                }
            }
            case TEST -> r.info("+CGDCONT: (1-24),\"IP\",,,(0-2),(0-4),(0-1),(0-1)")
                    .info("+CGDCONT: (1-24),\"IPV6\",,,(0-2),(0-4),(0-1),(0-1)")
                    .info("+CGDCONT: (1-24),\"IPV4V6\",,,(0-2),(0-4),(0-1),(0-1)");
            case SET -> {
                int cid = c.integer(0);
                if (!validCid(cid)) {
                    r.error();
                    return;
                }
                if (c.argCount() == 1) {
                    s.contexts.remove(cid);         // AT+CGDCONT=<cid> undefines the context
                    return;
                }
                PdpType type;
                try {
                    type = PdpType.parse(c.text(1));
                } catch (IllegalArgumentException e) {
                    r.error();
                    return;
                }
                PdpContext p = s.contexts.computeIfAbsent(cid, k -> new PdpContext(k, type, ""));
                p.type = type;
                p.apn = c.text(2);
                // on LTE the attach context's new APN and type apply from the next NETOPEN/attach (reference §3.1)
            }
            default -> r.error();
        }
    }

    private void cgact(AtCommand c, Reply r) {
        ModemState s = core.state();
        switch (c.kind()) {
            case READ -> {
                for (PdpContext p : s.contexts.values()) {
                    r.info("+CGACT: " + p.cid + "," + (active(p) ? 1 : 0));
                }
            }
            case TEST -> r.info("+CGACT: (0,1)");
            case SET -> {
                int state = c.integer(0);
                if (state != 0 && state != 1) {
                    r.error();
                    return;
                }
                r.delay(core.timings().pdpActivation());
                if (c.has(1)) {
                    PdpContext p = s.contexts.get(c.integer(1));
                    if (p == null) {
                        r.cme(3);
                        return;
                    }
                    if (state == 1 && !s.registered(core.profile())) {
                        r.cme(30);
                        return;
                    }
                    p.active = state == 1;
                } else {
                    for (PdpContext p : s.contexts.values()) {
                        p.active = state == 1 && s.registered(core.profile());
                    }
                }
            }
            default -> r.error();
        }
    }

    /** The LTE default bearer (cid 1) is up whenever the modem is registered (reference §3.2). */
    private boolean active(PdpContext p) {
        return core.state().registered(core.profile()) && (p.active || p.cid == 1);
    }

    private void cgpaddr(AtCommand c, Reply r) {
        ModemState s = core.state();
        if (c.kind() == AtCommand.Kind.TEST) {
            r.info("+CGPADDR: (" + String.join(",", s.contexts.keySet().stream().map(String::valueOf).toList()) + ")");
            return;
        }
        if (c.kind() == AtCommand.Kind.SET) {
            PdpContext p = s.contexts.get(c.integer(0));
            if (p == null) {
                r.error();
                return;
            }
            r.info(address(p));
        } else if (c.kind() == AtCommand.Kind.EXEC) {
            for (PdpContext p : s.contexts.values()) {
                r.info(address(p));
            }
        } else {
            r.error();
        }
    }

    /** {@code +CGPADDR: <cid>,<addr>[,<addr2>]}: dual-stack shows both (27.007 §10.1.14; unconfirmed on SIM7600). */
    private String address(PdpContext p) {
        EmulatorProfile prof = core.profile();
        boolean up = active(p);
        String v4 = up ? prof.ipv4Address() : IPV4_ZERO;
        String v6 = up ? prof.ipv6Address() : IPV6_ZERO;
        return "+CGPADDR: " + p.cid + "," + switch (p.type) {
            case IP -> "\"" + v4 + "\"";
            case IPV6 -> "\"" + v6 + "\"";
            case IPV4V6 -> "\"" + v4 + "\",\"" + v6 + "\"";
        };
    }

    private void cgauth(AtCommand c, Reply r) {
        ModemState s = core.state();
        switch (c.kind()) {
            case READ -> {
                for (PdpContext p : s.contexts.values()) {
                    r.info("+CGAUTH: " + p.cid + "," + p.authType
                            + (p.authType == 0 ? "" : ",\"" + p.user + "\",\"" + p.password + "\""));
                }
            }
            case TEST -> r.info("+CGAUTH: (1-24,100-179),(0-3),127,127");
            case SET -> {
                PdpContext p = s.contexts.get(c.integer(0));
                int type = c.integer(1, 0);
                if (p == null || type < 0 || type > 3) {
                    r.error();
                    return;
                }
                p.authType = type;
                p.password = c.text(2);     // SIM7600 order: password before user (reference §3.4)
                p.user = c.text(3);
            }
            default -> r.error();
        }
    }

    private void csocksetpn(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CSOCKSETPN: " + core.state().socketCid);
            case TEST -> r.info("+CSOCKSETPN: (1-16)");
            case SET -> {
                int cid = c.integer(0);
                if (cid < 1 || cid > 16) {
                    r.error();
                    return;
                }
                core.state().socketCid = cid;
            }
            default -> r.error();
        }
    }
}
