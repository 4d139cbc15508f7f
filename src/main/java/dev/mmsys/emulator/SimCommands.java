package dev.mmsys.emulator;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

/**
 * The SIM as the host can read it: +CPIN, +CIMI, +CICCID, +CNUM, +CSPN and +CRSM (READ BINARY of EF_ICCID,
 * EF_IMSI, EF_AD, EF_GID1, EF_SPN; 27.007 §8.18, status words per ISO 7816-4).
 */
final class SimCommands {

    static final int EF_ICCID = 0x2FE2;
    static final int EF_IMSI = 0x6F07;
    static final int EF_AD = 0x6FAD;
    static final int EF_GID1 = 0x6F3E;
    static final int EF_SPN = 0x6F46;
    static final int READ_BINARY = 176;

    private final ModemCore core;

    SimCommands(ModemCore core) {
        this.core = core;
    }

    void register(Map<String, ModemCore.CommandHandler> h) {
        h.put("+CPIN", this::cpin);
        h.put("+CIMI", (c, r) -> {
            if (simReady(r)) {
                r.info(sim().imsi());
            }
        });
        h.put("+CICCID", (c, r) -> {
            if (simReady(r)) {
                r.info("+ICCID: " + sim().iccid());
            }
        });
        h.put("+CNUM", (c, r) -> {
            if (simReady(r) && !sim().msisdn().isEmpty()) {
                r.info("+CNUM: ,\"" + sim().msisdn() + "\"," + (sim().msisdn().startsWith("+") ? 145 : 129));
            }
        });
        h.put("+CSPN", (c, r) -> {
            if (c.kind() != AtCommand.Kind.READ) {
                r.error();
            } else if (simReady(r)) {
                if (sim().spn().isEmpty()) {
                    r.cme(100);
                } else {
                    r.info("+CSPN: \"" + sim().spn() + "\"," + sim().spnDisplay());
                }
            }
        });
        h.put("+CRSM", this::crsm);
    }

    private EmulatedSim sim() {
        return core.profile().sim();
    }

    /** False (and the reply set) when there is no SIM or it is still initialising. */
    boolean simReady(Reply r) {
        if (!core.state().simPresent(core.profile())) {
            r.cme(10);
            return false;
        }
        if (!core.state().simReady) {
            r.cme(14);
            return false;
        }
        return true;
    }

    private void cpin(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> {
                if (simReady(r)) {
                    r.info("+CPIN: READY");
                }
            }
            case TEST -> {
            }
            case SET -> {
                if (simReady(r)) {
                    r.cme(3);       // no PIN is pending
                }
            }
            default -> r.error();
        }
    }

    private void crsm(AtCommand c, Reply r) {
        if (c.kind() == AtCommand.Kind.TEST) {
            return;
        }
        if (c.kind() != AtCommand.Kind.SET) {
            r.error();
            return;
        }
        if (!simReady(r)) {
            return;
        }
        int command = c.integer(0);
        if (command != READ_BINARY) {
            r.info("+CRSM: 106,129");       // 6A81: function not supported (only READ BINARY is emulated)
            return;
        }
        if (!c.has(1)) {
            r.error();
            return;
        }
        byte[] file = file(c.integer(1));
        if (file == null) {
            r.info("+CRSM: 106,130");       // 6A82: file not found
            return;
        }
        int offset = (c.integer(2, 0) << 8) | c.integer(3, 0);
        int length = c.integer(4, 0);
        if (offset > file.length) {
            r.info("+CRSM: 107,0");         // 6B00: wrong parameters P1-P2 (offset outside the file)
            return;
        }
        int available = file.length - offset;
        if (length == 0) {
            length = available;             // P3 = 0: the whole (rest of the) file, as modems treat it
        }
        if (length > available) {
            // the card answers 6Cxx (wrong Le) and the modem's T=0 layer asks again with xx: the host sees
            // the shorter file and 90 00 (a guess: reference/sim7600-at.md has nothing on over-long reads)
            length = available;
        }
        r.info("+CRSM: 144,0,\"" + HexFormat.of().withUpperCase().formatHex(file, offset, offset + length) + "\"");
    }

    /** The contents of an elementary file, or null when this SIM has no such file. */
    private byte[] file(int id) {
        EmulatedSim s = sim();
        return switch (id) {
            case EF_ICCID -> swappedBcd(s.iccid(), 10);
            case EF_IMSI -> imsiFile(s.imsi());
            case EF_AD -> new byte[] {0, 0, 0, (byte) s.mncLength()};
            case EF_GID1 -> s.gid1Hex() == null ? null : HexFormat.of().parseHex(s.gid1Hex());
            case EF_SPN -> s.spn().isEmpty() ? null : spnFile(s.spn(), s.spnDisplay());
            default -> null;
        };
    }

    /** EF_SPN: display condition, then the name in the GSM default alphabet (ASCII subset here), FF padded. */
    static byte[] spnFile(String spn, int display) {
        byte[] f = new byte[17];
        java.util.Arrays.fill(f, (byte) 0xFF);
        f[0] = (byte) display;
        byte[] name = spn.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, f, 1, Math.min(16, name.length));
        return f;
    }

    /** Digits as nibble-swapped BCD, F-padded (EF_ICCID). */
    static byte[] swappedBcd(String digits, int octets) {
        byte[] f = new byte[octets];
        for (int i = 0; i < octets; i++) {
            int lo = 2 * i < digits.length() ? digits.charAt(2 * i) - '0' : 0xF;
            int hi = 2 * i + 1 < digits.length() ? digits.charAt(2 * i + 1) - '0' : 0xF;
            f[i] = (byte) ((hi << 4) | lo);
        }
        return f;
    }

    /** EF_IMSI: length octet, then parity/type nibble 9 and the digits, nibble-swapped (31.102 §4.2.2). */
    static byte[] imsiFile(String imsi) {
        String digits = "9" + imsi;     // first nibble: type 001 + odd parity for 15 digits
        byte[] f = new byte[9];
        f[0] = 8;
        byte[] bcd = swappedBcd(digits, 8);
        System.arraycopy(bcd, 0, f, 1, 8);
        return f;
    }
}
