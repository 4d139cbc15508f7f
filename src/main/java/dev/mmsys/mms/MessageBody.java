package dev.mmsys.mms;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What follows the headers: the Content-Type and either the entries of a multipart body or, for any other
 * content type, the data as is.
 */
public final class MessageBody {

    private final ContentType contentType;
    private final List<Part> parts;
    private final byte[] data;

    private MessageBody(ContentType contentType, List<Part> parts, byte[] data) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.parts = parts;
        this.data = data;
    }

    /** A multipart body ({@code application/vnd.wap.multipart.*}). */
    public static MessageBody multipart(ContentType contentType, List<Part> parts) {
        if (!contentType.isMultipart()) {
            throw new MmsEncodeException(contentType.mediaType() + " is not a multipart content type");
        }
        return new MessageBody(contentType, List.copyOf(parts), null);
    }

    /** A single-part body: {@code data} is the whole content. */
    public static MessageBody single(ContentType contentType, byte[] data) {
        if (contentType.isMultipart()) {
            throw new MmsEncodeException(contentType.mediaType() + " needs parts, not plain data");
        }
        return new MessageBody(contentType, null, data.clone());
    }

    static MessageBody singleOwning(ContentType contentType, byte[] data) {
        return new MessageBody(contentType, null, data);
    }

    public ContentType contentType() {
        return contentType;
    }

    public boolean isMultipart() {
        return parts != null;
    }

    /** The parts of a multipart body; empty for a single-part body. */
    public List<Part> parts() {
        return parts != null ? parts : List.of();
    }

    /** The data of a single-part body; empty for a multipart body. */
    public byte[] data() {
        return data != null ? data.clone() : new byte[0];
    }

    byte[] dataUnsafe() {
        return data;
    }

    /** The Content-ID named by the {@code start} parameter, if any. */
    public java.util.Optional<Part> startPart() {
        return contentType.parameterValue("start")
                .flatMap(start -> parts().stream().filter(p -> p.contentId().filter(start::equals).isPresent())
                        .findFirst());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageBody b && b.contentType.equals(contentType) && Objects.equals(b.parts, parts)
                && Arrays.equals(b.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, parts, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return contentType + (isMultipart() ? " " + parts : " (" + data.length + " octets)");
    }
}
