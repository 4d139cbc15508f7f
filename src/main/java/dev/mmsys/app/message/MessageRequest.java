package dev.mmsys.app.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A message to send, as REST, the outbox, the queue and {@code direct:mmsys-send} give it: recipients (phone
 * numbers or e-mail addresses; several make one group MMS), the text, an optional subject and attachments, and
 * the {@link Mode}. Once validated, recipients are in E.164 form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageRequest(List<String> to, String text, String subject, List<Attachment> attachments,
                             Mode mode) {

    public MessageRequest {
        to = List.copyOf(Objects.requireNonNull(to, "to"));
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        mode = mode == null ? Mode.AUTO : mode;
    }

    public static MessageRequest of(List<String> to, String text) {
        return new MessageRequest(to, text, null, List.of(), Mode.AUTO);
    }

    public MessageRequest withTo(List<String> newTo) {
        return new MessageRequest(newTo, text, subject, attachments, mode);
    }
}
