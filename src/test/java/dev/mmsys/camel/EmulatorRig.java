package dev.mmsys.camel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mmsys.emulator.EmulatorProfile;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.PtyLink;
import dev.mmsys.emulator.EmulatorStack;
import dev.mmsys.emulator.MmscEmulator;
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
 * Test rig: the SIM7600 emulator playing a carrier profile with the MMSC emulator (and, where the profile has
 * one, its MMS proxy), the modem served on a socat pty. The component reaches it exactly as it reaches a real
 * modem: jSerialComm on a device path.
 */
public final class EmulatorRig implements AutoCloseable {

    public final EmulatorStack stack;
    public final Sim7600Emulator emulator;
    public final MmscEmulator mmsc;
    public final PtyLink pty;

    private EmulatorRig(EmulatorStack stack, PtyLink pty) {
        this.stack = stack;
        this.emulator = stack.modem();
        this.mmsc = stack.mmsc();
        this.pty = pty;
    }

    /** Skips the test when socat is absent. */
    public static EmulatorRig start(EmulatorSettings settings, Path dir) throws IOException {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped (.ci/run installs it)");
        EmulatorStack stack = EmulatorStack.start(settings, dir.resolve("mmsc"));
        try {
            return new EmulatorRig(stack, stack.modem().servePty(dir.resolve("ttySIM7600")));
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
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
        try {
            pty.close();
        } finally {
            stack.close();
        }
    }
}
