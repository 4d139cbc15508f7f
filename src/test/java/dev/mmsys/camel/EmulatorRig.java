package dev.mmsys.camel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mmsys.emulator.EmulatorProfile;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.PtyLink;
import dev.mmsys.emulator.Route;
import dev.mmsys.emulator.Sim7600Emulator;
import dev.mmsys.mms.SendReq;
import dev.mmsys.mms.MmsEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test rig: a SIM7600 emulator playing a carrier profile, served on a socat pty, with the scripted MMSC bound to
 * the profile's MMSC and proxy roles. The component reaches it exactly as it reaches a real modem: jSerialComm
 * on a device path.
 */
public final class EmulatorRig implements AutoCloseable {

    public final Sim7600Emulator emulator;
    public final ScriptedMmsc mmsc;
    public final PtyLink pty;

    private EmulatorRig(Sim7600Emulator emulator, ScriptedMmsc mmsc, PtyLink pty) {
        this.emulator = emulator;
        this.mmsc = mmsc;
        this.pty = pty;
    }

    /** Skips the test when socat is absent. */
    public static EmulatorRig start(EmulatorSettings settings, Path dir) throws IOException {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped (.ci/run installs it)");
        Sim7600Emulator e = Sim7600Emulator.start(settings);
        ScriptedMmsc m = new ScriptedMmsc();
        e.network().bind(Route.MMSC, m.address());
        e.network().bind(Route.PROXY, m.address());
        PtyLink p = e.servePty(dir.resolve("ttySIM7600"));
        return new EmulatorRig(e, m, p);
    }

    public static EmulatorRig start(String profile, Path dir) throws IOException {
        return start(EmulatorSettings.forTests().withProfile(profile), dir);
    }

    public EmulatorProfile profile() {
        return emulator.profile();
    }

    /** {@code sim7600:<pty>?apn=…&pdpType=…&mmsc=…[&proxy=…]} from the profile, plus {@code extra} options. */
    public String uri(String extra) {
        EmulatorProfile p = profile();
        Map<String, String> o = new LinkedHashMap<>();
        o.put("apn", p.apn());
        o.put("pdpType", p.pdpType().name());
        o.put("mmsc", p.mmscUrl());
        if (!p.mmsProxy().isEmpty()) {
            o.put("proxy", p.mmsProxy());
        }
        for (String t : List.of("commandTimeout=3s", "connectTimeout=5s", "responseTimeout=5s", "netOpenTimeout=5s",
                "smsTimeout=5s", "dnsTimeout=5s")) {
            o.put(t.substring(0, t.indexOf('=')), t.substring(t.indexOf('=') + 1));
        }
        for (String kv : extra.split("&")) {
            if (!kv.isEmpty()) {
                o.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        StringBuilder u = new StringBuilder("sim7600:").append(pty.path());
        char sep = '?';
        for (var e : o.entrySet()) {
            u.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return u.toString();
    }

    /** An M-Send.req with {@code text} to {@code to}, encoded by the MMS codec. */
    public static byte[] mSendReq(String to, String text) {
        return MmsEncoder.encode(SendReq.builder().androidDefaults(Instant.now()).to(to).text(text).build());
    }

    @Override
    public void close() {
        pty.close();
        mmsc.close();
        emulator.close();
    }
}
