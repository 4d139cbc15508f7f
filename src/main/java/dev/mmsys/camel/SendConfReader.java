package dev.mmsys.camel;

import dev.mmsys.mms.EncodedString;
import dev.mmsys.mms.MmsDecodeException;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.ResponseStatus;
import dev.mmsys.mms.SendConf;

/**
 * Decodes the MMSC's M-Send.conf with the MMS codec. Lenient: carriers' MMSCs send small deviations that do not
 * change the verdict; a PDU that is not an M-Send.conf at all is refused with the codec's offset and field.
 */
final class SendConfReader {

    private SendConfReader() {
    }

    /** @throws IllegalArgumentException when the bytes are not an M-Send.conf (the message says where) */
    static SendConfResult read(byte[] pdu) {
        SendConf conf;
        try {
            conf = MmsDecoder.lenient().decode(pdu, SendConf.class);
        } catch (MmsDecodeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        ResponseStatus status = conf.responseStatus();
        return new SendConfResult(conf.transactionId().orElse(null), conf.messageId().orElse(null), status.code(),
                status.label(), conf.responseText().map(EncodedString::text).orElse(null), status.isOk(),
                status.isTransient());
    }
}
