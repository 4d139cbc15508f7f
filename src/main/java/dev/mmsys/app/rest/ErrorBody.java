package dev.mmsys.app.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON of every error answer: {@code {"status": 400, "error": "…", "field": "to[0]"}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, String field) {
}
