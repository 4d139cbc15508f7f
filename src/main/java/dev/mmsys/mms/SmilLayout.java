package dev.mmsys.mms;

import java.util.ArrayList;
import java.util.List;

/**
 * The SMIL presentation of a composed message (MMS SMIL, OMA-TS-MMS-CONF): an Image region above a Text region,
 * the text with the first picture or video on the first slide, and every further medium on a slide of its own.
 * Parts are referenced by {@code cid:}, so the layout does not depend on file names.
 */
final class SmilLayout {

    private static final String SLIDE_DURATION = "5000ms";

    private SmilLayout() {
    }

    static String of(List<ContentComposer.Slot> slots) {
        boolean visual = slots.stream().anyMatch(ContentComposer.Slot::visual);
        boolean text = slots.stream().anyMatch(s -> s.smilElement().equals("text"));
        StringBuilder b = new StringBuilder();
        b.append("<smil>\n<head>\n<layout>\n<root-layout width=\"320px\" height=\"480px\"/>\n");
        if (visual && text) {
            b.append("<region id=\"Image\" left=\"0\" top=\"0\" width=\"320px\" height=\"320px\" fit=\"meet\"/>\n");
            b.append("<region id=\"Text\" left=\"0\" top=\"320px\" width=\"320px\" height=\"160px\" fit=\"scroll\"/>\n");
        } else if (visual) {
            b.append("<region id=\"Image\" left=\"0\" top=\"0\" width=\"320px\" height=\"480px\" fit=\"meet\"/>\n");
        } else {
            b.append("<region id=\"Text\" left=\"0\" top=\"0\" width=\"320px\" height=\"480px\" fit=\"scroll\"/>\n");
        }
        b.append("</layout>\n</head>\n<body>\n");
        for (List<ContentComposer.Slot> slide : slides(slots)) {
            b.append("<par dur=\"").append(SLIDE_DURATION).append("\">\n");
            for (ContentComposer.Slot s : slide) {
                b.append('<').append(s.smilElement()).append(" src=\"cid:").append(s.id()).append('"');
                if (s.visual()) {
                    b.append(" region=\"Image\"");
                } else if (s.smilElement().equals("text")) {
                    b.append(" region=\"Text\"");
                }
                b.append("/>\n");
            }
            b.append("</par>\n");
        }
        b.append("</body>\n</smil>\n");
        return b.toString();
    }

    /** First slide: the text and the first medium; then one slide per further medium. */
    private static List<List<ContentComposer.Slot>> slides(List<ContentComposer.Slot> slots) {
        List<List<ContentComposer.Slot>> slides = new ArrayList<>();
        List<ContentComposer.Slot> first = new ArrayList<>();
        slides.add(first);
        boolean firstMediaPlaced = false;
        for (ContentComposer.Slot s : slots) {
            if (s.smilElement().equals("text")) {
                first.add(s);
            } else if (!firstMediaPlaced) {
                first.add(0, s); // the picture above, the text below, as Android lays out a slide
                firstMediaPlaced = true;
            } else {
                slides.add(List.of(s));
            }
        }
        return slides;
    }
}
