package dev.mmsys.app.rest;

/** {@code POST /api/messages} → 202 {@code {"id", "status"}}: the message is on disk under that id. */
public record SubmitResponse(String id, String status) {
}
