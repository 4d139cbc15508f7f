package dev.mmsys.sms;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A whole message put together from its parts (or a single-part one): the text, or for binary messages such as
 * a WAP Push the user-data octets of all parts in order, with the application ports of the first part.
 */
public final class ReassembledMessage {

    private final List<UserDataPdu> parts;
    private final String text;
    private final byte[] data;

    private ReassembledMessage(List<UserDataPdu> parts, String text, byte[] data) {
        this.parts = parts;
        this.text = text;
        this.data = data;
    }

    /** {@code ordered} are the parts in sequence order, already checked to form one complete set. */
    static ReassembledMessage of(List<? extends UserDataPdu> ordered) {
        List<UserDataPdu> parts = List.copyOf(ordered);
        boolean text = parts.get(0).userData().isText();
        for (UserDataPdu p : parts) {
            if (p.userData().isText() != text) {
                throw new IncompleteMessageException("the parts mix text and binary user data, so they are not one"
                        + " message", List.of());
            }
        }
        if (text) {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p.userData().text()));
            return new ReassembledMessage(parts, sb.toString(), null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(p -> out.writeBytes(p.userData().data()));
        return new ReassembledMessage(parts, null, out.toByteArray());
    }

    /** The parts, in sequence order. */
    public List<UserDataPdu> parts() {
        return parts;
    }

    /** The sender (SMS-DELIVER) or recipient (SMS-SUBMIT). */
    public SmsAddress address() {
        return parts.get(0).address();
    }

    public boolean isText() {
        return text != null;
    }

    public String text() {
        if (text == null) {
            throw new IllegalStateException("this message is binary (8-bit data); use data()");
        }
        return text;
    }

    public byte[] data() {
        if (data == null) {
            throw new IllegalStateException("this message is text; use text()");
        }
        return data.clone();
    }

    public Optional<ApplicationPort> applicationPort() {
        return parts.get(0).userData().header().applicationPort();
    }

    /** A WAP Push (destination port 2948), e.g. an MMS M-Notification.ind inside a WSP push PDU. */
    public boolean isWapPush() {
        return applicationPort().map(ApplicationPort::isWapPush).orElse(false);
    }

    /** The concatenation reference, for a set of several parts. */
    public OptionalInt reference() {
        return parts.get(0).userData().header().concatenation()
                .map(c -> OptionalInt.of(c.reference())).orElse(OptionalInt.empty());
    }

    @Override
    public String toString() {
        return "ReassembledMessage[" + address() + ", " + parts.size() + " part(s), "
                + (text != null ? "text=" + text : data.length + " octets") + "]";
    }
}
