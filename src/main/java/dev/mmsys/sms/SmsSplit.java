package dev.mmsys.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a text goes out as SMS, before any PDU is built: the alphabet (and for GSM 7-bit, the table pair), the
 * text of each part, how many septets (GSM 7-bit) or UTF-16 code units (UCS-2) each part holds, and any
 * transliteration that was needed.
 *
 * @param charset         the GSM 7-bit tables; null for UCS-2
 * @param parts           the text of each part, in order; joined they are the text that is sent
 * @param units           septets (GSM 7-bit, an ESC pair counting two) or UTF-16 code units (UCS-2) per part
 * @param referenceBits   8 or 16: the concatenation reference the parts' capacity was computed for
 */
public record SmsSplit(SmsAlphabet alphabet, Gsm7Charset charset, List<String> parts, List<Integer> units,
                       Transliteration transliteration, int referenceBits) {

    public SmsSplit {
        Objects.requireNonNull(alphabet, "alphabet");
        if ((alphabet == SmsAlphabet.GSM_7BIT) != (charset != null)) {
            throw new IllegalArgumentException("a GSM 7-bit split has a charset, a UCS-2 split has none");
        }
        parts = List.copyOf(parts);
        units = List.copyOf(units);
        Objects.requireNonNull(transliteration, "transliteration");
    }

    public int partCount() {
        return parts.size();
    }

    public boolean concatenated() {
        return parts.size() > 1;
    }

    /** The text that is sent: the original, or the transliterated one. */
    public String text() {
        return String.join("", parts);
    }

    public int totalUnits() {
        return units.stream().mapToInt(Integer::intValue).sum();
    }

    /** GSM-7, UCS-2, or e.g. {@code GSM-7 (Turkish locking shift + Turkish single shift)}. */
    public String encoding() {
        if (charset == null || charset == Gsm7Charset.DEFAULT) {
            return alphabet.label();
        }
        return alphabet.label() + " (" + charset.describe() + ")";
    }

    /** The header of part {@code sequence} (1-based) in a set with concatenation reference {@code reference}. */
    public UserDataHeader header(int sequence, int reference) {
        List<InformationElement> ies = new ArrayList<>(3);
        if (concatenated()) {
            ies.add(InformationElement.concatenation(reference, referenceBits, parts.size(), sequence));
        }
        if (charset != null && charset.locking() != NationalLanguage.DEFAULT) {
            ies.add(InformationElement.lockingShift(charset.locking()));
        }
        if (charset != null && charset.singleShift() != NationalLanguage.DEFAULT) {
            ies.add(InformationElement.singleShift(charset.singleShift()));
        }
        return new UserDataHeader(ies);
    }

    public DataCodingScheme dcs() {
        return DataCodingScheme.of(alphabet);
    }
}
