package dev.mmsys.modem;

/**
 * The PDP context and socket-stack setup for reaching the MMSC. Changing any of it on an open session closes
 * the network (AT+NETCLOSE) and opens it again with the new values.
 *
 * @param apn                  the APN (empty: leave the context as provisioned, its PDP type included)
 * @param pdpType              IP, IPV6 or IPV4V6
 * @param cid                  the context id (1-24); the socket stack uses it via AT+CSOCKSETPN when not 1
 * @param auth                 PDP authentication
 * @param user                 user name for PAP/CHAP
 * @param password             password for PAP/CHAP
 * @param selectSocketContext  send AT+CSOCKSETPN=cid even for cid 1 (some firmware picked the "ims" context)
 * @param transparent          transparent mode (AT+CIPMODE=1): data streams without per-chunk round trips
 * @param receiveMode          command-mode receive: push or manual
 */
public record NetworkSettings(String apn, PdpType pdpType, int cid, AuthType auth, String user, String password,
                              boolean selectSocketContext, boolean transparent, ReceiveMode receiveMode) {

    public NetworkSettings {
        apn = apn == null ? "" : apn.strip();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (pdpType == null) {
            throw new IllegalArgumentException("a PDP type is required (IP, IPV6 or IPV4V6)");
        }
        if (cid < 1 || cid > 24) {
            throw new IllegalArgumentException("PDP context id " + cid + " is outside 1-24");
        }
        if (apn.indexOf('"') >= 0 || user.indexOf('"') >= 0 || password.indexOf('"') >= 0) {
            throw new IllegalArgumentException("APN, user and password must not contain '\"'");
        }
        auth = auth == null ? AuthType.NONE : auth;
        receiveMode = receiveMode == null ? ReceiveMode.PUSH : receiveMode;
    }

    /** APN and type on cid 1, no authentication, transparent mode, push receive. */
    public static NetworkSettings of(String apn, PdpType type) {
        return new NetworkSettings(apn, type, 1, AuthType.NONE, "", "", false, true, ReceiveMode.PUSH);
    }

    public NetworkSettings withTransparent(boolean on) {
        return new NetworkSettings(apn, pdpType, cid, auth, user, password, selectSocketContext, on, receiveMode);
    }

    public NetworkSettings withReceiveMode(ReceiveMode mode) {
        return new NetworkSettings(apn, pdpType, cid, auth, user, password, selectSocketContext, transparent, mode);
    }

    @Override
    public String toString() {
        return "cid " + cid + " " + pdpType + " \"" + apn + "\"" + (auth == AuthType.NONE ? "" : " " + auth)
                + (transparent ? ", transparent"
                        : ", " + receiveMode.name().toLowerCase(java.util.Locale.ROOT) + " receive");
    }
}
