package dev.mmsys.mms;

/** What a status value asks the client to do: nothing, try again later, or give up on this message. */
public enum StatusCategory {
    OK, TRANSIENT, PERMANENT
}
