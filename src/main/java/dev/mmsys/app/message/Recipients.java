package dev.mmsys.app.message;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recipient addresses: phone numbers normalised to E.164 with libphonenumber (national numbers read in the
 * configured default region), or e-mail addresses (MMS only).
 */
public final class Recipients {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("[+0-9 ().\\-/]+");
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region for numbers written without a country code, e.g. {@code US} */
    public Recipients(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
        if (!util.getSupportedRegions().contains(this.defaultRegion)) {
            throw new IllegalArgumentException("'" + defaultRegion + "' is not a region libphonenumber knows; "
                    + "use a two-letter ISO 3166 code such as US");
        }
    }

    public static boolean isEmail(String address) {
        return address.indexOf('@') >= 0;
    }

    /**
     * The address in canonical form: E.164 for a phone number, the address itself for an e-mail address.
     *
     * @param field the field to name in an error, e.g. {@code to[1]}
     */
    public String normalise(String raw, String field) throws InvalidMessageException {
        String a = raw.strip();
        if (a.isEmpty()) {
            throw new InvalidMessageException(field, "is empty; give a phone number such as +16195550100");
        }
        if (isEmail(a)) {
            if (!EMAIL.matcher(a).matches()) {
                throw new InvalidMessageException(field, "'" + raw + "' is not a valid e-mail address");
            }
            return a;
        }
        if (!PHONE_CHARS.matcher(a).matches()) {
            throw new InvalidMessageException(field, "'" + raw + "' is not a phone number (only digits, a "
                    + "leading + and separators are allowed); write it as +16195550100");
        }
        PhoneNumber n;
        try {
            n = util.parse(a, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidMessageException(field, "'" + raw + "' is not a phone number (" + e.getMessage()
                    + "); write it in international form, e.g. +16195550100");
        }
        if (!util.isPossibleNumber(n)) {
            String region = util.getRegionCodeForNumber(n);
            throw new InvalidMessageException(field, "'" + raw + "' has the wrong number of digits for "
                    + (region == null ? "country code +" + n.getCountryCode() : region)
                    + (a.startsWith("+") ? "" : " (read as a national number of " + defaultRegion
                    + ", mmsys.default-region)") + "; check the number");
        }
        return util.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
