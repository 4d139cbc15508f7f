package dev.mmsys.app.intake;

import dev.mmsys.media.ImageFitter;
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

    /** Pictures above the carrier's MMS size are still read up to this: they are scaled to fit before sending. */
    public static final long MAX_PICTURE_FILE = 20L * 1024 * 1024;

    /**
     * @param field   what to name in an error ({@code --attach}, {@code line 3})
     * @param maxSize the largest file accepted, in octets, but for a JPEG or PNG picture (scaled to fit when sent)
     */
    public static Attachment read(Path p, String field, long maxSize) throws InvalidMessageException {
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new InvalidMessageException(field, "'" + p + "' is not a readable file");
        }
        String name = p.getFileName().toString();
        byte[] data;
        long size;
        try {
            size = Files.size(p);
            if (size > Math.max(maxSize, MAX_PICTURE_FILE)) {
                throw new InvalidMessageException(field, "'" + name + "' is " + size + " octets, over the limit of "
                        + Math.max(maxSize, MAX_PICTURE_FILE) + "; make it smaller");
            }
            data = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new InvalidMessageException(field, "'" + p + "' cannot be read: " + e.getMessage());
        }
        String type;
        try {
            type = dev.mmsys.mms.Attachment.detect(name, data);
        } catch (MmsException e) {
            throw new InvalidMessageException(field, "'" + name + "': " + e.getMessage());
        }
        if (size > maxSize && !ImageFitter.canScale(type, data)) {
            throw new InvalidMessageException(field, "'" + name + "' is " + size + " octets, over the limit of "
                    + maxSize + " (the carrier's MMS size); make it smaller (JPEG and PNG pictures are scaled to fit, "
                    + "other files are not)");
        }
        return new Attachment(type, name, data);
    }
}
