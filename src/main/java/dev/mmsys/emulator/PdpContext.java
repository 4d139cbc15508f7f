package dev.mmsys.emulator;

import dev.mmsys.carrier.PdpType;

/** One row of the modem's PDP context table ({@code AT+CGDCONT}), with its activation state. */
final class PdpContext {
    final int cid;
    PdpType type;
    String apn;
    boolean active;
    int authType;
    String user = "";
    String password = "";

    PdpContext(int cid, PdpType type, String apn) {
        this.cid = cid;
        this.type = type;
        this.apn = apn;
    }
}
