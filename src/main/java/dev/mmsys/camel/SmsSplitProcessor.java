package dev.mmsys.camel;

import dev.mmsys.sms.ConcatReferenceAllocator;
import dev.mmsys.sms.SmsException;
import dev.mmsys.sms.SmsOptions;
import dev.mmsys.sms.SmsSubmission;
import dev.mmsys.sms.SmsSubmitComposer;
import java.util.Collection;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The SMS-split processor: a text (body) for one recipient ({@link Sim7600Constants#TO}, E.164) becomes the
 * {@link SmsSubmission} (SMS-SUBMIT PDUs, concatenated when needed) that {@code sim7600:...?operation=sendSms}
 * submits with AT+CMGS. Sets {@link Sim7600Constants#PARTS} to the number of PDUs. Concatenation references come
 * from the process-wide allocator ({@link ConcatReferenceAllocator#shared()}), which {@code operation=sendSms}
 * also uses for a text body, so consecutive messages to one recipient get different references whichever path
 * they take. A text that cannot go as SMS (too many parts, an invalid number) is an
 * {@link IllegalArgumentException} naming the reason.
 *
 * <pre>{@code
 * from("direct:alert")
 *     .setHeader(Sim7600Constants.TO, constant("+16195550100"))
 *     .process(new SmsSplitProcessor(SmsOptions.defaults()))
 *     .to("sim7600:/dev/ttyUSB2?operation=sendSms");
 * }</pre>
 */
public final class SmsSplitProcessor implements Processor {

    private final SmsSubmitComposer composer;

    public SmsSplitProcessor(SmsOptions options) {
        this(options, ConcatReferenceAllocator.shared());
    }

    /** A processor with its own reference allocator (only for a route that must not share the process's). */
    public SmsSplitProcessor(SmsOptions options, ConcatReferenceAllocator references) {
        this.composer = new SmsSubmitComposer(options, references);
    }

    /** How many SMS segments {@code text} needs with these options (for choosing SMS or MMS up front). */
    public int countParts(String text) {
        return composer.splitter().countParts(text);
    }

    public SmsOptions options() {
        return composer.options();
    }

    @Override
    public void process(Exchange exchange) {
        Message m = exchange.getMessage();
        String text = m.getBody(String.class);
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("the SMS-split processor needs the text as the body");
        }
        String to = recipient(m.getHeader(Sim7600Constants.TO));
        SmsSubmission s;
        try {
            s = composer.compose(to, text);
        } catch (SmsException e) {
            throw new IllegalArgumentException("cannot send this text as SMS to " + to + ": " + e.getMessage(), e);
        }
        m.setBody(s);
        m.setHeader(Sim7600Constants.PARTS, s.parts().size());
    }

    private static String recipient(Object header) {
        Object one = header;
        if (header instanceof Collection<?> c) {
            if (c.size() != 1) {
                throw new IllegalArgumentException("the SMS-split processor makes the PDUs for one recipient; "
                        + Sim7600Constants.TO + " has " + c.size() + " (split the exchange per recipient)");
            }
            one = c.iterator().next();
        }
        if (one == null || one.toString().isBlank() || one.toString().contains(",")) {
            throw new IllegalArgumentException("set " + Sim7600Constants.TO + " to one E.164 number, e.g. "
                    + "+16195550100 (got " + (one == null ? "none" : "'" + one + "'") + ")");
        }
        return one.toString().strip();
    }
}
