package dev.mmsys.camel;

import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.ModemSession;
import dev.mmsys.modem.SmsPdu;
import dev.mmsys.modem.SmsSendException;
import dev.mmsys.sms.SmsException;
import dev.mmsys.sms.SmsOptions;
import dev.mmsys.sms.SmsSubmission;
import dev.mmsys.sms.SmsSubmitComposer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code operation=sendSms}. The body is either what the SMS-split processor makes (an {@link SmsSubmission},
 * or a list of its parts, or of {@link SmsPdu}, or of PDU hex strings, SMSC field first), or a text with the
 * {@link Sim7600Constants#TO} header naming the recipient(s), which is then split and encoded here. Sets
 * {@link Sim7600Constants#PARTS} and {@link Sim7600Constants#MESSAGE_REFERENCES}.
 */
final class SendSmsCommand extends Sim7600Command {

    SendSmsCommand(ModemSession session, Sim7600Configuration configuration) {
        super(session, configuration);
    }

    @Override
    void execute(Exchange exchange) throws Sim7600Exception {
        Message in = exchange.getIn();
        List<List<SmsPdu>> messages = messages(in, configuration.getSmsOptions());
        List<Integer> refs = new ArrayList<>();
        int parts = 0;
        for (List<SmsPdu> m : messages) {
            try {
                refs.addAll(session.sendSms(m));
                parts += m.size();
            } catch (SmsSendException e) {
                Message out = exchange.getMessage();
                List<Integer> sent = new ArrayList<>(refs);
                sent.addAll(e.sentReferences());
                out.setHeader(Sim7600Constants.MESSAGE_REFERENCES, sent);
                throw translate("sending SMS on " + session.port() + " failed", e);
            } catch (ModemException e) {
                throw translate("sending SMS on " + session.port() + " failed", e);
            }
        }
        Message out = exchange.getMessage();
        out.setHeader(Sim7600Constants.PARTS, parts);
        out.setHeader(Sim7600Constants.MESSAGE_REFERENCES, refs);
    }

    /**
     * The body as one or more messages (one per recipient when a text is given, split with {@code options}). A
     * text is numbered by the
     * process-wide concatenation reference allocator, which the SMS-split processor shares.
     */
    static List<List<SmsPdu>> messages(Message in, SmsOptions options) throws Sim7600PermanentException {
        Object body = in.getBody();
        try {
            if (body instanceof SmsSubmission s) {
                return List.of(pdus(s.parts()));
            }
            if (body instanceof Collection<?> c) {
                return List.of(pdus(c));
            }
            if (body instanceof SmsPdu p) {
                return List.of(List.of(p));
            }
            String text = in.getBody(String.class);
            if (text == null || text.isEmpty()) {
                throw new Sim7600PermanentException("sendSms needs a body: SMS-SUBMIT PDUs, or a text with the "
                        + Sim7600Constants.TO + " header", List.of(), null);
            }
            List<String> to = recipients(in.getHeader(Sim7600Constants.TO));
            if (to.isEmpty()) {
                throw new Sim7600PermanentException("sendSms got a text but no recipient: set the "
                        + Sim7600Constants.TO + " header to an E.164 number such as +16195550100", List.of(), null);
            }
            SmsSubmitComposer composer = new SmsSubmitComposer(options);
            List<List<SmsPdu>> out = new ArrayList<>();
            for (String number : to) {
                out.add(pdus(composer.compose(number, text).parts()));
            }
            return out;
        } catch (SmsException | IllegalArgumentException e) {
            throw new Sim7600PermanentException("sendSms cannot send this body: " + e.getMessage(), List.of(), e);
        }
    }

    private static List<SmsPdu> pdus(Collection<?> items) {
        List<SmsPdu> out = new ArrayList<>();
        int i = 0;
        for (Object o : items) {
            i++;
            if (o instanceof SmsPdu p) {
                out.add(p);
            } else if (o instanceof SmsSubmission.Part p) {
                out.add(new SmsPdu(p.hex(), p.tpduLength()));
            } else if (o instanceof CharSequence hex) {
                out.add(SmsPdu.ofHex(hex.toString().strip()));
            } else {
                throw new IllegalArgumentException("element " + i + " of the body is a "
                        + (o == null ? "null" : o.getClass().getName()) + ", not an SMS PDU (SmsPdu, "
                        + "SmsSubmission.Part or PDU hex)");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the list of SMS PDUs is empty");
        }
        return out;
    }

    private static List<String> recipients(Object header) {
        List<String> out = new ArrayList<>();
        if (header instanceof Collection<?> c) {
            for (Object o : c) {
                out.add(String.valueOf(o).strip());
            }
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
