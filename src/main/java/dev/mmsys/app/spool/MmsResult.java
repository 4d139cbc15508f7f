package dev.mmsys.app.spool;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the MMSC answered in its M-Send.conf. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MmsResult(String transactionId, String messageId, String responseStatus) {
}
