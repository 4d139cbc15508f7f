package dev.mmsys.mms;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The value encodings of OMA-TS-MMS-ENC §7.3, one codec per kind. */
final class ValueCodecs {

    private ValueCodecs() {
    }

    static final ValueCodec<String> TEXT = ValueCodec.of(String.class,
            (r, f, ctx) -> r.textString(f, ctx),
            (w, v) -> w.textString(v));

    static final ValueCodec<EncodedString> ENCODED_STRING = ValueCodec.of(EncodedString.class,
            ValueCodecs::decodeEncodedString, ValueCodecs::encodeEncodedString);

    static final ValueCodec<Long> LONG = ValueCodec.of(Long.class,
            (r, f, ctx) -> r.longInteger(f),
            (w, v) -> w.longInteger(v));

    static final ValueCodec<Long> INTEGER = ValueCodec.of(Long.class,
            (r, f, ctx) -> r.integerValue(f),
            (w, v) -> w.integerValue(v));

    static final ValueCodec<Instant> DATE = ValueCodec.of(Instant.class,
            (r, f, ctx) -> Instant.ofEpochSecond(r.longInteger(f)),
            (w, v) -> w.longInteger(v.getEpochSecond()));

    static final ValueCodec<MmsVersion> VERSION = ValueCodec.of(MmsVersion.class,
            (r, f, ctx) -> MmsVersion.fromWire(r.shortInteger(f)),
            (w, v) -> w.shortInteger(v.wire()));

    static final ValueCodec<Boolean> YES_NO = ValueCodec.of(Boolean.class,
            (r, f, ctx) -> {
                int start = r.offset();
                int b = r.octet(f);
                if (b == 128 || b == 129) {
                    return b == 128;
                }
                ctx.quirk(start, f, String.format("0x%02X is neither Yes (0x80) nor No (0x81)", b));
                return null;
            },
            (w, v) -> w.octet(v ? 128 : 129));

    static final ValueCodec<MessageType> MESSAGE_TYPE = ValueCodec.of(MessageType.class,
            (r, f, ctx) -> {
                int start = r.offset();
                int b = r.octet(f);
                MessageType t = MessageType.of(b);
                if (t == null) {
                    throw WspReader.error(start, f, String.format(
                            "0x%02X is not an MMS message type (0x80-0x97)", b));
                }
                return t;
            },
            (w, v) -> w.octet(v.code()));

    static final ValueCodec<From> FROM = ValueCodec.of(From.class, (r, f, ctx) -> {
        WspReader v = r.slice(r.valueLength(f), f);
        int start = v.offset();
        int token = v.octet(f);
        From from;
        if (token == 129) {
            from = From.INSERT_ADDRESS;
        } else if (token == 128) {
            from = From.address(decodeEncodedString(v, f, ctx));
        } else {
            throw WspReader.error(start, f, String.format(
                    "expected Address-present-token (0x80) or Insert-address-token (0x81), found 0x%02X", token));
        }
        v.expectEnd(f);
        return from;
    }, (w, v) -> {
        if (v.isInsertAddressToken()) {
            w.valueLength(1).octet(129);
        } else {
            w.valueLength(1 + WspWriter.measure(x -> encodeEncodedString(x, v.encodedAddress())));
            w.octet(128);
            encodeEncodedString(w, v.encodedAddress());
        }
    });

    static final ValueCodec<TimeValue> TIME = ValueCodec.of(TimeValue.class, (r, f, ctx) -> {
        WspReader v = r.slice(r.valueLength(f), f);
        int start = v.offset();
        int token = v.octet(f);
        TimeValue t;
        if (token == 128) {
            t = new TimeValue(true, v.longInteger(f));
        } else if (token == 129) {
            t = new TimeValue(false, v.integerValue(f));
        } else {
            throw WspReader.error(start, f, String.format(
                    "expected Absolute-token (0x80) or Relative-token (0x81), found 0x%02X", token));
        }
        v.expectEnd(f);
        return t;
    }, (w, v) -> {
        w.valueLength(1 + WspWriter.measure(x -> x.longInteger(v.seconds())));
        w.octet(v.absolute() ? 128 : 129).longInteger(v.seconds());
    });

    static final ValueCodec<MessageClass> MESSAGE_CLASS = ValueCodec.of(MessageClass.class, (r, f, ctx) -> {
        int start = r.offset();
        if ((r.peek(f) & 0x80) != 0) {
            int b = r.octet(f);
            MessageClass c = MessageClass.ofCode(b);
            if (c == null) {
                ctx.quirk(start, f, String.format("0x%02X is not a class identifier (0x80-0x83)", b));
            }
            return c;
        }
        String token = r.textString(f, ctx);
        if (token.isEmpty()) {
            throw WspReader.error(start, f, "empty message class");
        }
        return MessageClass.decoded(token);
    }, (w, v) -> {
        if (v.code() >= 0) {
            w.octet(v.code());
        } else {
            w.textString(v.name());
        }
    });

    static final ValueCodec<ResponseStatus> RESPONSE_STATUS = ValueCodec.of(ResponseStatus.class,
            (r, f, ctx) -> new ResponseStatus(statusOctet(r, f)),
            (w, v) -> w.octet(v.code()));

