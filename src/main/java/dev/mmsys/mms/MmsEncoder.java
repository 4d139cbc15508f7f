package dev.mmsys.mms;

/**
 * Writes PDUs as OMA MMS encapsulation octets. Measures first and then fills one array of the exact size, so
 * {@link #encodedSize} is exact and cheap and large parts are copied once.
 */
public final class MmsEncoder {

    private MmsEncoder() {
    }

    public static byte[] encode(MmsPdu pdu) {
        check(pdu);
        WspWriter w = WspWriter.exact(WspWriter.measure(x -> write(x, pdu)));
        write(w, pdu);
        return w.toByteArray();
    }

    /** Encodes, refusing a PDU larger than {@code maxSize} octets (the carrier's limit) before building it. */
    public static byte[] encode(MmsPdu pdu, long maxSize) {
        long size = encodedSize(pdu);
        if (size > maxSize) {
            throw new MessageTooLargeException(size, maxSize);
        }
        return encode(pdu);
    }

    /** The exact number of octets {@link #encode} produces, computed without producing them. */
    public static int encodedSize(MmsPdu pdu) {
        check(pdu);
        return WspWriter.measure(w -> write(w, pdu));
    }

    private static void check(MmsPdu pdu) {
        if (pdu.type().hasBody() && pdu.body().isEmpty()) {
            throw new MmsEncodeException(pdu.type().label() + " needs a body");
        }
    }

    private static void write(WspWriter w, MmsPdu pdu) {
        for (MmsHeader h : pdu.headers().list()) {
            header(w, h);
        }
        pdu.body().ifPresent(b -> body(w, b));
    }

    @SuppressWarnings("unchecked")
    private static void header(WspWriter w, MmsHeader h) {
        HeaderField<Object> f = (HeaderField<Object>) h.field();
        if (f.isApplicationHeader()) {
            w.textString(f.name());
        } else {
            w.octet(0x80 | f.code());
        }
        f.codec().encode(w, h.value());
    }

    private static void body(WspWriter w, MessageBody b) {
        w.octet(0x80 | HeaderField.CONTENT_TYPE.code());
        ContentTypeCodec.encode(w, b.contentType());
        if (!b.isMultipart()) {
            w.bytes(b.dataUnsafe());
            return;
        }
        w.uintvar(b.parts().size());
        for (Part p : b.parts()) {
            w.uintvar(WspWriter.measure(x -> partHeaders(x, p)));
            w.uintvar(p.size());
            partHeaders(w, p);
            w.bytes(p.dataUnsafe());
        }
    }

    private static void partHeaders(WspWriter w, Part p) {
        ContentTypeCodec.encode(w, p.contentType());
        for (PartHeader h : p.headers()) {
            if (h.code() < 0) {
                w.textString(h.name()).textString(h.text());
                continue;
            }
            w.octet(0x80 | h.code());
            if (h.raw() != null) {
                w.bytes(h.raw().octetsUnsafe());
            } else if (h.code() == PartHeader.CONTENT_ID) {
                w.quotedString(h.text());
            } else {
                w.textString(h.text());
            }
        }
    }
}
