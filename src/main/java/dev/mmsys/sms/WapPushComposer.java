package dev.mmsys.sms;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SMS-DELIVER PDUs carrying a WAP Push (WDP over SMS: 8-bit data, 16-bit application ports 9200 → 2948), split
 * over concatenated parts when it does not fit one; this is how an MMSC announces an MMS (M-Notification.ind in
 * a WSP push PDU). The modem emulator uses it to play the network side.
 */
public final class WapPushComposer {

    private static final int PORTS_IE_OCTETS = 6;
    private static final int CONCAT_IE_OCTETS = 5;

    private WapPushComposer() {
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
