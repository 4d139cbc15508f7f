package dev.mmsys.sms;

/**
 * Base of every error the SMS codec reports. All of them are permanent for the input that caused them: sending
 * the same text to the same number again fails the same way, so callers must not retry.
 */
public abstract class SmsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected SmsException(String message) {
        super(message);
    }

    protected SmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
