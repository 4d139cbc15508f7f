package dev.mmsys.app.intake;

import dev.mmsys.app.message.Attachment;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.message.MessageRequestJson;
import dev.mmsys.app.message.Mode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an outbox file into a {@link MessageRequest}.
 *
 * <p>{@code *.txt}: optional header lines ({@code To:} comma-separated, {@code Subject:}, {@code Attach:} a path
 * relative to the outbox, {@code Mode:} auto|mms|sms), a blank line, then the UTF-8 body. Without a {@code To:}
 * header the recipient comes from the file name: {@code +16195550100.txt} or {@code +16195550100_note.txt}.
 * {@code *.json}: the REST request object. Sizes are checked before anything is read into memory.
 */
public final class OutboxFileParser {

    private static final Pattern HEADER = Pattern.compile("([A-Za-z-]+)[ \\t]*:[ \\t]*(.*)");
    private static final Pattern FIRST_LINE_HEADER = Pattern.compile("(?i)(to|subject|attach|mode)[ \\t]*:.*");
    private static final Pattern NAME_RECIPIENT = Pattern.compile("(\\+?[0-9][0-9().-]{2,20})(?:_[^/\\\\]*)?\\.txt",
            Pattern.CASE_INSENSITIVE);
    private final LongSupplier maxFileSize;

    /** @param maxFileSize the largest outbox file or attachment read, in octets (the carrier's MMS limit) */
    public OutboxFileParser(LongSupplier maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    public static boolean isOutboxFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".json"));
    }

    public MessageRequest parse(Path file) throws InvalidMessageException, IOException {
        String name = file.getFileName().toString();
        byte[] content = read(file, "file");
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return MessageRequestJson.parse(content);
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            throw new InvalidMessageException("file", "'" + name + "' is neither .txt nor .json; rename it");
        }
        return parseText(name, decode(content), file.getParent());
    }

    /** Reads the file, refusing one bigger than the limit before reading it. */
    byte[] read(Path file, String field) throws InvalidMessageException, IOException {
        long size = Files.size(file);
        long max = maxFileSize.getAsLong();
        if (size > max) {
            throw new InvalidMessageException(field, "'" + file.getFileName() + "' is " + size
                    + " octets, over the limit of " + max + " (the carrier's MMS size); make it smaller");
        }
        return Files.readAllBytes(file);
    }

    private static String decode(byte[] content) throws InvalidMessageException {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return d.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException("file", "is not valid UTF-8 (first bad octet at offset "
                    + in.position() + "); save the file as UTF-8");
        }
    }

    private MessageRequest parseText(String name, String text, Path dir) throws InvalidMessageException, IOException {
        String t = text.replace("\r\n", "\n");
        List<String> to = new ArrayList<>();
        String subject = null;
        Mode mode = Mode.AUTO;
        List<Attachment> attachments = new ArrayList<>();
        String body = t;
        int firstEnd = t.indexOf('\n');
        String first = firstEnd < 0 ? t : t.substring(0, firstEnd);
        if (FIRST_LINE_HEADER.matcher(first).matches()) {
            int end = t.indexOf("\n\n");
            if (end < 0) {
                throw new InvalidMessageException("file", "has header lines but no blank line after them; put "
                        + "an empty line between the headers (To:, Subject:, Attach:, Mode:) and the text");
            }
            String[] lines = t.substring(0, end).split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = HEADER.matcher(lines[i]);
                String field = "line " + (i + 1);
                if (!m.matches()) {
                    throw new InvalidMessageException(field, "'" + lines[i] + "' is not a header line (Name: "
                            + "value); end the headers with a blank line before the text");
                }
                String value = m.group(2).strip();
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "to" -> {
                        for (String r : value.split("[,;]")) {
                            if (!r.isBlank()) {
                                to.add(r.strip());
                            }
                        }
                    }
                    case "subject" -> subject = value;
                    case "mode" -> {
                        mode = Mode.parse(value);
                        if (mode == null) {
                            throw new InvalidMessageException(field, "Mode '" + value
                                    + "' is not a mode; use auto, mms or sms");
                        }
                    }
                    case "attach" -> attachments.add(attachment(value, dir, field));
                    default -> throw new InvalidMessageException(field, "'" + m.group(1) + ":' is not a known "
                            + "header; use To:, Subject:, Attach: or Mode:, and a blank line before the text");
                }
            }
            body = t.substring(end + 2);
        }
        if (to.isEmpty()) {
            Matcher m = NAME_RECIPIENT.matcher(name);
            if (!m.matches()) {
                throw new InvalidMessageException("file", "'" + name + "' names no recipient; add a first line "
                        + "'To: +16195550100' followed by a blank line, or name the file +16195550100.txt");
            }
            to.add(m.group(1));
        }
        return new MessageRequest(to, body.stripTrailing(), subject, attachments, mode);
    }

    private Attachment attachment(String value, Path dir, String field) throws InvalidMessageException {
        if (value.isEmpty()) {
            throw new InvalidMessageException(field, "Attach: has no path; give the file to attach");
        }
        Path p;
        try {
            p = dir.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidMessageException(field, "Attach: '" + value + "' is not a valid path");
        }
        if (!Files.isRegularFile(p)) {
            throw new InvalidMessageException(field, "Attach: '" + value + "' is not a readable file (looked at "
                    + p + "); paths are relative to the outbox folder");
        }
        return AttachmentFiles.read(p, field, maxFileSize.getAsLong());
    }
}
