package dev.mmsys.sms;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How texts become SMS-SUBMIT PDUs. Built from the {@code mmsys.sms.*} settings with {@link #fromSettings}, or
 * from {@link #defaults()} and the {@code with…} methods.
 *
 * @param maxParts          refuse a text that needs more parts (1-255)
 * @param nationalLanguages national language tables the splitter may use (empty: default alphabet only)
 * @param transliterate     replace look-alike characters when that keeps a text in GSM 7-bit
 * @param referenceBits     8 (IEI 0x00, 153 septets a part) or 16 (IEI 0x08, 152 septets a part)
 * @param statusReport      TP-SRR: ask the SMSC for a status report
 * @param validity          TP-VP, or {@link ValidityPeriod#NONE}
 * @param smsc              the SMSC to write into the PDU; empty = {@code 00}, the SIM's
 */
public record SmsOptions(int maxParts, Set<NationalLanguage> nationalLanguages, boolean transliterate,
                         int referenceBits, boolean statusReport, ValidityPeriod validity, Optional<SmsAddress> smsc) {

    public static final String KEY_MAX_PARTS = "mmsys.sms.max-parts";
    public static final String KEY_NATIONAL_LANGUAGES = "mmsys.sms.national-languages";
    public static final String KEY_TRANSLITERATE = "mmsys.sms.transliterate";
    public static final String KEY_REFERENCE_BITS = "mmsys.sms.reference-bits";
    public static final String KEY_STATUS_REPORT = "mmsys.sms.status-report";
    public static final String KEY_VALIDITY = "mmsys.sms.validity";
    public static final String KEY_SMSC = "mmsys.sms.smsc";

    /** The UDH numbers parts with one octet. */
    public static final int MAX_CONCATENATED_PARTS = 255;

    public SmsOptions {
        if (maxParts < 1 || maxParts > MAX_CONCATENATED_PARTS) {
            throw new InvalidSettingException(KEY_MAX_PARTS, String.valueOf(maxParts), "a number from 1 to 255");
        }
        if (referenceBits != 8 && referenceBits != 16) {
            throw new InvalidSettingException(KEY_REFERENCE_BITS, String.valueOf(referenceBits), "8 or 16");
        }
        nationalLanguages = Set.copyOf(nationalLanguages);
        if (nationalLanguages.contains(NationalLanguage.DEFAULT)) {
            throw new IllegalArgumentException("the default alphabet is always available; list national languages only");
        }
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(smsc, "smsc");
    }

    /** 20 parts at most, default alphabet only, no transliteration, 8-bit references, no SRR, no TP-VP, SIM's SMSC. */
    public static SmsOptions defaults() {
        return new SmsOptions(20, Set.of(), false, 8, false, ValidityPeriod.NONE, Optional.empty());
    }

    /**
     * Options from configuration keys (missing keys keep their defaults). Every bad value is reported with its
     * key, e.g. {@code mmsys.sms.reference-bits=12 is not 8 or 16}.
     */
    public static SmsOptions fromSettings(Map<String, String> settings) {
        SmsOptions d = defaults();
        int maxParts = d.maxParts;
        String v = value(settings, KEY_MAX_PARTS);
        if (!v.isEmpty()) {
            try {
                maxParts = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new InvalidSettingException(KEY_MAX_PARTS, v, "a number from 1 to 255");
            }
        }
        Set<NationalLanguage> languages = EnumSet.noneOf(NationalLanguage.class);
        v = value(settings, KEY_NATIONAL_LANGUAGES);
        for (String name : v.split(",")) {
            if (!name.isBlank() && !name.strip().equalsIgnoreCase("none")) {
                try {
                    languages.add(NationalLanguage.fromName(name));
                } catch (IllegalArgumentException e) {
                    throw new InvalidSettingException(KEY_NATIONAL_LANGUAGES, v,
                            "a comma-separated list of " + NationalLanguage.names() + " (or empty)");
                }
            }
        }
        int bits = d.referenceBits;
        v = value(settings, KEY_REFERENCE_BITS);
        if (!v.isEmpty()) {
            bits = switch (v) {
                case "8" -> 8;
                case "16" -> 16;
                default -> throw new InvalidSettingException(KEY_REFERENCE_BITS, v, "8 or 16");
            };
        }
        ValidityPeriod validity;
        v = value(settings, KEY_VALIDITY);
        try {
            validity = ValidityPeriod.parse(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(KEY_VALIDITY, v, "none or a duration such as 30m, 12h, 4d or 2w"
                    + " (at most 63w)");
        }
        Optional<SmsAddress> smsc = Optional.empty();
        v = value(settings, KEY_SMSC);
        if (!v.isEmpty()) {
            try {
                smsc = Optional.of(SmsAddress.parse(v));
            } catch (InvalidNumberException e) {
                throw new InvalidSettingException(KEY_SMSC, v, "an SMSC number such as +447785016005 (or empty for"
                        + " the SIM's)");
            }
        }
        return new SmsOptions(maxParts, languages, bool(settings, KEY_TRANSLITERATE), bits,
                bool(settings, KEY_STATUS_REPORT), validity, smsc);
    }

    private static String value(Map<String, String> settings, String key) {
        String v = settings.get(key);
        return v == null ? "" : v.strip();
    }

    private static boolean bool(Map<String, String> settings, String key) {
        String v = value(settings, key);
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0", "" -> false;
            default -> throw new InvalidSettingException(key, v, "true or false");
        };
    }

    public SmsOptions withMaxParts(int n) {
        return new SmsOptions(n, nationalLanguages, transliterate, referenceBits, statusReport, validity, smsc);
    }

    public SmsOptions withNationalLanguages(Set<NationalLanguage> l) {
        return new SmsOptions(maxParts, l, transliterate, referenceBits, statusReport, validity, smsc);
    }

    public SmsOptions withTransliterate(boolean t) {
        return new SmsOptions(maxParts, nationalLanguages, t, referenceBits, statusReport, validity, smsc);
    }

    public SmsOptions withReferenceBits(int bits) {
        return new SmsOptions(maxParts, nationalLanguages, transliterate, bits, statusReport, validity, smsc);
    }

    public SmsOptions withStatusReport(boolean srr) {
        return new SmsOptions(maxParts, nationalLanguages, transliterate, referenceBits, srr, validity, smsc);
    }

    public SmsOptions withValidity(ValidityPeriod vp) {
        return new SmsOptions(maxParts, nationalLanguages, transliterate, referenceBits, statusReport, vp, smsc);
    }

    public SmsOptions withSmsc(Optional<SmsAddress> address) {
        return new SmsOptions(maxParts, nationalLanguages, transliterate, referenceBits, statusReport, validity,
                address);
    }
}
