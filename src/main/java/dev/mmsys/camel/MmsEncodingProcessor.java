package dev.mmsys.camel;

import dev.mmsys.mms.Attachment;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.MmsException;
import dev.mmsys.mms.MmsVersion;
import dev.mmsys.mms.SendReq;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The MMS-encoding processor: turns a text into the M-Send.req octets that {@code sim7600:...?operation=sendMms}
 * posts to the MMSC. Input: the body is the text, {@link Sim7600Constants#TO} the recipient(s) (a list or
 * comma-separated; several make one group MMS), {@link #SUBJECT} an optional subject and {@link #ATTACHMENTS}
 * optional files; or the body is a ready {@link SendReq}. Output: the body is the PDU ({@code byte[]}), with
 * Android's defaults (personal class, 7-day expiry, no reports) and a fresh Transaction-ID. A message the codec
 * refuses is a {@link Sim7600PermanentException} (MMS cannot carry it; fall back).
 *
 * <pre>{@code
 * from("direct:report")
 *     .setHeader(Sim7600Constants.TO, constant("+16195550100"))
 *     .process(new MmsEncodingProcessor())
 *     .to("sim7600:/dev/ttyUSB2?operation=sendMms&apn=Wholesale&mmsc=http://wholesale.mmsmvno.com/mms/wapenc");
 * }</pre>
 */
public final class MmsEncodingProcessor implements Processor {

    /** The MMS subject (String). */
    public static final String SUBJECT = "CamelSim7600Subject";
    /** Files to attach: a {@code List<dev.mmsys.mms.Attachment>}. */
    public static final String ATTACHMENTS = "CamelSim7600Attachments";

    private final MmsVersion version;
    private final Clock clock;

    /** MMS 1.2, the system clock. */
    public MmsEncodingProcessor() {
        this(MmsVersion.DEFAULT, Clock.systemUTC());
    }

    public MmsEncodingProcessor(MmsVersion version, Clock clock) {
        this.version = version;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Sim7600PermanentException {
        Message m = exchange.getMessage();
        try {
            SendReq req = m.getBody() instanceof SendReq r ? r : build(m);
            m.setBody(MmsEncoder.encode(req));
        } catch (MmsException e) {
            throw new Sim7600PermanentException("cannot encode the MMS: " + e.getMessage(), List.of(), e);
        }
    }

    private SendReq build(Message m) throws Sim7600PermanentException {
        String text = m.getBody(String.class);
        if (text == null || text.isEmpty()) {
            throw new Sim7600PermanentException("the MMS-encoding processor needs the text as the body (or a SendReq)",
                    List.of(), null);
        }
        List<String> to = recipients(m.getHeader(Sim7600Constants.TO));
        if (to.isEmpty()) {
            throw new Sim7600PermanentException("set " + Sim7600Constants.TO + " to the recipient(s), e.g. "
                    + "+16195550100", List.of(), null);
        }
        SendReq.Builder b = SendReq.builder().version(version).androidDefaults(clock.instant());
        to.forEach(b::to);
        String subject = m.getHeader(SUBJECT, String.class);
        if (subject != null && !subject.isEmpty()) {
            b.subject(subject);
        }
        b.text(text);
        Object files = m.getHeader(ATTACHMENTS);
        if (files instanceof Collection<?> c) {
            for (Object o : c) {
                if (!(o instanceof Attachment a)) {
                    throw new Sim7600PermanentException(ATTACHMENTS + " must hold dev.mmsys.mms.Attachment values, "
                            + "not " + (o == null ? "null" : o.getClass().getName()), List.of(), null);
                }
                b.attach(a);
            }
        }
        return b.build();
    }

    private static List<String> recipients(Object header) {
        List<String> out = new ArrayList<>();
        if (header instanceof Collection<?> c) {
            c.forEach(o -> out.add(String.valueOf(o).strip()));
        } else if (header != null) {
            for (String s : header.toString().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }
}
