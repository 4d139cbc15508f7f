package dev.mmsys.sms;

/** The text to send is empty: there is nothing to put in an SMS. */
public final class EmptyTextException extends SmsException {
    private static final long serialVersionUID = 1L;

    public EmptyTextException() {
        super("the text is empty; give at least one character to send");
    }
}
