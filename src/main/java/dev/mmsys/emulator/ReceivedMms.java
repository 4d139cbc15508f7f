package dev.mmsys.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One M-Send.req the MMSC emulator received, with what it made of it and how it answered.
 *
 * @param id          sequence number and Message-ID, also the stored files' base name ({@code 0001-...})
 * @param receivedAt  when the request was complete
 * @param viaProxy    it came through the emulated MMS proxy (absolute-form request)
 * @param target      the request-target as sent
 * @param pdu         the request body, as received
 * @param summary     the JSON summary (headers, recipients, parts, text, answer); see {@link #text()}
 * @param response    how the emulator answered
 * @param delivered   the carrier kept the message (it would reach the phone)
 * @param pduFile     where the PDU is stored
 */
public record ReceivedMms(String id, Instant receivedAt, boolean viaProxy, String target, byte[] pdu,
                          ObjectNode summary, MmscResponse response, boolean delivered, Path pduFile) {

    /** The decoded text of the message (its text/plain parts), if it had any. */
    public Optional<String> text() {
        return summary.hasNonNull("text") ? Optional.of(summary.get("text").asText()) : Optional.empty();
    }

    public String transactionId() {
        return summary.path("transactionId").asText("");
    }

    public String messageId() {
        return summary.path("messageId").asText("");
    }

    /** The JSON summary's file next to the PDU. */
    public Path summaryFile() {
        String name = pduFile.getFileName().toString();
        return pduFile.resolveSibling(name.substring(0, name.length() - 4) + ".json");
    }
}
