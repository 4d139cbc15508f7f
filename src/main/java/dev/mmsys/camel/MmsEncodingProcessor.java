package dev.mmsys.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * WORK IN PROGRESS: waits for the MMS codec (branch mms). The header names are final.
 */
public final class MmsEncodingProcessor implements Processor {

    /** The MMS subject (String). */
    public static final String SUBJECT = "CamelSim7600Subject";
    /** Files to attach: a {@code List<dev.mmsys.mms.Attachment>}. */
    public static final String ATTACHMENTS = "CamelSim7600Attachments";

    @Override
    public void process(Exchange exchange) {
        throw new UnsupportedOperationException("the MMS codec is not merged yet");
    }
}
