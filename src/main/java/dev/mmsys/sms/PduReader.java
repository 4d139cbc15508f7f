package dev.mmsys.sms;

/** A cursor over a PDU that names the field and octet of every fault, and never reads past the end. */
final class PduReader {

    private final byte[] pdu;
    private int pos;

    PduReader(byte[] pdu) {
        this.pdu = pdu;
    }

    int position() {
        return pos;
    }

    int remaining() {
        return pdu.length - pos;
    }

    int u8(String field) {
        if (pos >= pdu.length) {
            throw fault(pos, field, "the PDU ends (after " + pdu.length + " octets) where this field should be");
        }
        return pdu[pos++] & 0xFF;
    }

    byte[] take(int n, String field) {
        if (n > remaining()) {
            throw fault(pos, field, "needs " + n + " octets but only " + remaining() + " remain");
        }
        byte[] out = new byte[n];
        System.arraycopy(pdu, pos, out, 0, n);
        pos += n;
        return out;
    }

    void expectEnd() {
        if (pos != pdu.length) {
            throw fault(pos, "end of PDU", (pdu.length - pos) + " octet(s) left over after TP-UD"
                    + " (TP-UDL too small, or trailing octets)");
        }
    }

    MalformedPduException fault(int offset, String field, String problem) {
        return new MalformedPduException(offset, field, problem);
    }
}
