package dev.mmsys.sms;

import java.util.Objects;

/**
 * A TP address (TP-DA, TP-OA, TP-RA) or an SMSC address: the type-of-address octet (TS 23.040 §9.1.2.5) and the
 * value, which is the digits for a number ({@code *}, {@code #}, {@code a}, {@code b}, {@code c} stand for the
 * BCD codes 0xA-0xE) or the text of an alphanumeric address.
 */
public record SmsAddress(int typeOfAddress, String value) {

    /** TON international, NPI ISDN/E.164. */
    public static final int TOA_INTERNATIONAL = 0x91;
    /** TON national, NPI ISDN. */
    public static final int TOA_NATIONAL = 0xA1;
    /** TON unknown, NPI ISDN: digits as dialled, interpreted by the network (what phones send without a +). */
    public static final int TOA_UNKNOWN = 0x81;
    /** TON alphanumeric (GSM 7-bit default alphabet), NPI unknown. */
    public static final int TOA_ALPHANUMERIC = 0xD0;

    /** E.164 allows 15 digits; TP addresses hold 20 semi-octets. */
    static final int MAX_E164_DIGITS = 15;
    static final int MAX_DIGITS = 20;
    /** 11 septets fill the 10 octets a TP address may use. */
    static final int MAX_ALPHANUMERIC_SEPTETS = 11;

    public SmsAddress {
        Objects.requireNonNull(value, "value");
        if (typeOfAddress < 0x80 || typeOfAddress > 0xFF) {
            throw new IllegalArgumentException(String.format("type of address 0x%02X lacks bit 8", typeOfAddress));
        }
    }

    /** The type of number, from bits 7-5 of the type-of-address octet. */
    public enum Type { UNKNOWN, INTERNATIONAL, NATIONAL, NETWORK_SPECIFIC, SUBSCRIBER, ALPHANUMERIC, ABBREVIATED, RESERVED }

    public Type type() {
        return Type.values()[(typeOfAddress >> 4) & 7];
    }

    public boolean isAlphanumeric() {
        return type() == Type.ALPHANUMERIC;
    }

    /** {@code +digits}, e.g. +16195550100. */
    public static SmsAddress international(String digits) {
        requireDigits(digits, "+" + digits, MAX_E164_DIGITS);
        if (digits.charAt(0) == '0') {
            throw new InvalidNumberException("+" + digits, "a country code never starts with 0");
        }
        return new SmsAddress(TOA_INTERNATIONAL, digits);
    }

    /** National digits with TON national. */
    public static SmsAddress national(String digits) {
        requireDigits(digits, digits, MAX_DIGITS);
        return new SmsAddress(TOA_NATIONAL, digits);
    }

    /** Digits as dialled, TON unknown: national numbers and short codes as a phone sends them. */
    public static SmsAddress dialled(String digits) {
        requireDigits(digits, digits, MAX_DIGITS);
        return new SmsAddress(TOA_UNKNOWN, digits);
    }

    /** An alphanumeric address (a sender name such as {@code MyBank}): GSM 7-bit default alphabet, 11 septets at most. */
    public static SmsAddress alphanumeric(String text) {
        int septets = Gsm7Charset.DEFAULT.septets(text);
        if (text.isEmpty() || septets < 0 || septets > MAX_ALPHANUMERIC_SEPTETS) {
            throw new InvalidNumberException(text, "an alphanumeric address is 1 to 11 characters of the GSM 7-bit"
                    + " default alphabet");
        }
        return new SmsAddress(TOA_ALPHANUMERIC, text);
    }

    /**
     * A number as a user writes it: {@code +} and the country code for an international number, or national
     * digits. Spaces, dashes, dots and parentheses are formatting and are dropped.
     */
    public static SmsAddress parse(String input) {
        Objects.requireNonNull(input, "input");
        String s = input.strip().replaceAll("[\\s().\\-]", "");
        if (s.isEmpty()) {
            throw new InvalidNumberException(input, "it is empty");
        }
        if (s.charAt(0) == '+') {
            String digits = s.substring(1);
            requireDigits(digits, input, MAX_E164_DIGITS);
            if (digits.charAt(0) == '0') {
                throw new InvalidNumberException(input, "after the + comes the country code, which never starts"
                        + " with 0");
            }
            return new SmsAddress(TOA_INTERNATIONAL, digits);
        }
        requireDigits(s, input, MAX_DIGITS);
        return new SmsAddress(TOA_UNKNOWN, s);
    }

    private static void requireDigits(String digits, String input, int max) {
        if (digits.isEmpty()) {
            throw new InvalidNumberException(input, "it has no digits");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidNumberException(input, "'" + c + "' is not a digit");
            }
        }
        if (digits.length() > max) {
            throw new InvalidNumberException(input, "it has " + digits.length() + " digits, more than the " + max
                    + " allowed");
        }
    }

    /** {@code +digits} for an international number, the value otherwise. */
    @Override
    public String toString() {
        return type() == Type.INTERNATIONAL ? "+" + value : value;
    }
}
