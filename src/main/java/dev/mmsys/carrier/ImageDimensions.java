package dev.mmsys.carrier;

/** The largest picture a carrier accepts, in pixels, written {@code 2592x1944}. */
public record ImageDimensions(int width, int height) {

    /** Larger than any carrier limit seen; a bigger value is a typo. */
    static final int MAX_SIDE = 20_000;

    public ImageDimensions {
        if (width < 1 || width > MAX_SIDE || height < 1 || height > MAX_SIDE) {
            throw new IllegalArgumentException(width + "x" + height + " is not a plausible image size; "
                    + "each side must be 1 to " + MAX_SIDE + " pixels");
        }
    }

    /**
     * Parses {@code WIDTHxHEIGHT}.
     *
     * @throws IllegalArgumentException naming the value and the expected form
     */
    public static ImageDimensions parse(String s) {
        String t = s == null ? "" : s.strip();
        if (!t.matches("[0-9]{1,5}x[0-9]{1,5}")) {
            throw new IllegalArgumentException("'" + s + "' is not an image size; write WIDTHxHEIGHT, e.g. 2592x1944");
        }
        int x = t.indexOf('x');
        return new ImageDimensions(Integer.parseInt(t.substring(0, x)), Integer.parseInt(t.substring(x + 1)));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