    static final ValueCodec<RetrieveStatus> RETRIEVE_STATUS = ValueCodec.of(RetrieveStatus.class,
            (r, f, ctx) -> new RetrieveStatus(statusOctet(r, f)),
            (w, v) -> w.octet(v.code()));

    static final ValueCodec<StoreStatus> STORE_STATUS = ValueCodec.of(StoreStatus.class,
            (r, f, ctx) -> new StoreStatus(statusOctet(r, f)),
            (w, v) -> w.octet(v.code()));

    static final ValueCodec<ForwardedBy> FORWARDED_BY = ValueCodec.of(ForwardedBy.class, (r, f, ctx) -> {
        WspReader v = r.slice(r.valueLength(f), f);
        ForwardedBy fb = new ForwardedBy(v.integerValue(f), decodeEncodedString(v, f, ctx));
        v.expectEnd(f);
        return fb;
    }, (w, v) -> {
        w.valueLength(WspWriter.measure(x -> {
            x.integerValue(v.count());
            encodeEncodedString(x, v.address());
        }));
        w.integerValue(v.count());
        encodeEncodedString(w, v.address());
    });

    static final ValueCodec<ForwardedAt> FORWARDED_AT = ValueCodec.of(ForwardedAt.class, (r, f, ctx) -> {
        WspReader v = r.slice(r.valueLength(f), f);
        ForwardedAt fa = new ForwardedAt(v.integerValue(f), Instant.ofEpochSecond(v.longInteger(f)));
        v.expectEnd(f);
        return fa;
    }, (w, v) -> {
        w.valueLength(WspWriter.measure(x -> x.integerValue(v.count()).longInteger(v.date().getEpochSecond())));
        w.integerValue(v.count()).longInteger(v.date().getEpochSecond());
    });

    static final ValueCodec<MmFlags> MM_FLAGS = ValueCodec.of(MmFlags.class, (r, f, ctx) -> {
        WspReader v = r.slice(r.valueLength(f), f);
        int start = v.offset();
        int b = v.octet(f);
        MmFlags.Action a = Arrays.stream(MmFlags.Action.values()).filter(x -> x.code() == b).findFirst()
                .orElseThrow(() -> WspReader.error(start, f, String.format(
                        "expected Add (0x80), Remove (0x81) or Filter (0x82), found 0x%02X", b)));
        MmFlags flags = new MmFlags(a, decodeEncodedString(v, f, ctx));
        v.expectEnd(f);
        return flags;
    }, (w, v) -> {
        w.valueLength(1 + WspWriter.measure(x -> encodeEncodedString(x, v.keyword())));
        w.octet(v.action().code());
        encodeEncodedString(w, v.keyword());
    });

    static final ValueCodec<RawValue> RAW = ValueCodec.of(RawValue.class,
            (r, f, ctx) -> new RawValue(r.anyValue(f)),
            (w, v) -> w.bytes(v.octetsUnsafe()));

    /** One octet from the enum's list; an unlisted octet is a quirk. */
    static <E extends Enum<E> & OctetValue> ValueCodec<E> octets(Class<E> type) {
        E[] all = type.getEnumConstants();
        String allowed = Arrays.stream(all).map(e -> String.format("%s (0x%02X)", e.label(), e.code()))
                .collect(Collectors.joining(", "));
        return ValueCodec.of(type, (r, f, ctx) -> {
            int start = r.offset();
            int b = r.octet(f);
            for (E e : all) {
                if (e.code() == b) {
                    return e;
                }
            }
            ctx.quirk(start, f, String.format("0x%02X is not one of %s", b, allowed));
            return null;
        }, (w, v) -> w.octet(v.code()));
    }

    private static int statusOctet(WspReader r, String f) {
        int start = r.offset();
        int b = r.octet(f);
        if ((b & 0x80) == 0) {
            throw WspReader.error(start, f, String.format("expected a status octet (0x80-0xFF), found 0x%02X", b));
        }
        return b;
    }

    /** Encoded-string-value = Text-string | Value-length Char-set Text-string. */
    static EncodedString decodeEncodedString(WspReader r, String f, DecodeContext ctx) {
        int start = r.offset();
        if (!r.atValueLength(f)) {
            return EncodedString.wrap(EncodedString.NONE, r.textOctets(f, ctx));
        }
        WspReader v = r.slice(r.valueLength(f), f);
        long mib = v.integerValue(f);
        if (mib > Integer.MAX_VALUE) {
            throw WspReader.error(start, f, "charset MIBenum " + mib + " is out of range");
        }
        EncodedString s = EncodedString.wrap((int) mib, v.textOctets(f, ctx));
        v.expectEnd(f);
        if (!s.isValid()) {
            ctx.quirk(start, f, "text is not valid " + Charsets.name((int) mib));
        }
        return s;
    }

    static void encodeEncodedString(WspWriter w, EncodedString s) {
        if (!s.hasCharset()) {
            w.textOctets(s.octetsUnsafe());
            return;
        }
        w.valueLength(WspWriter.measure(x -> x.integerValue(s.charset()).textOctets(s.octetsUnsafe())));
        w.integerValue(s.charset()).textOctets(s.octetsUnsafe());
    }
}
