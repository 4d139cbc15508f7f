package dev.mmsys.emulator;

import java.util.HexFormat;
import java.util.Map;

/**
 * The TCP/IP AT commands (reference §4, §5): NETOPEN/NETCLOSE, IPADDR, CIPOPEN, CIPSEND, CIPRXGET, CIPCLOSE,
 * CDNSGIP, the stack settings, and ATO for transparent mode. Error forms follow reference §5.1.
 */
final class SocketCommands {

    private final ModemCore core;

    SocketCommands(ModemCore core) {
        this.core = core;
    }

    private SocketStack stack() {
        return core.sockets();
    }

    void register(Map<String, ModemCore.CommandHandler> h) {
        h.put("+CIPMODE", this::cipMode);
        h.put("+CIPSENDMODE", (c, r) -> stack().sendMode = flag(c, r, "+CIPSENDMODE", stack().sendMode));
        h.put("+CIPHEAD", this::cipHead);
        h.put("+CIPSRIP", (c, r) -> stack().cipSrip = flag(c, r, "+CIPSRIP", stack().cipSrip));
        h.put("+CIPCCFG", this::cipCcfg);
        h.put("+CIPTIMEOUT", this::cipTimeout);
        h.put("+CIPDNSSET", this::cipDnsSet);
        h.put("+CIPRXGET", this::cipRxGet);
        h.put("+NETOPEN", this::netOpen);
        h.put("+NETCLOSE", this::netClose);
        h.put("+IPADDR", this::ipAddr);
        h.put("+CIPOPEN", this::cipOpen);
        h.put("+CIPSEND", this::cipSend);
        h.put("+CIPCLOSE", this::cipClose);
        h.put("+CDNSGIP", this::cdnsGip);
        h.put("O", this::resume);
    }

    /** A 0/1 setting with the usual read and test forms; returns the (possibly new) value. */
    private static int flag(AtCommand c, Reply r, String name, int current) {
        switch (c.kind()) {
            case READ -> r.info(name + ": " + current);
            case TEST -> r.info(name + ": (0-1)");
            case SET -> {
                int v = c.integer(0);
                if (v != 0 && v != 1) {
                    r.error();
                    return current;
                }
                return v;
            }
            default -> r.error();
        }
        return current;
    }

    private void cipMode(AtCommand c, Reply r) {
        if (c.kind() == AtCommand.Kind.SET && stack().net != SocketStack.Net.CLOSED) {
            r.error();      // must be set before NETOPEN (reference §4)
            return;
        }
        stack().cipMode = flag(c, r, "+CIPMODE", stack().cipMode);
    }

    private void cipHead(AtCommand c, Reply r) {
        if (c.kind() == AtCommand.Kind.EXEC) {
            stack().cipHead = 1;       // bare AT+CIPHEAD sets 1
            return;
        }
        stack().cipHead = flag(c, r, "+CIPHEAD", stack().cipHead);
    }

    private void cipCcfg(AtCommand c, Reply r) {
        int[] v = stack().ccfg;
        switch (c.kind()) {
            case READ -> r.info("+CIPCCFG: " + join(v));
            case TEST -> r.info("+CIPCCFG: (0-10),(0-1000),(0),(0-1),(0-1),(0-1),(500-120000)");
            case SET -> {
                int[] n = v.clone();
                int[][] ranges = {{0, 10}, {0, 1000}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {500, 120000}};
                for (int i = 0; i < Math.min(7, c.argCount()); i++) {
                    if (c.has(i)) {
                        int x = c.integer(i);
                        if (x < ranges[i][0] || x > ranges[i][1]) {
                            r.error();
                            return;
                        }
                        n[i] = x;
                    }
                }
                stack().ccfg = n;
            }
            default -> r.error();
        }
    }

