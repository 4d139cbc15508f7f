package dev.mmsys.sms;

import java.util.OptionalInt;

/**
 * TP-DCS (TS 23.038 §4): the alphabet, an optional message class, and whether the text is compressed.
 * Reserved alphabet codings read as GSM 7-bit, as §4 tells a receiver to do.
 */
public record DataCodingScheme(int value) {

    public static final DataCodingScheme GSM_7BIT = new DataCodingScheme(0x00);
    public static final DataCodingScheme EIGHT_BIT = new DataCodingScheme(0x04);
    public static final DataCodingScheme UCS2 = new DataCodingScheme(0x08);

    public DataCodingScheme {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("TP-DCS is one octet, not " + value);
        }
    }

    /** The general data coding value for {@code alphabet}, without a message class. */
    public static DataCodingScheme of(SmsAlphabet alphabet) {
        return switch (alphabet) {
            case GSM_7BIT -> GSM_7BIT;
            case EIGHT_BIT -> EIGHT_BIT;
            case UCS2 -> UCS2;
        };
    }

    /** General data coding with message class 0 (flash) to 3. */
    public static DataCodingScheme of(SmsAlphabet alphabet, int messageClass) {
        if (messageClass < 0 || messageClass > 3) {
            throw new IllegalArgumentException("message class is 0 to 3, not " + messageClass);
        }
        return new DataCodingScheme(0x10 | of(alphabet).value | messageClass);
    }

    public SmsAlphabet alphabet() {
        int group = value >> 4;
        if (group <= 0x7) {                              // 00xx / 01xx: general data coding (01xx: auto-delete)
            return switch ((value >> 2) & 3) {
                case 1 -> SmsAlphabet.EIGHT_BIT;
                case 2 -> SmsAlphabet.UCS2;
                default -> SmsAlphabet.GSM_7BIT;
            };
        }
        if (group == 0xE) {                              // message waiting indication, store, UCS-2
            return SmsAlphabet.UCS2;
        }
        if (group == 0xF) {                              // data coding / message class
            return (value & 0x04) != 0 ? SmsAlphabet.EIGHT_BIT : SmsAlphabet.GSM_7BIT;
        }
        return SmsAlphabet.GSM_7BIT;                     // 1100, 1101 (message waiting, GSM 7-bit) and reserved groups
    }

    public boolean compressed() {
        return (value >> 6) <= 1 && (value & 0x20) != 0;
    }

    public OptionalInt messageClass() {
        int group = value >> 4;
        if (((value >> 6) <= 1 && (value & 0x10) != 0) || group == 0xF) {
            return OptionalInt.of(value & 3);
        }
        return OptionalInt.empty();
    }

    @Override
    public String toString() {
        return String.format("DCS 0x%02X (%s%s)", value, alphabet().label(),
                messageClass().isPresent() ? ", class " + messageClass().getAsInt() : "");
    }
}
