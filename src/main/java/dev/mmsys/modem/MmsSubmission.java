package dev.mmsys.modem;

import java.util.List;

/**
 * The outcome of an MMS POST: the MMSC's HTTP response (whose body is normally the M-Send.conf), each step
 * with its evidence, and the octets that crossed the serial line for the connection.
 *
 * @param octetsSent     the HTTP request's size (head + PDU)
 * @param octetsReceived the HTTP response's size as read from the socket
 * @param transcript     the AT traffic of this submission (payloads summarised, numbers redacted)
 */
public record MmsSubmission(HttpResponse response, List<Step> steps, MmscTarget target, long octetsSent,
                            long octetsReceived, List<String> transcript) {

    public MmsSubmission {
        steps = List.copyOf(steps);
        transcript = List.copyOf(transcript);
    }
}
