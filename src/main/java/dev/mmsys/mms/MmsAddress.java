package dev.mmsys.mms;

import java.util.regex.Pattern;

/**
 * Recipient and sender addresses as MMS writes them (OMA-TS-MMS-ENC §8): a phone number as
 * {@code +16195550100/TYPE=PLMN}, an e-mail address as itself.
 */
public final class MmsAddress {

    private static final String PLMN = "/TYPE=PLMN";
    /** E.164: a country code that does not start with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{5,14}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@/<>\"]+@[^\\s@/<>\"]+\\.[^\\s@/<>\"]+");

    private MmsAddress() {
    }

    /**
     * The header value for {@code address}: an E.164 number ({@code +1 619-555-0100} is accepted and
     * normalised) or an e-mail address. Anything else is refused with a message that says what is expected.
     */
    public static EncodedString encode(String address) {
        if (address == null || address.isBlank()) {
            throw new MmsEncodeException("an address is empty; give a number such as +16195550100 or an e-mail address");
        }
        String a = address.strip();
        if (a.contains("@")) {
            if (!EMAIL.matcher(a).matches()) {
                throw new MmsEncodeException("\"" + address + "\" is not a valid e-mail address");
            }
            return EncodedString.of(a);
        }
        return EncodedString.plain(normalizeNumber(address) + PLMN);
    }

    /** {@code +16195550100} from {@code +1 (619) 555-0100} or {@code +16195550100/TYPE=PLMN}; refuses the rest. */
    public static String normalizeNumber(String number) {
        String n = number.strip();
        if (n.toUpperCase(java.util.Locale.ROOT).endsWith(PLMN)) {
            n = n.substring(0, n.length() - PLMN.length());
        }
        n = n.replaceAll("[\\s().-]", "");
        if (!E164.matcher(n).matches()) {
            throw new MmsEncodeException("\"" + number + "\" is not an international phone number; write it in E.164"
                    + " form: + then the country code and the number, e.g. +16195550100");
        }
        return n;
    }

    /** The address without the {@code /TYPE=PLMN} suffix, for display. */
    public static String display(EncodedString address) {
        String t = address.text();
        int slash = t.indexOf("/TYPE=");
        return slash >= 0 ? t.substring(0, slash) : t;
    }
}
