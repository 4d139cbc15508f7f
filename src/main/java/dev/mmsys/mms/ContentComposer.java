package dev.mmsys.mms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out a message's text and attachments as an MMS body the way Android does: a SMIL part first (the
 * {@code start} of a multipart/related body), then a UTF-8 {@code text/plain} part, then the media in the order
 * given. Each part has a Content-ID ({@code <text_0>}, written as a Quoted-string), a Content-Location (its
 * file name) and a {@code name} parameter; the SMIL refers to parts as {@code cid:text_0}. Without SMIL the
 * body is multipart/mixed with the same parts.
 */
final class ContentComposer {

    static final String SMIL_ID = "smil";
    static final String SMIL_LOCATION = "smil.xml";

    private String text;
    private final List<Attachment> attachments = new ArrayList<>();
    private boolean smil = true;

    void text(String text) {
        this.text = text;
    }

    void attach(Attachment attachment) {
        attachments.add(java.util.Objects.requireNonNull(attachment, "attachment"));
    }

    void smil(boolean smil) {
        this.smil = smil;
    }

    boolean isEmpty() {
        return text == null && attachments.isEmpty();
    }

    MessageBody compose() {
        boolean hasText = text != null && !text.isBlank();
        if (!hasText && attachments.isEmpty()) {
            throw new MmsEncodeException("the message is empty; give a text or an attachment");
        }
        List<Slot> slots = new ArrayList<>();
        Set<String> locations = new HashSet<>();
        locations.add(SMIL_LOCATION);
        if (hasText) {
            slots.add(new Slot("text_0", "text_0.txt", "text", ContentType.of(MediaTypes.TEXT_PLAIN,
                    Parameter.charset(Charsets.UTF_8), Parameter.name("text_0.txt")),
                    text.getBytes(StandardCharsets.UTF_8)));
            locations.add("text_0.txt");
        }
        int[] counters = new int[Kind.values().length];
        for (Attachment a : attachments) {
            Kind kind = Kind.of(a.contentType());
            String id = kind.prefix + "_" + counters[kind.ordinal()]++;
            String location = uniqueLocation(a, id, locations);
            slots.add(new Slot(id, location, kind.smilElement,
                    ContentType.of(a.contentType(), Parameter.name(location)), a.dataUnsafe()));
        }
        List<Part> parts = new ArrayList<>();
        if (smil) {
            byte[] layout = SmilLayout.of(slots).getBytes(StandardCharsets.UTF_8);
            parts.add(Part.owning(ContentType.of(MediaTypes.SMIL, Parameter.name(SMIL_LOCATION)),
                    headers(SMIL_ID, SMIL_LOCATION), layout));
        }
        for (Slot s : slots) {
            parts.add(Part.owning(s.contentType(), headers(s.id(), s.location()), s.data()));
        }
        ContentType type = smil
                ? ContentType.of(MediaTypes.MULTIPART_RELATED, Parameter.start("<" + SMIL_ID + ">"),
                        Parameter.type(MediaTypes.SMIL))
                : ContentType.of(MediaTypes.MULTIPART_MIXED);
        return MessageBody.multipart(type, parts);
    }

    private static List<PartHeader> headers(String id, String location) {
        return List.of(PartHeader.contentId("<" + id + ">"), PartHeader.contentLocation(location));
    }

    /**
     * The attachment's file name reduced to characters every phone and MMSC accepts in a Content-Location
     * (letters, digits, '.', '_', '-'), made unique within the message.
     */
    static String uniqueLocation(Attachment a, String id, Set<String> taken) {
        String base = a.fileName().substring(Math.max(a.fileName().lastIndexOf('/'),
                a.fileName().lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("_+", "_");
        String ext = Attachment.SUPPORTED.get(a.contentType());
        if (clean.replace("_", "").replace(".", "").isEmpty()) {
            clean = id + "." + ext;
        }
        if (clean.length() > 40) {
            String suffix = Attachment.extension(clean).isEmpty() ? "" : "." + Attachment.extension(clean);
            clean = clean.substring(0, 40 - suffix.length()) + suffix;
        }
        String name = clean;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = n + "_" + clean;
        }
        return name;
    }

    /** What a part is to SMIL: its Content-ID prefix and the SMIL element that shows it. */
    enum Kind {
        IMAGE("image", "img"), AUDIO("audio", "audio"), VIDEO("video", "video"), VCARD("vcard", "ref"),
        VCALENDAR("vcalendar", "ref");

        final String prefix;
        final String smilElement;

        Kind(String prefix, String smilElement) {
            this.prefix = prefix;
            this.smilElement = smilElement;
        }

        static Kind of(String contentType) {
            if (contentType.startsWith("image/")) {
                return IMAGE;
            }
            if (contentType.startsWith("audio/")) {
                return AUDIO;
            }
            if (contentType.startsWith("video/")) {
                return VIDEO;
            }
            return contentType.equals("text/x-vCard") ? VCARD : VCALENDAR;
        }
    }

    /** A part to lay out: Content-ID (without brackets), Content-Location, SMIL element, type and data. */
    record Slot(String id, String location, String smilElement, ContentType contentType, byte[] data) {
        boolean visual() {
            return smilElement.equals("img") || smilElement.equals("video");
        }
    }
}
