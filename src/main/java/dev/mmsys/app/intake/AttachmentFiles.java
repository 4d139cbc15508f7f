package dev.mmsys.app.intake;

import dev.mmsys.app.message.Attachment;
import dev.mmsys.app.message.InvalidMessageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Reads a file to attach (outbox {@code Attach:} headers, {@code send --attach}), typed by its extension. */
public final class AttachmentFiles {

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("bmp", "image/bmp"), Map.entry("wbmp", "image/vnd.wap.wbmp"),
            Map.entry("amr", "audio/amr"), Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"),
            Map.entry("ogg", "audio/ogg"), Map.entry("wav", "audio/x-wav"), Map.entry("3gp", "video/3gpp"),
            Map.entry("mp4", "video/mp4"), Map.entry("vcf", "text/x-vCard"), Map.entry("vcs", "text/x-vCalendar"),
            Map.entry("ics", "text/x-vCalendar"));

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
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new InvalidMessageException(field, "'" + name + "' has a file type phones do not show in an MMS; "
                    + "use one of " + String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        try {
            long size = Files.size(p);
            if (size > maxSize) {
                throw new InvalidMessageException(field, "'" + name + "' is " + size + " octets, over the limit of "
                        + maxSize + " (the carrier's MMS size); make it smaller");
            }
            return new Attachment(type, name, Files.readAllBytes(p));
        } catch (IOException e) {
            throw new InvalidMessageException(field, "'" + p + "' cannot be read: " + e.getMessage());
        }
    }
}
