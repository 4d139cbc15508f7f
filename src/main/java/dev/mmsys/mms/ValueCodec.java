package dev.mmsys.mms;

/** How one kind of header value is read and written. */
interface ValueCodec<T> {

    Class<T> type();

    /**
     * Reads a value. Returns null only in lenient mode, after reporting a quirk, when the value is well-formed
     * but not one this codec recognises; the caller then keeps the header's octets as a {@link RawValue}.
     */
    T decode(WspReader r, String field, DecodeContext ctx);

    void encode(WspWriter w, T value);

    interface Decoder<T> {
        T decode(WspReader r, String field, DecodeContext ctx);
    }

    interface Encoder<T> {
        void encode(WspWriter w, T value);
    }

    static <T> ValueCodec<T> of(Class<T> type, Decoder<T> decoder, Encoder<T> encoder) {
        return new ValueCodec<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public T decode(WspReader r, String field, DecodeContext ctx) {
                return decoder.decode(r, field, ctx);
            }

            @Override
            public void encode(WspWriter w, T value) {
                encoder.encode(w, value);
            }
        };
    }
}
