package dev.mmsys.mms;

import java.util.List;

/**
 * A PDU of a type MMSYS has no model for (M-Forward.req, the MMBox, M-Delete and M-Cancel PDUs): decoded
 * structurally, with every header kept, and encoded back unchanged.
 */
public final class OtherPdu extends MmsPdu {

    OtherPdu(MmsHeaders headers, MessageBody body) {
        super(headers, body);
    }

    @Override
    List<HeaderField<?>> fields() {
        return List.of();
    }

    @Override
    List<HeaderField<?>> mandatory() {
        return List.of(HeaderField.MMS_VERSION);
    }
}
