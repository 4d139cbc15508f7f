package dev.mmsys.sms;

/** An SMS setting (an {@code mmsys.sms.*} key) with a value that cannot be used; the message names key and fix. */
public final class InvalidSettingException extends SmsException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String key, String value, String expected) {
        super(key + "=" + value + " is not " + expected + "; fix the value");
    }
}
