package dev.mmsys.app.intake;

import dev.mmsys.app.MmsysHeaders;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.message.Mode;
import dev.mmsys.camel.MmsEncodingProcessor;
import dev.mmsys.camel.Sim7600Constants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code direct:mmsys-send}'s first step, for routes of other integrations: the body is the text (or a whole
 * {@link MessageRequest}), {@link Sim7600Constants#TO} the recipients (a list or comma-separated),
 * {@link MmsEncodingProcessor#SUBJECT} the subject and {@link MmsysHeaders#MODE} auto|mms|sms. The message is
 * validated and on disk before the pipeline runs; bad input is an {@link InvalidMessageException}.
 */
public final class DirectIntake {

    /** Where the message came from, for its history ({@code direct} unless set, {@code cli} for mmsys send). */
    public static final String SOURCE = "MmsysSource";
    private final Intake intake;

    public DirectIntake(Intake intake) {
        this.intake = intake;
    }

    public void accept(Exchange exchange) throws InvalidMessageException {
        Message m = exchange.getMessage();
        MessageRequest request = m.getBody() instanceof MessageRequest r ? r : fromHeaders(m);
        String source = m.getHeader(SOURCE, "direct", String.class);
        Intake.Accepted a = intake.accept(request, source);
        m.setHeader(MmsysHeaders.MESSAGE_ID, a.id());
        m.setHeader(MmsysHeaders.CREATED, true);
    }

    private static MessageRequest fromHeaders(Message m) throws InvalidMessageException {
        String text = m.getBody(String.class);
        if (text == null) {
            throw new InvalidMessageException("body", "is empty; the body of direct:mmsys-send is the message text");
        }
        List<String> to = new ArrayList<>();
        Object h = m.getHeader(Sim7600Constants.TO);
        if (h instanceof Collection<?> c) {
            c.forEach(o -> to.add(String.valueOf(o)));
        } else if (h != null) {
            for (String s : h.toString().split(",")) {
                if (!s.isBlank()) {
                    to.add(s.strip());
                }
            }
        }
        if (to.isEmpty()) {
            throw new InvalidMessageException(Sim7600Constants.TO, "is not set; give the recipients in the header "
                    + Sim7600Constants.TO + ", e.g. +16195550100 or a list");
        }
        String modeName = m.getHeader(MmsysHeaders.MODE, String.class);
        Mode mode = modeName == null ? Mode.AUTO : Mode.parse(modeName);
        if (mode == null) {
            throw new InvalidMessageException(MmsysHeaders.MODE, "'" + modeName + "' is not a mode; use auto, mms or sms");
        }
        return new MessageRequest(to, text, m.getHeader(MmsEncodingProcessor.SUBJECT, String.class), List.of(), mode);
    }
}
