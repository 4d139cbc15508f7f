package dev.mmsys.mms;

import java.time.Instant;

/** X-Mms-Previously-Sent-Date (§7.3.38): when the n-th forwarder sent the message on. */
public record ForwardedAt(long count, Instant date) {
    @Override
    public String toString() {
        return count + ": " + date;
    }
}
