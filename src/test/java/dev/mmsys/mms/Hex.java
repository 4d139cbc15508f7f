package dev.mmsys.mms;

import java.util.HexFormat;

/** Hex for test vectors written by hand: spaces allowed. */
final class Hex {
    private Hex() {
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }

    static String of(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
