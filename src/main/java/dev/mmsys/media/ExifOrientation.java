package dev.mmsys.media;

/**
 * The EXIF Orientation tag (0x0112) of a JPEG: how the stored pixels must be turned to be seen upright. Phones
 * store photos as the sensor saw them and set this tag; a re-encoded picture loses the tag, so the pixels must be
 * turned before. The parse is bounded by the file's own segment and IFD lengths and gives 1 (upright) for
 * anything it cannot read.
 */
final class ExifOrientation {

    /** Upright: no turn. */
    static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** The orientation 1-8 of {@code jpeg}, or {@link #NORMAL} when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
            return NORMAL;
        }
        int p = 2;
        while (p + 4 <= jpeg.length && u8(jpeg, p) == 0xFF) {
            int marker = u8(jpeg, p + 1);
            if (marker == 0xDA || marker == 0xD9) {
                return NORMAL;      // start of scan / end of image: no APP1 before the pixels
            }
            int length = u16(jpeg, p + 2, false);
            if (length < 2 || p + 2 + length > jpeg.length) {
                return NORMAL;
            }
            if (marker == 0xE1 && length >= 8 && isExifHeader(jpeg, p + 4)) {
                return fromTiff(jpeg, p + 10, p + 2 + length);
            }
            p += 2 + length;
        }
        return NORMAL;
    }

    /** Whether the pixels of an image with this orientation are stored turned by 90° (width and height swap). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    private static boolean isExifHeader(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0
                && b[at + 5] == 0;
    }

    /** IFD0 of the TIFF structure in {@code [start, end)}: the Orientation entry, if any. */
    private static int fromTiff(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return NORMAL;
        }
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return NORMAL;
        }
        if (u16(b, start + 2, little) != 42) {
            return NORMAL;
        }
        long ifd = u32(b, start + 4, little);
        if (ifd < 8 || start + ifd + 2 > end) {
            return NORMAL;
        }
        int at = (int) (start + ifd);
        int entries = u16(b, at, little);
        for (int i = 0; i < entries; i++) {
            int e = at + 2 + 12 * i;
            if (e + 12 > end) {
                return NORMAL;
            }
            if (u16(b, e, little) == 0x0112) {
                int type = u16(b, e + 2, little);
                int value = u16(b, e + 8, little);   // a SHORT is left-justified in the value field
                return type == 3 && value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? u8(b, i) | u8(b, i + 1) << 8 : u8(b, i) << 8 | u8(b, i + 1);
    }

    private static long u32(byte[] b, int i, boolean little) {
        return little ? (u16(b, i, true) | (long) u16(b, i + 2, true) << 16)
                : ((long) u16(b, i, false) << 16 | u16(b, i + 2, false));
    }
}
