package dev.mmsys.mms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An MMS encapsulation PDU: its headers in wire order and, for the types that have one, its body. Each message
 * type is a subclass with typed accessors for every header field the specification gives it; headers the
 * codec does not know are kept and re-encoded unchanged.
 */
public abstract sealed class MmsPdu
        permits SendReq, SendConf, NotificationInd, NotifyRespInd, RetrieveConf, AcknowledgeInd, DeliveryInd,
        ReadRecInd, ReadOrigInd, OtherPdu {

    private final MmsHeaders headers;
    private final MessageBody body;

    MmsPdu(MmsHeaders headers, MessageBody body) {
        this.headers = headers;
        this.body = body;
    }

    public final MessageType type() {
        return headers.get(HeaderField.MESSAGE_TYPE).orElseThrow();
    }

    public final MmsHeaders headers() {
        return headers;
    }

    /** The body (Content-Type and content) of the types that carry one. */
    public final Optional<MessageBody> body() {
        return Optional.ofNullable(body);
    }

    public final <T> Optional<T> header(HeaderField<T> field) {
        return headers.get(field);
    }

    public final Optional<String> transactionId() {
        return headers.get(HeaderField.TRANSACTION_ID);
    }

    /** X-Mms-MMS-Version; present in every valid PDU. */
    public final MmsVersion version() {
        return headers.get(HeaderField.MMS_VERSION).orElse(MmsVersion.V1_0);
    }

    /** The header fields of this message type in the order of the specification's table, Content-Type excluded. */
    abstract List<HeaderField<?>> fields();

    /** The fields this message type must have. */
    abstract List<HeaderField<?>> mandatory();

    final <T> List<T> all(HeaderField<T> field) {
        return headers.all(field);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof MmsPdu p && p.getClass() == getClass() && p.headers.equals(headers)
                && java.util.Objects.equals(p.body, body);
    }

    @Override
    public final int hashCode() {
        return headers.hashCode();
    }

    @Override
    public String toString() {
        return type() + " " + headers + (body != null ? " " + body : "");
    }

    /**
     * Collects headers for a new PDU. {@link #set} replaces a field's values, {@link #add} appends one. The
     * built PDU lists Message-Type, Transaction-ID and MMS-Version first and the rest in the order of the
     * specification's table for the type; unknown and application headers come last in the order added.
     */
    public abstract static class Builder<B extends Builder<B, P>, P extends MmsPdu> {
        private final MessageType type;
        private final List<MmsHeader> headers = new ArrayList<>();

        Builder(MessageType type) {
            this.type = type;
            set(HeaderField.MMS_VERSION, MmsVersion.DEFAULT);
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }

        /** Replaces every value of {@code field} with {@code value}; null removes the field. */
        public final <T> B set(HeaderField<T> field, T value) {
            if (field.equals(HeaderField.MESSAGE_TYPE) || field.equals(HeaderField.CONTENT_TYPE)) {
                throw new IllegalArgumentException(field + " is set by the PDU type and the body, not as a header");
            }
            headers.removeIf(h -> h.field().equals(field));
            if (value != null) {
                headers.add(MmsHeader.of(field, value));
            }
            return self();
        }

        /** Appends a value (for fields that may repeat, such as To). */
        public final <T> B add(HeaderField<T> field, T value) {
            if (!field.repeatable() && headers.stream().anyMatch(h -> h.field().equals(field))) {
                throw new MmsEncodeException(field + " may appear only once");
            }
            headers.add(MmsHeader.of(field, value));
            return self();
        }

        /** An application header ({@code X-Something: value}), written with its name as text. */
        public final B applicationHeader(String name, String value) {
            return add(HeaderField.application(name), Texts.requireText(name, value));
        }

        public final B transactionId(String transactionId) {
            return set(HeaderField.TRANSACTION_ID, Texts.requireNonEmptyText("X-Mms-Transaction-ID", transactionId));
        }

        public final B version(MmsVersion version) {
            return set(HeaderField.MMS_VERSION, version);
        }

        final boolean has(HeaderField<?> field) {
            return headers.stream().anyMatch(h -> h.field().equals(field));
        }

        /** The headers in canonical order, Message-Type first, with the mandatory ones checked. */
        final MmsHeaders headers(List<HeaderField<?>> order, List<HeaderField<?>> mandatory) {
            for (HeaderField<?> f : mandatory) {
                if (!has(f)) {
                    throw new MmsEncodeException(type.label() + " needs " + f.name());
                }
            }
            List<MmsHeader> sorted = new ArrayList<>(headers);
            sorted.sort(Comparator.comparingInt(h -> {
                int i = order.indexOf(h.field());
                return i < 0 ? Integer.MAX_VALUE : i; // stable sort keeps the others in the order added
            }));
            List<MmsHeader> all = new ArrayList<>();
            all.add(MmsHeader.of(HeaderField.MESSAGE_TYPE, type));
            all.addAll(sorted);
            return new MmsHeaders(all);
        }

        public abstract P build();
    }
}
