package dev.mmsys.sms;

import java.util.Arrays;
import java.util.Objects;

/**
 * TP-UD: an optional user data header, then either text (GSM 7-bit or UCS-2, as TP-DCS says) or octets
 * (8-bit data, or compressed text this codec does not expand).
 */
public final class UserData {

    private final UserDataHeader header;
    private final String text;
    private final byte[] data;

    private UserData(UserDataHeader header, String text, byte[] data) {
        this.header = Objects.requireNonNull(header, "header");
        this.text = text;
        this.data = data;
    }

    public static UserData text(UserDataHeader header, String text) {
        return new UserData(header, Objects.requireNonNull(text, "text"), null);
    }

    public static UserData text(String text) {
        return text(UserDataHeader.NONE, text);
    }

    public static UserData binary(UserDataHeader header, byte[] data) {
        return new UserData(header, null, data.clone());
    }

    public UserDataHeader header() {
        return header;
    }

    public boolean isText() {
        return text != null;
    }

    /** The text; only for text user data ({@link #isText()}). */
    public String text() {
        if (text == null) {
            throw new IllegalStateException("this user data is binary (8-bit or compressed), not text");
        }
        return text;
    }

    /** The octets after the header; only for binary user data. */
    public byte[] data() {
        if (data == null) {
            throw new IllegalStateException("this user data is text, not binary");
        }
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserData u && u.header.equals(header) && Objects.equals(u.text, text)
                && Arrays.equals(u.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, text, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "UserData[" + (header.isEmpty() ? "" : header.elements() + ", ")
                + (text != null ? "text=" + text : data.length + " octets") + "]";
    }
}
