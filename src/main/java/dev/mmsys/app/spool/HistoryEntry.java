package dev.mmsys.app.spool;

/** One line of a message's history: when, what ({@code accepted}, {@code mms-attempt}, ...), and details. */
public record HistoryEntry(String at, String event, String detail) {
}
