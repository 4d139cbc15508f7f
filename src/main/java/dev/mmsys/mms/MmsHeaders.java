package dev.mmsys.mms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The headers of a PDU in wire order (Content-Type excluded: it opens the body). Immutable. */
public final class MmsHeaders {

    private final List<MmsHeader> list;

    MmsHeaders(List<MmsHeader> list) {
        this.list = List.copyOf(list);
    }

    public List<MmsHeader> list() {
        return list;
    }

    /** The first value of {@code field}. */
    public <T> Optional<T> get(HeaderField<T> field) {
        for (MmsHeader h : list) {
            if (h.field().equals(field)) {
                return Optional.of(field.codec().type().cast(h.value()));
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code field}, in order. */
    public <T> List<T> all(HeaderField<T> field) {
        List<T> values = new ArrayList<>();
        for (MmsHeader h : list) {
            if (h.field().equals(field)) {
                values.add(field.codec().type().cast(h.value()));
            }
        }
        return List.copyOf(values);
    }

    public boolean contains(HeaderField<?> field) {
        return list.stream().anyMatch(h -> h.field().equals(field));
    }

    /** Headers the codec kept as octets: unassigned codes and, when decoding leniently, unrecognised values. */
    public List<MmsHeader> raw() {
        return list.stream().filter(h -> h.field().isRaw()).toList();
    }

    /** Application headers (textual names). */
    public List<MmsHeader> application() {
        return list.stream().filter(h -> h.field().isApplicationHeader()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MmsHeaders h && h.list.equals(list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    @Override
    public String toString() {
        return list.toString();
    }
}
