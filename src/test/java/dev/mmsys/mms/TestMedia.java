package dev.mmsys.mms;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Small media files made here: headers real enough for content detection and tshark's dissectors. */
final class TestMedia {
    private TestMedia() {
    }

    /** A valid 1x1 RGBA PNG. */
    static byte[] png() {
        return Hex.bytes("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                + "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");
    }

    /** A JPEG-looking file of {@code size} octets: SOI, an APP0 JFIF header, filler, EOI. */
    static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        byte[] head = Hex.bytes("ffd8ffe000104a46494600010100000100010000");
        System.arraycopy(head, 0, b, 0, head.length);
        b[size - 2] = (byte) 0xFF;
        b[size - 1] = (byte) 0xD9;
        return b;
    }

    static byte[] gif() {
        return Hex.bytes("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b");
    }

    static byte[] amr() {
        byte[] b = new byte[6 + 32];
        System.arraycopy("#!AMR\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 6);
        b[6] = 0x3C;
        return b;
    }

    static byte[] vcard() {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Example\r\nTEL:+16195550100\r\nEND:VCARD\r\n"
                .getBytes(StandardCharsets.UTF_8);
    }
}
