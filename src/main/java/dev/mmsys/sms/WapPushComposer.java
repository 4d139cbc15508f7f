package dev.mmsys.sms;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The network side of a WAP Push over SMS: {@link #mmsPush} wraps an MMS PDU (an M-Notification.ind, say) in the
 * WSP push PDU an MMSC sends, and {@link #compose} carries any WSP push PDU in SMS-DELIVER PDUs (WDP over SMS:
 * 8-bit data, 16-bit application ports 9200 → 2948), split over concatenated parts when it does not fit one.
 * This is how an MMSC announces an MMS. Tests use it to make what a phone receives; the MMS PDU stays opaque
 * octets here (decoding the push and the notification is {@code dev.mmsys.mms.WspPush}'s job).
 */
public final class WapPushComposer {

    /** WSP PDU type Push (WAP-230-WSP table 34). */
    static final int WSP_PUSH = 0x06;
    /** Content-Type application/vnd.wap.mms-message: well-known code 0x3E as a Short-integer. */
    static final int CONTENT_TYPE_MMS = 0x80 | 0x3E;
    /** X-Wap-Application-Id (field 0x2F) with the value x-wap-application:mms.ua (code 0x04). */
    static final int X_WAP_APPLICATION_ID = 0x80 | 0x2F;
    static final int MMS_USER_AGENT = 0x80 | 0x04;

    private static final int PORTS_IE_OCTETS = 6;
    private static final int CONCAT_IE_OCTETS = 5;

    private WapPushComposer() {
    }

    /**
     * The WSP push PDU (WAP-230-WSP §8.2.4.1) announcing an MMS: TID, PDU type 0x06 (Push), HeadersLen 3,
     * Content-Type application/vnd.wap.mms-message (0xBE), X-Wap-Application-Id x-wap-application:mms.ua
     * (0xAF 0x84), then {@code mmsPdu} unchanged.
     *
     * @param transactionId the WSP TID, 0-255
     * @param mmsPdu        the encoded MMS PDU, e.g. an M-Notification.ind
     */
    public static byte[] mmsPush(int transactionId, byte[] mmsPdu) {
        if (transactionId < 0 || transactionId > 0xFF) {
            throw new IllegalArgumentException("a WSP TID is one octet (0-255), not " + transactionId);
        }
        if (mmsPdu.length == 0) {
            throw new IllegalArgumentException("the MMS PDU to push is empty");
        }
        byte[] headers = {(byte) CONTENT_TYPE_MMS, (byte) X_WAP_APPLICATION_ID, (byte) MMS_USER_AGENT};
        byte[] out = new byte[3 + headers.length + mmsPdu.length];
        out[0] = (byte) transactionId;
        out[1] = WSP_PUSH;
        out[2] = (byte) headers.length; // a uintvar below 128 is one octet
        System.arraycopy(headers, 0, out, 3, headers.length);
        System.arraycopy(mmsPdu, 0, out, 3 + headers.length, mmsPdu.length);
        return out;
    }

    /** The parts for {@code wspPdu} (the whole WSP push PDU), with an 8-bit concatenation reference when split. */
    public static List<SmsDeliver> compose(SmsAddress originator, OffsetDateTime timestamp, byte[] wspPdu,
                                           int reference) {
        int single = SmsPduEncoder.MAX_USER_DATA_OCTETS - 1 - PORTS_IE_OCTETS;
        int each = single - CONCAT_IE_OCTETS;
        int total = wspPdu.length <= single ? 1 : (wspPdu.length + each - 1) / each;
        if (total > SmsOptions.MAX_CONCATENATED_PARTS) {
            throw new IllegalArgumentException("a WAP Push of " + wspPdu.length + " octets needs " + total
                    + " parts, over the 255 a set can have");
        }
        InformationElement ports = InformationElement.ports16(ApplicationPort.WAP_PUSH, ApplicationPort.WAP_WSP);
        List<SmsDeliver> out = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            int from = total == 1 ? 0 : i * each;
            int to = total == 1 ? wspPdu.length : Math.min(wspPdu.length, from + each);
            byte[] chunk = Arrays.copyOfRange(wspPdu, from, to);
            UserDataHeader header = total == 1 ? UserDataHeader.of(ports)
                    : UserDataHeader.of(ports, InformationElement.concatenation(reference, 8, total, i + 1));
            out.add(SmsDeliver.of(originator, timestamp, DataCodingScheme.EIGHT_BIT, UserData.binary(header, chunk)));
        }
        return out;
    }
}
