package dev.mmsys.mms;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Helpers over message bodies shared by the PDU types. */
final class Bodies {
    private Bodies() {
    }

    /** The text of a body's {@code text/plain} parts (or of a text/plain single-part body), joined by a blank line. */
    static Optional<String> plainText(MessageBody body) {
        if (!body.isMultipart()) {
            if (!body.contentType().is(MediaTypes.TEXT_PLAIN)) {
                return Optional.empty();
            }
            Part whole = Part.owning(body.contentType(), List.of(), body.dataUnsafe());
            return Optional.of(whole.text());
        }
        List<Part> texts = body.parts().stream().filter(p -> p.contentType().is(MediaTypes.TEXT_PLAIN)).toList();
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(texts.stream().map(Part::text).collect(Collectors.joining("\n\n")));
    }
}
