package dev.mmsys.emulator;

import java.time.Instant;

/**
 * One SMS the emulated modem accepted with AT+CMGS: what the host sent and what the modem made of it.
 *
 * @param mr          the TP-MR the modem assigned ({@code +CMGS: <mr>})
 * @param pduHex      PDU mode: the hex exactly as typed after the prompt (SMSC field included), upper-cased;
 *                    text mode: ""
 * @param tpduOctets  PDU mode: the {@code <length>} of AT+CMGS (TPDU octets); text mode: 0
 * @param smsc        the service centre used: the PDU's own, else AT+CSCA's
 * @param destination the TP-DA (E.164 with '+' when international)
 * @param concat      the concatenation header, or null for a single-part SMS
 * @param dcs         TP-DCS (PDU mode), or -1 in text mode
 * @param text        text mode: the text typed; PDU mode: "" (decode {@code pduHex} with the SMS codec:
 *                    {@code SmsPduDecoder.decodeHex}, then {@code SmsReassembler.assemble} for a concatenated set)
 * @param at          when the modem accepted it
 */
public record SubmittedSms(int mr, String pduHex, int tpduOctets, String smsc, String destination, Concat concat,
                           int dcs, String text, Instant at) {

    /** A concatenated-SMS header (8- or 16-bit reference). */
    public record Concat(int reference, int total, int sequence, int referenceBits) {
    }

    public boolean pduMode() {
        return !pduHex.isEmpty();
    }
}
