package dev.mmsys.app.message;

import java.util.Arrays;
import java.util.Objects;

/** A file carried in an MMS next to the text. {@code data} is serialised as base64 in JSON. */
public record Attachment(String contentType, String name, byte[] data) {

    public Attachment {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && contentType.equals(a.contentType) && name.equals(a.name)
                && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, name, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Attachment[" + contentType + ", " + name + ", " + data.length + " octets]";
    }
}
