package dev.mmsys.sms;

import java.util.Arrays;
import java.util.HexFormat;

/** One information element of a user data header (TS 23.040 §9.2.3.24): its identifier and its data. */
public record InformationElement(int iei, byte[] data) {

    /** Concatenated short messages, 8-bit reference (§9.2.3.24.1). */
    public static final int CONCAT_8BIT = 0x00;
    /** Application port addressing, 8-bit ports (§9.2.3.24.3). */
    public static final int PORTS_8BIT = 0x04;
    /** Application port addressing, 16-bit ports (§9.2.3.24.4). */
    public static final int PORTS_16BIT = 0x05;
    /** Concatenated short messages, 16-bit reference (§9.2.3.24.8). */
    public static final int CONCAT_16BIT = 0x08;
    /** National language single shift (§9.2.3.24.15). */
    public static final int NATIONAL_SINGLE_SHIFT = 0x24;
    /** National language locking shift (§9.2.3.24.16). */
    public static final int NATIONAL_LOCKING_SHIFT = 0x25;

    public InformationElement {
        if (iei < 0 || iei > 0xFF) {
            throw new IllegalArgumentException("an IEI is one octet, not " + iei);
        }
        if (data.length > 0xFF) {
            throw new IllegalArgumentException("IE data is at most 255 octets, not " + data.length);
        }
        data = data.clone();
    }

    public static InformationElement concatenation(int reference, int referenceBits, int total, int sequence) {
        Concatenation c = new Concatenation(reference, referenceBits, total, sequence);
        return referenceBits == 8
                ? new InformationElement(CONCAT_8BIT, new byte[] {(byte) reference, (byte) total, (byte) sequence})
                : new InformationElement(CONCAT_16BIT, new byte[] {(byte) (c.reference() >> 8), (byte) reference,
                        (byte) total, (byte) sequence});
    }

    public static InformationElement ports16(int destination, int originator) {
        new ApplicationPort(destination, originator, 16);
        return new InformationElement(PORTS_16BIT, new byte[] {(byte) (destination >> 8), (byte) destination,
                (byte) (originator >> 8), (byte) originator});
    }

    public static InformationElement singleShift(NationalLanguage language) {
        return new InformationElement(NATIONAL_SINGLE_SHIFT, new byte[] {(byte) language.id()});
    }

    public static InformationElement lockingShift(NationalLanguage language) {
        return new InformationElement(NATIONAL_LOCKING_SHIFT, new byte[] {(byte) language.id()});
    }

    /** The data (a copy). */
    @Override
    public byte[] data() {
        return data.clone();
    }

    int length() {
        return data.length;
    }

    int octet(int i) {
        return data[i] & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InformationElement e && e.iei == iei && Arrays.equals(e.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * iei + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("IE 0x%02X [%s]", iei, HexFormat.of().withUpperCase().formatHex(data));
    }
}
