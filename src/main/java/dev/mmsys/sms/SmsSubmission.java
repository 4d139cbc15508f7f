package dev.mmsys.sms;

import java.util.List;
import java.util.OptionalInt;

/**
 * A text ready to send: one SMS-SUBMIT PDU per part, each with the hex the modem takes after
 * {@code AT+CMGS=<tpduLength>}, plus how the text was encoded.
 *
 * @param reference the concatenation reference, when there are several parts
 */
public record SmsSubmission(SmsAddress destination, SmsSplit split, OptionalInt reference, List<Part> parts) {

    public SmsSubmission {
        parts = List.copyOf(parts);
    }

    /**
     * One part.
     *
     * @param sequence   1-based position in the set
     * @param text       the characters this part carries
     * @param pdu        the SMS-SUBMIT
     * @param hex        the PDU as upper-case hex, SMSC field first ({@code 00} = the SIM's SMSC)
     * @param tpduLength what AT+CMGS needs: the PDU's octets without the SMSC field
     */
    public record Part(int sequence, String text, SmsSubmit pdu, String hex, int tpduLength) {

        /** {@code AT+CMGS=<tpduLength>}. */
        public String atCommand() {
            return "AT+CMGS=" + tpduLength;
        }
    }

    public SmsAlphabet alphabet() {
        return split.alphabet();
    }

    public Transliteration transliteration() {
        return split.transliteration();
    }
}
