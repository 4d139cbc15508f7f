package dev.mmsys.sms;

/** A destination or SMSC number that cannot be written as a TP address; the message says what a valid one is. */
public final class InvalidNumberException extends SmsException {
    private static final long serialVersionUID = 1L;

    private final String input;

    public InvalidNumberException(String input, String reason) {
        super("'" + input + "' is not a valid phone number: " + reason
                + "; write it as +16195550100 (international, E.164: + and up to 15 digits)"
                + " or as 6195550100 (national digits only, at most 20)");
        this.input = input;
    }

    public String input() {
        return input;
    }
}
