package dev.mmsys.app.spool;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The attempt under way, written to disk before the MMS POST or SMS submit goes out and cleared once its outcome
 * is recorded. Found at start, it means the process died mid-attempt: the outcome is unknown.
 *
 * @param channel {@code mms} or {@code sms}
 * @param to      for SMS, the recipient being submitted to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InFlight(int attempt, String channel, String to, String startedAt) {
}
