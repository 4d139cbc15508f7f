package dev.mmsys.sms;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/** A user data header (TS 23.040 §9.2.3.24): an ordered list of information elements. */
public record UserDataHeader(List<InformationElement> elements) {

    public static final UserDataHeader NONE = new UserDataHeader(List.of());

    public UserDataHeader {
        elements = List.copyOf(elements);
    }

    public static UserDataHeader of(InformationElement... elements) {
        return new UserDataHeader(List.of(elements));
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** Octets the header takes in TP-UD, UDHL included; 0 when there is no header. */
    public int octets() {
        if (elements.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (InformationElement e : elements) {
            n += 2 + e.length();
        }
        return n;
    }

    /** UDHL followed by the elements; empty when there is no header. */
    public byte[] encode() {
        if (elements.isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(octets());
        out.write(octets() - 1);
        for (InformationElement e : elements) {
            out.write(e.iei());
            out.write(e.length());
            out.writeBytes(e.data());
        }
        return out.toByteArray();
    }

    /**
     * The concatenation IE, 8- or 16-bit. One whose sequence number is 0 or above the total is ignored, as TS
     * 23.040 §9.2.3.24.1 tells a receiver to do.
     */
    public Optional<Concatenation> concatenation() {
        for (InformationElement e : elements) {
            if (e.iei() == InformationElement.CONCAT_8BIT && e.length() == 3) {
                return concatenation(e.octet(0), 8, e.octet(1), e.octet(2));
            }
            if (e.iei() == InformationElement.CONCAT_16BIT && e.length() == 4) {
                return concatenation(e.octet(0) << 8 | e.octet(1), 16, e.octet(2), e.octet(3));
            }
        }
        return Optional.empty();
    }

    private static Optional<Concatenation> concatenation(int ref, int bits, int total, int seq) {
        return total >= 1 && seq >= 1 && seq <= total
                ? Optional.of(new Concatenation(ref, bits, total, seq)) : Optional.empty();
    }

    public Optional<ApplicationPort> applicationPort() {
        for (InformationElement e : elements) {
            if (e.iei() == InformationElement.PORTS_8BIT && e.length() == 2) {
                return Optional.of(new ApplicationPort(e.octet(0), e.octet(1), 8));
            }
            if (e.iei() == InformationElement.PORTS_16BIT && e.length() == 4) {
                return Optional.of(new ApplicationPort(e.octet(0) << 8 | e.octet(1), e.octet(2) << 8 | e.octet(3), 16));
            }
        }
        return Optional.empty();
    }

    /** The national single shift table in force ({@link NationalLanguage#DEFAULT} without that IE). */
    public NationalLanguage singleShift() {
        return language(InformationElement.NATIONAL_SINGLE_SHIFT);
    }

    /** The national locking shift table in force ({@link NationalLanguage#DEFAULT} without that IE). */
    public NationalLanguage lockingShift() {
        return language(InformationElement.NATIONAL_LOCKING_SHIFT);
    }

    /** The GSM 7-bit tables this header selects. */
    public Gsm7Charset gsm7Charset() {
        return Gsm7Charset.of(lockingShift(), singleShift());
    }

    private NationalLanguage language(int iei) {
        for (InformationElement e : elements) {
            if (e.iei() == iei && e.length() == 1) {
                return NationalLanguage.fromId(e.octet(0));
            }
        }
        return NationalLanguage.DEFAULT;
    }
}
