package dev.mmsys.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.modem.SmsPdu;
import dev.mmsys.sms.ConcatReferenceAllocator;
import dev.mmsys.sms.SmsAddress;
import dev.mmsys.sms.SmsOptions;
import dev.mmsys.sms.SmsPduDecoder;
import dev.mmsys.sms.SmsSubmission;
import dev.mmsys.sms.SmsSubmit;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SMS-split processor and {@code operation=sendSms} with a text body number concatenated messages from one
 * allocator, so consecutive messages to one recipient never share a reference whichever path each takes.
 */
class SharedConcatReferencesTest {

    /** A recipient no other test uses: the allocator is process-wide. */
    private static final String TO = "+16195550177";
    private static final String LONG_TEXT = "A text that needs two SMS parts. ".repeat(7);

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    private Exchange exchange() {
        Exchange e = new DefaultExchange(camel);
        e.getIn().setBody(LONG_TEXT);
        e.getIn().setHeader(Sim7600Constants.TO, TO);
        return e;
    }

    /** The concatenation reference of the set these PDUs (SMSC field first) make up. */
    private static int reference(List<String> pduHex) {
        assertTrue(pduHex.size() >= 2, "a concatenated set: " + pduHex);
        int ref = -1;
        for (String hex : pduHex) {
            SmsSubmit s = (SmsSubmit) SmsPduDecoder.decodeHex(hex);
            int r = s.userData().header().concatenation().orElseThrow().reference();
            if (ref >= 0) {
                assertEquals(ref, r, "one reference for every part of a set");
            }
            ref = r;
        }
        return ref;
    }

    private int viaSplitProcessor(SmsSplitProcessor processor) {
        Exchange e = exchange();
        processor.process(e);
        return reference(e.getMessage().getBody(SmsSubmission.class).parts().stream()
                .map(SmsSubmission.Part::hex).toList());
    }

    private int viaSendSmsText() throws Exception {
        List<List<SmsPdu>> messages = SendSmsCommand.messages(exchange().getIn(), dev.mmsys.sms.SmsOptions.defaults());
        assertEquals(1, messages.size());
        return reference(messages.get(0).stream().map(SmsPdu::hex).toList());
    }

    @Test
    void alternatingPathsToOneRecipientGetDistinctReferencesFromTheSharedAllocator() throws Exception {
        SmsSplitProcessor processor = new SmsSplitProcessor(SmsOptions.defaults());
        ConcatReferenceAllocator shared = ConcatReferenceAllocator.shared();
        SmsAddress to = SmsAddress.parse(TO);
        List<Integer> refs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int ref = i % 2 == 0 ? viaSplitProcessor(processor) : viaSendSmsText();
            // each path numbered its message with the one process-wide allocator, which now remembers it
            assertEquals(ref, shared.lastReference(to).orElseThrow(), "message " + (i + 1) + " of " + refs);
            refs.add(ref);
        }
        for (int i = 1; i < refs.size(); i++) {
            assertNotEquals(refs.get(i - 1), refs.get(i), "consecutive messages to " + TO + ": " + refs);
        }
    }
}