    private void cipTimeout(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CIPTIMEOUT: " + join(stack().timeouts));
            case TEST -> r.info("+CIPTIMEOUT: (3000-120000),(3000-120000),(3000-120000)");
            case SET -> {
                int[] n = stack().timeouts.clone();
                for (int i = 0; i < Math.min(3, c.argCount()); i++) {
                    if (c.has(i)) {
                        int x = c.integer(i);
                        if (x < 3000 || x > 120000) {
                            r.error();
                            return;
                        }
                        n[i] = x;
                    }
                }
                stack().timeouts = n;
            }
            default -> r.error();
        }
    }

    private void cipDnsSet(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CIPDNSSET: " + join(stack().dnsSet));
            case SET -> {
                int[] n = stack().dnsSet.clone();
                for (int i = 0; i < Math.min(3, c.argCount()); i++) {
                    if (c.has(i)) {
                        n[i] = c.integer(i);
                    }
                }
                stack().dnsSet = n;
            }
            default -> r.error();
        }
    }

    // ---- network -------------------------------------------------------------------------------------------

    private void netOpen(AtCommand c, Reply r) {
        SocketStack s = stack();
        if (c.kind() == AtCommand.Kind.READ) {
            r.info("+NETOPEN: " + (s.net == SocketStack.Net.OPEN ? 1 : 0));
            return;
        }
        if (c.kind() != AtCommand.Kind.EXEC) {
            r.error();
            return;
        }
        if (s.net != SocketStack.Net.CLOSED) {
            r.errorWith(s.ipError(ErrorTexts.IP_NETWORK_ALREADY_OPENED));
            return;
        }
        PdpContext ctx = core.state().contexts.get(core.state().socketCid);
        ModemState st = core.state();
        if (!st.simPresent(core.profile()) || !st.simReady || st.cfun != 1 || ctx == null) {
            r.error();
            return;
        }
        ModemFaults.NetopenFailure f = core.faults().takeNetopenFailure();
        if (f == ModemFaults.NetopenFailure.ERROR) {
            r.error();
            return;
        }
        r.after(() -> s.open(ctx, f == ModemFaults.NetopenFailure.URC));
    }

    private void netClose(AtCommand c, Reply r) {
        if (c.kind() != AtCommand.Kind.EXEC) {
            r.error();
            return;
        }
        if (stack().net == SocketStack.Net.CLOSED) {
            r.errorWith("+NETCLOSE: 2");
            return;
        }
        r.after(stack()::close);
    }

    private void ipAddr(AtCommand c, Reply r) {
        if (c.kind() != AtCommand.Kind.EXEC) {
            r.error();
            return;
        }
        if (stack().net != SocketStack.Net.OPEN) {
            r.errorWith(stack().ipError(ErrorTexts.IP_NETWORK_NOT_OPENED));
            return;
        }
        r.info("+IPADDR: " + stack().address());
    }

    // ---- links ---------------------------------------------------------------------------------------------

    private void cipOpen(AtCommand c, Reply r) {
        SocketStack s = stack();
        switch (c.kind()) {
            case TEST -> {
                r.info("+CIPOPEN: (0-9),(\"TCP\",\"UDP\")");
                return;
            }
            case READ -> {
                for (SocketStack.Link l : s.links) {
                    r.info(l.connected() ? "+CIPOPEN: " + l.id + ",\"TCP\",\"" + l.ip + "\"," + l.port + ",-1"
                            : "+CIPOPEN: " + l.id);
                }
                return;
            }
            case SET -> {
            }
            default -> {
                r.error();
                return;
            }
        }
        int id = c.integer(0);
        if (id < 0 || id >= SocketStack.LINKS || (s.transparentSession && id != 0)) {
            r.errorWith(s.ipError(ErrorTexts.IP_INVALID_PARAMETER));
            return;
        }
        String type = c.text(1);
        String host = c.text(2);
        if (s.net != SocketStack.Net.OPEN) {
            r.errorWith("+CIPOPEN: " + id + ",2");
            return;
        }
        SocketStack.Link link = s.links[id];
        if (link.state == SocketStack.LinkState.CONNECTED || link.state == SocketStack.LinkState.CONNECTING) {
            r.errorWith("+CIPOPEN: " + id + ",4");
            return;
        }
        if (!type.equalsIgnoreCase("TCP") || host.isEmpty() || !c.has(3)
                || EmulatedNetwork.looksLikeIpv6(host)) {
            // UDP is not emulated; IPv6 literals are not documented for CIPOPEN (reference §3.6)
            r.errorWith("+CIPOPEN: " + id + ",3");
            return;
        }
        int port = c.integer(3);
        if (port < 1 || port > 65535) {
            r.errorWith("+CIPOPEN: " + id + ",3");
            return;
        }
        if (s.transparentSession) {
            r.defer();      // the final result is CONNECT <rate> or CONNECT FAIL
        }
        r.after(() -> s.connect(link, host, port));
    }

    private void cipSend(AtCommand c, Reply r) {
        SocketStack s = stack();
        if (c.kind() == AtCommand.Kind.TEST) {
            r.info("+CIPSEND: (0-9),(1-1500)");
            return;
        }
        if (c.kind() != AtCommand.Kind.SET || s.transparentSession) {
            r.error();
            return;
        }
        int id = c.integer(0);
        if (id < 0 || id >= SocketStack.LINKS) {
            r.errorWith(s.ipError(ErrorTexts.IP_INVALID_PARAMETER));
            return;
        }
        boolean fixed = c.has(1);
        int len = fixed ? c.integer(1) : -1;
        if (fixed && (len < 1 || len > 1500)) {
            r.errorWith("+CIPERROR: 3");
            return;
        }
        if (s.net != SocketStack.Net.OPEN) {
            r.errorWith("+CIPERROR: 2");
            return;
        }
        SocketStack.Link link = s.links[id];
        if (!link.connected()) {
            r.errorWith("+CIPERROR: 4");
            return;
        }
        if (link.sendPending) {
            r.errorWith("+CIPERROR: 8");
            return;
        }
        r.prompt("\r\n>", new Payload(link, len));
    }

    /** The octets after CIPSEND's {@code >}: a fixed count, or up to Ctrl-Z with 0x03 escapes. */
    final class Payload implements DataPhase {
        private final SocketStack.Link link;
        private final int length;

        Payload(SocketStack.Link link, int length) {
            this.link = link;
            this.length = length;
        }

        @Override
        public int fixedLength() {
            return length;
        }

        @Override
        public int maxLength() {
            return 1500;
        }

        @Override
        public boolean escapesWith03() {
            return true;
        }

        @Override
        public void complete(byte[] data, boolean overflow, Reply r) {
            boolean drop = core.takeNetworkDropAtDataEnd();
            if (overflow || data.length == 0) {
                r.errorWith("+CIPERROR: 3");
                return;
            }
            if (!link.connected()) {
                // the link went away while the payload was typed: taken, but not delivered
                r.after(() -> core.urc("+CIPSEND: " + link.id + "," + data.length + ",-1"));
                return;
            }
            r.after(() -> stack().sent(link, data, drop));
        }

        @Override
        public void cancelled(Reply r) {
            r.error();      // ESC in the Ctrl-Z form: "send cancelled" is a plain ERROR (reference §5.5)
        }
    }

    private void cipRxGet(AtCommand c, Reply r) {
        SocketStack s = stack();
        switch (c.kind()) {
            case READ -> {
                r.info("+CIPRXGET: " + s.rxGet);
                return;
            }
            case TEST -> {
                r.info("+CIPRXGET: (0-4),(0-9),(1-1500)");
                return;
            }
            case SET -> {
            }
            default -> {
                r.error();
                return;
            }
        }
        int mode = c.integer(0);
        if (mode == 0 || mode == 1) {
            if (c.argCount() > 1 || s.transparentSession) {
                r.error();
                return;
            }
            if (s.rxGet == 1 && mode == 0) {
                r.after(s::flushBufferedAsPush);
            }
            s.rxGet = mode;
            return;
        }
        if (mode < 2 || mode > 4 || s.transparentSession) {
            r.error();
            return;
        }
        int id = c.integer(1);
        if (id < 0 || id >= SocketStack.LINKS) {
            r.errorWith(s.ipError(ErrorTexts.IP_INVALID_PARAMETER));
            return;
        }
        SocketStack.Link link = s.links[id];
        if (mode == 4) {
            r.info("+CIPRXGET: 4," + id + "," + link.received.size());
            return;
        }
        int max = mode == 2 ? 1500 : 750;
        int want = c.integer(2, max);
        if (want < 1 || want > max) {
            r.errorWith(s.ipError(ErrorTexts.IP_INVALID_PARAMETER));
            return;
        }
        if (link.received.isEmpty()) {
            r.errorWith(s.ipError(ErrorTexts.IP_NO_DATA));
            return;
        }
        byte[] data = link.read(want);
        r.info("+CIPRXGET: " + mode + "," + id + "," + data.length + "," + link.received.size());
        r.raw(mode == 2 ? data : HexFormat.of().withUpperCase().formatHex(data).getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
    }

    private void cipClose(AtCommand c, Reply r) {
        SocketStack s = stack();
        if (c.kind() == AtCommand.Kind.READ) {
            StringBuilder sb = new StringBuilder("+CIPCLOSE: ");
            for (int i = 0; i < SocketStack.LINKS; i++) {
                sb.append(i == 0 ? "" : ",").append(s.links[i].connected() ? 1 : 0);
            }
            r.info(sb.toString());
            return;
        }
        if (c.kind() == AtCommand.Kind.TEST) {
            r.info("+CIPCLOSE: (0-9)");
            return;
        }
        if (c.kind() != AtCommand.Kind.SET) {
            r.error();
            return;
        }
        int id = c.integer(0);
        if (id < 0 || id >= SocketStack.LINKS) {
            r.errorWith(s.ipError(ErrorTexts.IP_INVALID_PARAMETER));
            return;
        }
        SocketStack.Link link = s.links[id];
        if (link.state == SocketStack.LinkState.CONNECTED || link.state == SocketStack.LinkState.CONNECTING) {
            r.after(() -> s.closeLink(link));
            return;
        }
        s.discard(link);
        r.errorWith("+CIPCLOSE: " + id + ",4");
    }

    private void cdnsGip(AtCommand c, Reply r) {
        if (c.kind() == AtCommand.Kind.TEST) {
            return;
        }
        if (c.kind() != AtCommand.Kind.SET || !c.has(0)) {
            r.error();
            return;
        }
        String host = c.text(0);
        r.delay(core.timings().dnsLookup());
        if (!core.state().registered(core.profile())) {
            r.errorWith("+CDNSGIP: 0,10");
            return;
        }
        if (EmulatedNetwork.isIpv4(host)) {
            r.info("+CDNSGIP: 1,\"" + host + "\",\"" + host + "\"");
            return;
        }
        String ip = core.network().resolve(host).orElse(null);
        if (ip == null || host.length() > 254) {
            r.errorWith("+CDNSGIP: 0,10");
            return;
        }
        r.info("+CDNSGIP: 1,\"" + host + "\",\"" + ip + "\"");
    }

    /** ATO: back to transparent data mode on the open link. */
    private void resume(AtCommand c, Reply r) {
        SocketStack.Link link = core.transparentLink();
        if (!stack().transparentSession || link == null || !link.connected()) {
            r.error();
            return;
        }
        r.finalLine("CONNECT " + core.connectRate());
        r.after(() -> core.enterTransparent(link));
    }

    private static String join(int[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ",").append(v[i]);
        }
        return sb.toString();
    }
}
