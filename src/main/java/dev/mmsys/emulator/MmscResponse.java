package dev.mmsys.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How the MMSC emulator answers one M-Send.req. The message is accepted (stored, shown on the page) with
 * {@link #ok()}, {@link #slow}, {@link #truncated()} and {@link #garbage()} — the last two are the nasty case
 * where the carrier took the message but the client cannot read the answer; it is refused with the others.
 *
 * @param kind     what is sent
 * @param code     the X-Mms-Response-Status ({@link Kind#STATUS}) or the HTTP status ({@link Kind#HTTP_ERROR})
 * @param delay    how long the MMSC waits before answering
 */
public record MmscResponse(Kind kind, int code, Duration delay) {

    public enum Kind {
        /** 200 with M-Send.conf, Response-Status Ok (0x80), Transaction-ID echoed, a fresh Message-ID. */
        OK,
        /** 200 with M-Send.conf carrying an error X-Mms-Response-Status (transient 0xC0-0xDF, permanent 0xE0-0xFF). */
        STATUS,
        /** An HTTP error status (500, 503, ...) with a short text body. */
        HTTP_ERROR,
        /** 200 with the full Content-Length of an M-Send.conf but only half of it, then the connection closes. */
        TRUNCATED,
        /** 200, Content-Type application/vnd.wap.mms-message, and octets that are no MMS PDU. */
        GARBAGE,
        /** The connection closes without any answer. */
        HANG_UP
    }

    public MmscResponse {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
    }

    public static MmscResponse ok() {
        return new MmscResponse(Kind.OK, 0x80, Duration.ZERO);
    }

    /** M-Send.conf with Error-transient-failure (0xC0): the client should retry. */
    public static MmscResponse transientFailure() {
        return status(0xC0);
    }

    /** M-Send.conf with Error-permanent-failure (0xE0): retrying is useless. */
    public static MmscResponse permanentFailure() {
        return status(0xE0);
    }

    /** M-Send.conf with the X-Mms-Response-Status {@code code} (0x80-0xFF). */
    public static MmscResponse status(int code) {
        if (code < 0x80 || code > 0xFF) {
            throw new IllegalArgumentException("X-Mms-Response-Status must be 0x80-0xFF, was " + code);
        }
        return new MmscResponse(Kind.STATUS, code, Duration.ZERO);
    }

    /** An HTTP error such as 500 or 503. */
    public static MmscResponse http(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an HTTP error status is 400-599, was " + status);
        }
        return new MmscResponse(Kind.HTTP_ERROR, status, Duration.ZERO);
    }

    public static MmscResponse truncated() {
        return new MmscResponse(Kind.TRUNCATED, 0x80, Duration.ZERO);
    }

    public static MmscResponse garbage() {
        return new MmscResponse(Kind.GARBAGE, 0x80, Duration.ZERO);
    }

    public static MmscResponse hangUp() {
        return new MmscResponse(Kind.HANG_UP, 0, Duration.ZERO);
    }

    /** A normal answer after {@code delay}. */
    public static MmscResponse slow(Duration delay) {
        return ok().after(delay);
    }

    /** This answer, after {@code d}. */
    public MmscResponse after(Duration d) {
        return new MmscResponse(kind, code, d);
    }

    /** Whether the carrier keeps the message (it reaches the recipient) with this answer. */
    public boolean delivers() {
        return kind == Kind.OK || kind == Kind.TRUNCATED || kind == Kind.GARBAGE
                || (kind == Kind.STATUS && code == 0x80);
    }

    /** A short name for logs and summaries, e.g. {@code status 0xC0}, {@code http 503}. */
    public String label() {
        String base = switch (kind) {
            case OK -> "ok";
            case STATUS -> String.format("status 0x%02X", code);
            case HTTP_ERROR -> "http " + code;
            case TRUNCATED -> "truncated";
            case GARBAGE -> "garbage";
            case HANG_UP -> "hang up";
        };
        return delay.isZero() ? base : base + " after " + delay.toMillis() + " ms";
    }
}
