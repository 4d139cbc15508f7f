package dev.mmsys.mms;

import java.util.Objects;

/** One header of a PDU: its field and its value, whose type the field determines. */
public record MmsHeader(HeaderField<?> field, Object value) {
    public MmsHeader {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value of " + field);
        if (field.codec() == null) {
            throw new IllegalArgumentException(field + " is not a header of the list; it belongs to the body");
        }
        if (!field.codec().type().isInstance(value)) {
            throw new IllegalArgumentException(field + " takes a " + field.codec().type().getSimpleName()
                    + ", not a " + value.getClass().getSimpleName());
        }
    }

    public static <T> MmsHeader of(HeaderField<T> field, T value) {
        return new MmsHeader(field, value);
    }

    @Override
    public String toString() {
        return field.name() + ": " + value;
    }
}
