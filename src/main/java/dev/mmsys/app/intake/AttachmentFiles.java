package dev.mmsys.app.intake;

import dev.mmsys.app.message.Attachment;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.mms.MmsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file to attach (outbox {@code Attach:} headers, {@code send --attach}), typed by the MMS codec. */
public final class AttachmentFiles {

    private AttachmentFiles() {
    }

    /**
     * @param field   what to name in an error ({@code --attach}, {@code line 3})
     * @param maxSize the largest file accepted, in octets
     */
    public static Attachment read(Path p, String field, long maxSize) throws InvalidMessageException {
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new InvalidMessageException(field, "'" + p + "' is not a readable file");
        }
        String name = p.getFileName().toString();
        byte[] data;
        try {
            long size = Files.size(p);
            if (size > maxSize) {
                throw new InvalidMessageException(field, "'" + name + "' is " + size + " octets, over the limit of "
                        + maxSize + " (the carrier's MMS size); make it smaller");
            }
            data = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new InvalidMessageException(field, "'" + p + "' cannot be read: " + e.getMessage());
        }
        try {
            return new Attachment(dev.mmsys.mms.Attachment.detect(name, data), name, data);
        } catch (MmsException e) {
            throw new InvalidMessageException(field, "'" + name + "': " + e.getMessage());
        }
    }
}
