package dev.mmsys.app.delivery;

import dev.mmsys.app.MmsysHeaders;
import dev.mmsys.app.modem.CarrierSettings;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.camel.MmsEncodingProcessor;
import dev.mmsys.carrier.ImageDimensions;
import dev.mmsys.carrier.MmsSettings;
import dev.mmsys.media.ImageFitter;
import dev.mmsys.mms.Attachment;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Pictures made to fit the carrier before the MMS is encoded (routes/send.yaml, after the carrier settings): each
 * JPEG or PNG is scaled into the carrier's largest picture ({@code max-image-dimensions}, either way round) and
 * re-compressed into its share of the message size, as a phone does. What was changed goes into the message's
 * history. Pictures that need nothing, and other media, are sent as they are.
 */
public final class PictureFitting {

    /** The least a picture is given of the message size (and what intake counts for a picture to be scaled). */
    public static final long MIN_PICTURE_OCTETS = 16 * 1024;
    /** Headers, SMIL and part headers of an M-Send.req, generously. */
    static final long OVERHEAD_OCTETS = 2048;

    private final CarrierSettings carrier;
    private final MessageStore store;
    private final Clock clock;

    public PictureFitting(CarrierSettings carrier, MessageStore store, Clock clock) {
        this.carrier = carrier;
        this.store = store;
        this.clock = clock;
    }

    /** Outcome of fitting: the attachments to send and, per changed picture, what was done. */
    public record Outcome(List<Attachment> attachments, List<String> changes) {
    }

    /** Route step: fits the pictures in the attachments header to the carrier's limits (settings resolved). */
    public void fit(Exchange exchange) {
        Message m = exchange.getMessage();
        List<?> raw = m.getHeader(MmsEncodingProcessor.ATTACHMENTS, List.class);
        Optional<MmsSettings> s = carrier.settings();
        if (raw == null || raw.isEmpty() || s.isEmpty()) {
            return;
        }
        List<Attachment> attachments = raw.stream().map(Attachment.class::cast).toList();
        Outcome o = fit(attachments, m.getBody(String.class), m.getHeader(MmsEncodingProcessor.SUBJECT, String.class),
                s.get().maxMessageSize().value(), s.get().maxImageSize().value(), s.get().maxImageDimensions().value());
        m.setHeader(MmsEncodingProcessor.ATTACHMENTS, o.attachments());
        if (!o.changes().isEmpty()) {
            String id = m.getHeader(MmsysHeaders.MESSAGE_ID, String.class);
            String detail = "scaled to the carrier's limits (" + s.get().maxImageDimensions().value() + " pixels): "
                    + String.join("; ", o.changes());
            store.update(id, r -> r.history().stream().anyMatch(h -> h.detail().equals(detail)) ? r
                    : r.noted("pictures-fitted", detail, clock.instant()));
        }
    }

    /**
     * @param text       the message text (with the subject and the PDU's overhead, what the pictures cannot have)
     * @param subject    the subject, or null
     * @param maxMessage the carrier's largest M-Send.req
     * @param maxPicture its largest picture
     * @param dimensions its largest picture in pixels
     */
    public static Outcome fit(List<Attachment> attachments, String text, String subject, long maxMessage,
                              long maxPicture, ImageDimensions dimensions) {
        long others = OVERHEAD_OCTETS + octets(text) + octets(subject);
        List<Boolean> scalable = attachments.stream().map(a -> ImageFitter.canScale(a.contentType(), a.data()))
                .toList();
        int pictures = 0;
        for (int i = 0; i < attachments.size(); i++) {
            if (scalable.get(i)) {
                pictures++;
            } else {
                others += attachments.get(i).size();
            }
        }
        if (pictures == 0) {
            return new Outcome(attachments, List.of());
        }
        long share = Math.min(maxPicture, Math.max(MIN_PICTURE_OCTETS, (maxMessage - others) / pictures));
        ImageFitter.Limits limits = new ImageFitter.Limits(dimensions.width(), dimensions.height(), share);
        List<Attachment> out = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            Optional<ImageFitter.Result> r = scalable.get(i)
                    ? ImageFitter.fit(a.fileName(), a.contentType(), a.data(), limits) : Optional.empty();
            if (r.isPresent() && r.get().changed()) {
                out.add(Attachment.of(r.get().fileName(), r.get().contentType(), r.get().data()));
                changes.add(r.get().describe());
            } else {
                out.add(a);   // fits already, or cannot be worked on: the size check after encoding decides
            }
        }
        return new Outcome(out, changes);
    }

    private static long octets(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
