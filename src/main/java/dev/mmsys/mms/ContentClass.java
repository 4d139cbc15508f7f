package dev.mmsys.mms;

/** X-Mms-Content-Class (§7.3.9), MMS 1.2. */
public enum ContentClass implements OctetValue {
    TEXT(128, "text"),
    IMAGE_BASIC(129, "image-basic"),
    IMAGE_RICH(130, "image-rich"),
    VIDEO_BASIC(131, "video-basic"),
    VIDEO_RICH(132, "video-rich"),
    MEGAPIXEL(133, "megapixel"),
    CONTENT_BASIC(134, "content-basic"),
    CONTENT_RICH(135, "content-rich");

    private final int code;
    private final String label;

    ContentClass(int code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
