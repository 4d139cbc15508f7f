package dev.mmsys.mms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import java.util.Random;

/** Small media files made here: headers real enough for content detection and tshark's dissectors. */
final class TestMedia {
    private TestMedia() {
    }

    /** A real 2×2 PNG written by the JDK's encoder. */
    static byte[] png() {
        return image(2, "png");
    }

    /** A real baseline JPEG of {@code side}×{@code side} noisy pixels (noise keeps it from compressing away). */
    static byte[] jpeg(int side) {
        return image(side, "jpg");
    }

    /** A real 4×4 GIF written by the JDK's encoder. */
    static byte[] gif() {
        return image(4, "gif");
    }

    private static byte[] image(int side, String format) {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no " + format + " writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
