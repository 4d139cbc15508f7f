package dev.mmsys.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.media.ImageFitter.Limits;
import dev.mmsys.media.ImageFitter.Result;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageFitterTest {

    private static final Limits ANDROID = new Limits(640, 480, 300 * 1024);

    /** Quadrants red, green / blue, yellow (as seen upright), plus noise so that it does not compress to nothing. */
    static BufferedImage quadrants(int w, int h, boolean alpha) {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h / 2);
        g.setColor(Color.GREEN);
        g.fillRect(w / 2, 0, w - w / 2, h / 2);
        g.setColor(Color.BLUE);
        g.fillRect(0, h / 2, w / 2, h - h / 2);
        g.setColor(Color.YELLOW);
        g.fillRect(w / 2, h / 2, w - w / 2, h - h / 2);
        g.dispose();
        Random r = new Random(7);
        for (int i = 0; i < w * h / 4; i++) {
            int x = r.nextInt(w);
            int y = r.nextInt(h);
            int rgb = img.getRGB(x, y) ^ (r.nextInt(0x40) * 0x010101);
            img.setRGB(x, y, alpha ? (rgb & 0x00FFFFFF) | (x < w / 8 ? 0x40000000 : 0xFF000000) : rgb);
        }
        return img;
    }

    static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out));
        return out.toByteArray();
    }

    /** {@code jpeg} with an EXIF APP1 segment (big-endian TIFF) carrying {@code orientation}, right after SOI. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
        int len = 2 + 6 + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static BufferedImage decode(Result r) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(r.data()));
    }

    /** The dominant colour near a corner: r, g, b each rounded to 0 or 1. */
    static String corner(BufferedImage img, double fx, double fy) {
        int rgb = img.getRGB((int) (img.getWidth() * fx), (int) (img.getHeight() * fy));
        return "" + (((rgb >> 16) & 0xFF) > 128 ? 1 : 0) + (((rgb >> 8) & 0xFF) > 128 ? 1 : 0)
                + ((rgb & 0xFF) > 128 ? 1 : 0);
    }

    @Test
    void aLargePhotoIsScaledIntoTheBoxKeepingItsProportionsAndItsBudget() throws IOException {
        byte[] photo = encode(quadrants(2400, 1800, false), "jpg");
        Result r = ImageFitter.fit("photo.jpg", "image/jpeg", photo, ANDROID).orElseThrow();
        assertTrue(r.changed());
        assertEquals(640, r.width());
        assertEquals(480, r.height());
        assertEquals(2400, r.fromWidth());
        assertTrue(r.data().length <= ANDROID.maxOctets(), r.data().length + " octets");
        assertEquals("image/jpeg", r.contentType());
        assertEquals("photo.jpg", r.fileName());
        BufferedImage out = decode(r);
        assertEquals(640, out.getWidth());
        assertEquals("100", corner(out, 0.2, 0.2));
        assertEquals("110", corner(out, 0.8, 0.8));
        assertTrue(r.describe().startsWith("photo.jpg: 2400x1800, "), r.describe());
    }

    @Test
    void aPortraitPhotoTakesTheLimitsTurned() throws IOException {
        Result r = ImageFitter.fit("p.jpg", "image/jpeg", encode(quadrants(900, 1600, false), "jpg"), ANDROID)
                .orElseThrow();
        assertEquals(360, r.width(), "the short side within 480");
        assertEquals(640, r.height(), "the long side 1600 becomes 640, not 480");
    }

    @Test
    void aPictureThatFitsIsLeftAsItIsByteForByte() throws IOException {
        byte[] small = withOrientation(encode(quadrants(320, 240, false), "jpg"), 6);
        Result r = ImageFitter.fit("s.jpg", "image/jpeg", small, ANDROID).orElseThrow();
        assertFalse(r.changed());
        assertArrayEquals(small, r.data(), "phones turn it by its EXIF tag themselves");
        assertEquals(240, r.width(), "seen upright, turned by the tag");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theExifOrientationIsAppliedToThePixels(int orientation) throws IOException {
        // the stored pixels are the upright picture turned as a camera with this orientation stores it
        BufferedImage upright = quadrants(800, 600, false);
        BufferedImage stored = storedAs(upright, orientation);
        byte[] jpeg = withOrientation(encode(stored, "jpg"), orientation);
        assertEquals(orientation, ExifOrientation.of(jpeg));
        Result r = ImageFitter.fit("o.jpg", "image/jpeg", jpeg, new Limits(400, 300, 200_000)).orElseThrow();
        BufferedImage out = decode(r);
        assertEquals(400, out.getWidth());
        assertEquals(300, out.getHeight());
        assertEquals("100", corner(out, 0.2, 0.2), "red top left");
        assertEquals("010", corner(out, 0.8, 0.2), "green top right");
        assertEquals("001", corner(out, 0.2, 0.8), "blue bottom left");
    }

    @Test
    void orientation6IsAQuarterTurnClockwise() throws IOException {
        // a phone held upright stores its sensor's picture turned a quarter counter-clockwise, and tags it 6
        BufferedImage upright = quadrants(800, 600, false);
        BufferedImage stored = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        for (int uy = 0; uy < 600; uy++) {
            for (int ux = 0; ux < 800; ux++) {
                stored.setRGB(uy, 799 - ux, upright.getRGB(ux, uy));
            }
        }
        assertEquals("010", corner(stored, 0.2, 0.2), "green (upright top right) stored top left");
        Result r = ImageFitter.fit("o.jpg", "image/jpeg", withOrientation(encode(stored, "jpg"), 6),
                new Limits(400, 300, 200_000)).orElseThrow();
        BufferedImage out = decode(r);
        assertEquals(400, out.getWidth());
        assertEquals("100", corner(out, 0.2, 0.2), "red top left again");
        assertEquals("110", corner(out, 0.8, 0.8), "yellow bottom right");
    }

    /** The inverse of the EXIF transform: what a camera stores for an upright picture. */
    private static BufferedImage storedAs(BufferedImage upright, int orientation) {
        int inverse = switch (orientation) {
            case 6 -> 8;
            case 8 -> 6;
            default -> orientation;   // 1-5 and 7 are their own inverses
        };
        return ImageFitter.orient(upright, inverse);
    }

    @Test
    void aPngWithoutTransparencyBecomesJpegWhenPngCannotFit() throws IOException {
        byte[] png = encode(quadrants(1200, 900, false), "png");
        Result r = ImageFitter.fit("chart.png", "image/png", png, new Limits(640, 480, 60_000)).orElseThrow();
        assertEquals("image/jpeg", r.contentType());
        assertEquals("chart.jpg", r.fileName());
        assertTrue(r.data().length <= 60_000);
    }

    @Test
    void aPngWithTransparencyStaysPngAndShrinksInstead() throws IOException {
        byte[] png = encode(quadrants(1200, 900, true), "png");
        Result r = ImageFitter.fit("logo.png", "image/png", png, new Limits(640, 480, 150_000)).orElseThrow();
        assertEquals("image/png", r.contentType());
        assertTrue(r.data().length <= 150_000);
        assertTrue(r.width() <= 640 && r.height() <= 480);
        assertTrue(decode(r).getColorModel().hasAlpha());
    }

    @Test
    void aTightBudgetShrinksThePictureFurther() throws IOException {
        Result r = ImageFitter.fit("p.jpg", "image/jpeg", encode(quadrants(2000, 1500, false), "jpg"),
                new Limits(2592, 1944, 25_000)).orElseThrow();
        assertTrue(r.data().length <= 25_000);
        assertTrue(r.width() < 2000 && r.width() >= ImageFitter.MIN_LONG_SIDE, r.describe());
        assertEquals(4.0 / 3, (double) r.width() / r.height(), 0.02);
    }

    @Test
    void whatCannotBeWorkedOnIsLeftToTheCaller() throws IOException {
        byte[] garbage = new byte[5000];
        new Random(1).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        assertEquals(Optional.empty(), ImageFitter.fit("x.jpg", "image/jpeg", garbage, ANDROID));
        assertEquals(Optional.empty(), ImageFitter.fit("a.gif", "image/gif", encode(quadrants(2000, 10, false),
                "gif"), ANDROID), "GIFs may be animated: never re-encoded");
        assertEquals(Optional.empty(), ImageFitter.fit("t.jpg", "image/jpeg",
                encode(quadrants(200, 150, false), "jpg"), new Limits(640, 480, 10)), "cannot get that small");
        assertFalse(ImageFitter.canScale("image/jpeg", garbage));
        assertTrue(ImageFitter.canScale("image/png", encode(quadrants(20, 20, false), "png")));
    }

    @Test
    void aHostileExifSegmentReadsAsUpright() {
        byte[] base = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        assertEquals(1, ExifOrientation.of(base));
        byte[] huge = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, (byte) 0xFF, (byte) 0xFF, 'E', 'x'};
        assertEquals(1, ExifOrientation.of(huge), "a segment longer than the file");
        byte[] ifd = withOrientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, 6);
        ifd[2 + 4 + 6 + 7] = 0x7F;   // IFD offset far beyond the segment
        assertEquals(1, ExifOrientation.of(ifd));
        byte[] nine = withOrientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, 9);
        assertEquals(1, ExifOrientation.of(nine), "9 is no orientation");
        Random r = new Random(3);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = withOrientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, 6);
            junk[4 + r.nextInt(junk.length - 4)] = (byte) r.nextInt(256);
            int o = ExifOrientation.of(junk);
            assertTrue(o >= 1 && o <= 8);
        }
    }
}
