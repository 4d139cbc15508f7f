package dev.mmsys.mms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a multipart body: its content type, its other headers in wire order, and its data. The data is
 * never copied on the way out of the decoder or into the encoder, so a 300 KB picture costs one array.
 */
public final class Part {

    private final ContentType contentType;
    private final List<PartHeader> headers;
    private final byte[] data;

    private Part(ContentType contentType, List<PartHeader> headers, byte[] data) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.headers = List.copyOf(headers);
        this.data = data;
    }

    /** A part with a copy of {@code data}. */
    public static Part of(ContentType contentType, List<PartHeader> headers, byte[] data) {
        return new Part(contentType, headers, data.clone());
    }

    /** A part that takes ownership of {@code data} (the decoder's and the composer's own arrays). */
    static Part owning(ContentType contentType, List<PartHeader> headers, byte[] data) {
        return new Part(contentType, headers, data);
    }

    public ContentType contentType() {
        return contentType;
    }

    public List<PartHeader> headers() {
        return headers;
    }

    /** Content-ID as written, usually with angle brackets ({@code <text_0>}). */
    public Optional<String> contentId() {
        return text(PartHeader.CONTENT_ID);
    }

    public Optional<String> contentLocation() {
        return text(PartHeader.CONTENT_LOCATION);
    }

    private Optional<String> text(int code) {
        return headers.stream().filter(h -> h.is(code) && h.text() != null).map(PartHeader::text).findFirst();
    }

    /** A copy of the data. */
    public byte[] data() {
        return data.clone();
    }

    byte[] dataUnsafe() {
        return data;
    }

    public int size() {
        return data.length;
    }

    public void writeDataTo(OutputStream out) throws IOException {
        out.write(data);
    }

    public boolean isText() {
        return MediaTypes.isText(contentType.mediaType());
    }

    /**
     * The data as text in the declared charset. Without a usable charset, or with 8-bit octets under a us-ascii
     * label, it is UTF-8 when valid and ISO-8859-1 otherwise. A UTF-8 byte-order mark at the start marks the data
     * as UTF-8, whatever the label says, and is not part of the text.
     */
    public String text() {
        if (hasUtf8Bom()) {
            return new String(data, 3, data.length - 3, StandardCharsets.UTF_8);
        }
        Charset cs = Charsets.forMib(contentType.charset());
        if (cs == null || (cs.equals(StandardCharsets.US_ASCII) && !MmsDecoder.valid(data, cs))) {
            // no charset, or 8-bit octets under a us-ascii label (seen from real MMSCs): UTF-8, else Latin-1
            cs = MmsDecoder.valid(data, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        }
        String s = new String(data, cs);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    boolean hasUtf8Bom() {
        return data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Part p && p.contentType.equals(contentType) && p.headers.equals(headers)
                && Arrays.equals(p.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, headers, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return contentType + " " + headers + " (" + data.length + " octets)";
    }
}
