package dev.mmsys.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a picture fit a carrier's limits the way Android's messaging app does before it sends an MMS: scaled down
 * (never up) to the largest size within the pixel limits, keeping its proportions and taking the limits either way
 * round (a portrait photo gets the landscape limits turned), then re-compressed until it fits the octet budget.
 * JPEG and PNG are handled (PNG stays PNG when it fits, else becomes JPEG unless it has transparency); other
 * formats, pictures that cannot be read, and ones larger than {@link #MAX_PIXELS} are left alone. A JPEG's EXIF
 * orientation is applied to the pixels, because the re-encoded file carries no EXIF.
 */
public final class ImageFitter {

    /** Larger pictures are not decoded at all (a decompression bomb is cheap to send). */
    public static final long MAX_PIXELS = 50_000_000L;
    /** One picture at a time: a decoded photo takes tens of MB, and the service runs in a small heap. */
    private static final Object DECODING = new Object();
    /** Below this length of the long side, a picture is not shrunk further to meet the octet budget. */
    static final int MIN_LONG_SIDE = 160;
    private static final float[] JPEG_QUALITIES = {0.85f, 0.75f, 0.6f, 0.45f};

    private ImageFitter() {
    }

    /**
     * The carrier's largest picture.
     *
     * @param maxWidth  pixels along the long side of the limit (the limits apply either way round)
     * @param maxHeight pixels along its short side
     * @param maxOctets the largest encoded picture
     */
    public record Limits(int maxWidth, int maxHeight, long maxOctets) {
        public Limits {
            if (maxWidth < 1 || maxHeight < 1 || maxOctets < 1) {
                throw new IllegalArgumentException("picture limits must be positive: " + maxWidth + "x" + maxHeight
                        + ", " + maxOctets + " octets");
            }
        }

        int longSide() {
            return Math.max(maxWidth, maxHeight);
        }

        int shortSide() {
            return Math.min(maxWidth, maxHeight);
        }
    }

    /**
     * A picture as it will be sent.
     *
     * @param fileName    its name (the extension follows a change of format)
     * @param contentType image/jpeg or image/png
     * @param data        the encoded picture
     * @param fromWidth   the original's width as seen upright
     * @param fromHeight  and height
     * @param width       the result's width
     * @param height      and height
     * @param fromOctets  the original's length
     * @param changed     whether it was scaled or re-compressed (else {@code data} is the original)
     */
    public record Result(String fileName, String contentType, byte[] data, int fromWidth, int fromHeight, int width,
                         int height, long fromOctets, boolean changed) {

        /** For the message history: what was done. */
        public String describe() {
            return fileName + ": " + fromWidth + "x" + fromHeight + ", " + octets(fromOctets) + " → " + width + "x"
                    + height + ", " + octets(data.length) + (contentType.equals("image/jpeg") ? " JPEG" : " PNG");
        }
    }

    /** Whether {@link #fit} can work on this picture: JPEG or PNG whose header can be read. */
    public static boolean canScale(String contentType, byte[] data) {
        return format(contentType) != null && dimensions(data).isPresent();
    }

    /**
     * {@code data} within {@code limits}: unchanged when it fits already; scaled and re-compressed when needed;
     * empty when it is not a picture this can work on, cannot be read, or does not fit even at
     * {@link #MIN_LONG_SIDE} pixels and the lowest quality tried.
     */
    public static Optional<Result> fit(String fileName, String contentType, byte[] data, Limits limits) {
        String format = format(contentType);
        if (format == null) {
            return Optional.empty();
        }
        try {
            synchronized (DECODING) {
                return Optional.ofNullable(fitOrNull(fileName, format, data, limits));
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // an image the JDK cannot decode (CMYK JPEG, truncated file): it goes as it is
            return Optional.empty();
        }
    }

    private static Result fitOrNull(String fileName, String format, byte[] data, Limits limits) throws IOException {
        int orientation = format.equals("jpeg") ? ExifOrientation.of(data) : ExifOrientation.NORMAL;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = reader(in);
            if (reader == null) {
                return null;
            }
            try {
                reader.setInput(in, true, true);
                int storedW = reader.getWidth(0);
                int storedH = reader.getHeight(0);
                if ((long) storedW * storedH > MAX_PIXELS) {
                    return null;
                }
                boolean swap = ExifOrientation.swapsSides(orientation);
                int w = swap ? storedH : storedW;
                int h = swap ? storedW : storedH;
                double scale = scale(w, h, limits);
                if (scale >= 1 && data.length <= limits.maxOctets()) {
                    return new Result(fileName, mediaType(format), data, w, h, w, h, data.length, false);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // decode at 1.5 to 3 times the target size: subsampling skips pixels, the scaling then smooths
                int sub = Math.max(1, (int) Math.floor(1 / Math.min(1, scale) / 1.5));
                param.setSourceSubsampling(sub, sub, 0, 0);
                BufferedImage stored = reader.read(0, param);
                return shrink(fileName, format, stored, orientation, w, h, data.length, Math.min(1, scale), limits);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Scaled to {@code scale}, then smaller, until the encoding fits the octet budget. The stored pixels are scaled
     * first and turned upright after (less to turn); {@code w}x{@code h} is the upright size of the original.
     */
    private static Result shrink(String fileName, String format, BufferedImage stored, int orientation, int w, int h,
                                 long fromOctets, double scale, Limits limits) throws IOException {
        boolean alpha = stored.getColorModel().hasAlpha();
        boolean swap = ExifOrientation.swapsSides(orientation);
        for (double s = scale; Math.max(w, h) * s >= MIN_LONG_SIDE || s == scale; s *= 0.8) {
            int tw = Math.max(1, (int) Math.round(w * s));
            int th = Math.max(1, (int) Math.round(h * s));
            BufferedImage scaled = orient(resize(stored, swap ? th : tw, swap ? tw : th), orientation);
            if (format.equals("png")) {
                byte[] png = encodePng(scaled);
                if (png.length <= limits.maxOctets()) {
                    return new Result(fileName, "image/png", png, w, h, tw, th, fromOctets, true);
                }
                if (alpha) {
                    continue;   // JPEG would lose the transparency: only smaller
                }
            }
            for (float q : JPEG_QUALITIES) {
                byte[] jpeg = encodeJpeg(scaled, q);
                if (jpeg.length <= limits.maxOctets()) {
                    return new Result(withExtension(fileName, format, "jpg"), "image/jpeg", jpeg, w, h, tw, th,
                            fromOctets, true);
                }
            }
        }
        return null;
    }

    /** The factor that brings a {@code w}x{@code h} picture within the limits, either way round (may be > 1). */
    static double scale(int w, int h, Limits limits) {
        int longSide = Math.max(w, h);
        int shortSide = Math.min(w, h);
        return Math.min((double) limits.longSide() / longSide, (double) limits.shortSide() / shortSide);
    }

    /** The upright pixels of a picture stored with EXIF {@code orientation}. */
    static BufferedImage orient(BufferedImage in, int orientation) {
        if (orientation == ExifOrientation.NORMAL) {
            return in;
        }
        int sw = in.getWidth();
        int sh = in.getHeight();
        boolean swap = ExifOrientation.swapsSides(orientation);
        int ow = swap ? sh : sw;
        int oh = swap ? sw : sh;
        BufferedImage out = new BufferedImage(ow, oh, in.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = sw - 1 - x; sy = y; }
                    case 3 -> { sx = sw - 1 - x; sy = sh - 1 - y; }
                    case 4 -> { sx = x; sy = sh - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = sh - 1 - x; }
                    case 7 -> { sx = sw - 1 - y; sy = sh - 1 - x; }
                    default -> { sx = sw - 1 - y; sy = x; }     // 8
                }
                out.setRGB(x, y, in.getRGB(sx, sy));
            }
        }
        return out;
    }

    /** Halving steps with bilinear filtering, then the last step to the exact size: sharp, and no aliasing. */
    static BufferedImage resize(BufferedImage in, int w, int h) {
        int type = in.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = in;
        int cw = in.getWidth();
        int ch = in.getHeight();
        if (cw == w && ch == h && in.getType() == type) {
            return in;
        }
        do {
            cw = cw / 2 >= w ? cw / 2 : w;
            ch = ch / 2 >= h ? ch / 2 : h;
            BufferedImage next = new BufferedImage(cw, ch, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (type == BufferedImage.TYPE_INT_RGB) {
                    g.setColor(java.awt.Color.WHITE);   // what shows through any transparency of the source
                    g.fillRect(0, 0, cw, ch);
                }
                g.drawImage(current, 0, 0, cw, ch, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (cw != w || ch != h);
        return current;
    }

    private static byte[] encodeJpeg(BufferedImage image, float quality) throws IOException {
        BufferedImage rgb = image.getColorModel().hasAlpha() ? flatten(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage flatten(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] encodePng(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }

    /** Width and height as stored, from the header alone. */
    static Optional<int[]> dimensions(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = reader(in);
            if (reader == null) {
                return Optional.empty();
            }
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ImageReader reader(ImageInputStream in) {
        if (in == null) {
            return null;
        }
        Iterator<ImageReader> it = ImageIO.getImageReaders(in);
        return it.hasNext() ? it.next() : null;
    }

    private static String format(String contentType) {
        if (contentType == null) {
            return null;
        }
        return switch (contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)) {
            case "image/jpeg", "image/jpg" -> "jpeg";
            case "image/png" -> "png";
            default -> null;
        };
    }

    private static String mediaType(String format) {
        return format.equals("png") ? "image/png" : "image/jpeg";
    }

    private static String withExtension(String name, String format, String extension) {
        if (format.equals("jpeg")) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "." + extension;
    }

    private static String octets(long n) {
        if (n >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return n >= 1024 ? (n / 1024) + " KB" : n + " octets";
    }
}
