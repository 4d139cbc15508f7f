package dev.mmsys.modem;

import java.time.Duration;

/**
 * How a session talks to its port: line speed, echo, time limits. Shared by every user of the port (the
 * first one to open it decides).
 *
 * @param baudRate        serial speed (ignored on USB and TCP)
 * @param echo            leave the modem's echo on (ATE1) instead of turning it off (ATE0)
 * @param commandTimeout  limit for ordinary commands
 * @param netOpenTimeout  limit for AT+NETOPEN's result (and NETCLOSE)
 * @param connectTimeout  limit for a TCP connection (AT+CIPOPEN's result)
 * @param sendTimeout     limit for each CIPSEND confirmation
 * @param dnsTimeout      limit for AT+CDNSGIP
 * @param smsTimeout      limit for each AT+CMGS
 * @param redact          shorten phone numbers and identifiers in the transcript and logs
 */
public record SessionSettings(int baudRate, boolean echo, Duration commandTimeout, Duration netOpenTimeout,
                              Duration connectTimeout, Duration sendTimeout, Duration dnsTimeout, Duration smsTimeout,
                              boolean redact) {

    public static SessionSettings defaults() {
        return new SessionSettings(115200, false, Duration.ofSeconds(5), Duration.ofSeconds(75),
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(60), true);
    }

    public SessionSettings withBaudRate(int b) {
        return new SessionSettings(b, echo, commandTimeout, netOpenTimeout, connectTimeout, sendTimeout, dnsTimeout,
                smsTimeout, redact);
    }

    public SessionSettings withEcho(boolean e) {
        return new SessionSettings(baudRate, e, commandTimeout, netOpenTimeout, connectTimeout, sendTimeout,
                dnsTimeout, smsTimeout, redact);
    }

    public SessionSettings withTimeouts(Duration command, Duration netOpen, Duration connect, Duration send,
                                        Duration dns, Duration sms) {
        return new SessionSettings(baudRate, echo, command, netOpen, connect, send, dns, sms, redact);
    }
}
