package dev.mmsys.mms;

import java.time.Duration;
import java.time.Instant;

/**
 * Expiry, Delivery-Time and Reply-Charging-Deadline values (§7.3.20): an absolute date or a delay relative to
 * the time the PDU is received, in whole seconds.
 */
public record TimeValue(boolean absolute, long seconds) {

    public TimeValue {
        if (seconds < 0) {
            throw new MmsEncodeException("a time value cannot be negative: " + seconds);
        }
    }

    public static TimeValue at(Instant instant) {
        return new TimeValue(true, instant.getEpochSecond());
    }

    public static TimeValue after(Duration delay) {
        return new TimeValue(false, delay.toSeconds());
    }

    public Instant instant() {
        if (!absolute) {
            throw new IllegalStateException("a relative time has no instant");
        }
        return Instant.ofEpochSecond(seconds);
    }

    public Duration delay() {
        if (absolute) {
            throw new IllegalStateException("an absolute time has no delay");
        }
        return Duration.ofSeconds(seconds);
    }

    @Override
    public String toString() {
        return absolute ? Instant.ofEpochSecond(seconds).toString() : "+" + seconds + "s";
    }
}
