package dev.mmsys.app.spool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code queued → sending → sent | sent-as-sms | failed}; the last three are final. */
public enum MessageState {
    QUEUED("queued"), SENDING("sending"), SENT("sent"), SENT_AS_SMS("sent-as-sms"), FAILED("failed");

    private final String json;

    MessageState(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public boolean isFinal() {
        return this == SENT || this == SENT_AS_SMS || this == FAILED;
    }

    /** The state named {@code s} ({@code sent-as-sms}, ...), or null. */
    @JsonCreator
    public static MessageState parse(String s) {
        for (MessageState m : values()) {
            if (m.json.equalsIgnoreCase(s)) {
                return m;
            }
        }
        return null;
    }
}
