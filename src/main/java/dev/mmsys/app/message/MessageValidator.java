package dev.mmsys.app.message;

import dev.mmsys.app.delivery.PictureFitting;
import dev.mmsys.media.ImageFitter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Checks a {@link MessageRequest} before it is accepted and returns it normalised (E.164 recipients, no
 * duplicates). Every rule failure is an {@link InvalidMessageException} naming the field and the fix. The exact
 * encoded MMS size is checked again by the pipeline; here the payload alone must fit the carrier maximum, JPEG and
 * PNG pictures counted at their smallest share (they are scaled to fit before sending).
 */
public final class MessageValidator {

    /** Group MMS beyond this many recipients is refused by most MMSCs. */
    public static final int MAX_RECIPIENTS = 20;
    public static final int MAX_SUBJECT_CHARS = 120;
    private static final Pattern MIME_TYPE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*");
    private static final Pattern SAFE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}\"]{1,100}");

    private final Recipients recipients;
    private final LongSupplier maxMmsSize;
    private final ToIntFunction<String> smsSegments;
    private final int smsMaxParts;

    /**
     * @param maxMmsSize  the carrier's largest M-Send.req, in octets
     * @param smsSegments how many SMS segments a text needs (the SMS codec's counter)
     * @param smsMaxParts the most segments a text may need to go as SMS ({@code mmsys.sms.max-parts})
     */
    public MessageValidator(Recipients recipients, LongSupplier maxMmsSize, ToIntFunction<String> smsSegments,
                            int smsMaxParts) {
        this.recipients = recipients;
        this.maxMmsSize = maxMmsSize;
        this.smsSegments = smsSegments;
        this.smsMaxParts = smsMaxParts;
    }

    public MessageRequest validate(MessageRequest r) throws InvalidMessageException {
        List<String> to = recipients(r);
        checkText(r.text());
        if (r.subject() != null) {
            checkSubject(r.subject());
        }
        long size = r.text().getBytes(StandardCharsets.UTF_8).length
                + (r.subject() == null ? 0 : r.subject().getBytes(StandardCharsets.UTF_8).length);
        for (int i = 0; i < r.attachments().size(); i++) {
            size += checkAttachment(r, r.attachments().get(i), "attachments[" + i + "]");
        }
        if (r.mode() != Mode.SMS) {
            long max = maxMmsSize.getAsLong();
            if (size > max) {
                throw new InvalidMessageException(r.attachments().isEmpty() ? "text" : "attachments",
                        "the message content is " + size + " octets, over the carrier's MMS limit of " + max
                                + " octets (mmsys.mms.max-size); shorten it or split it into several messages");
            }
        }
        if (r.mode() == Mode.SMS) {
            int parts = smsSegments.applyAsInt(r.text());
            if (parts > smsMaxParts) {
                throw new InvalidMessageException("text", "needs " + parts + " SMS segments, more than "
                        + "mmsys.sms.max-parts=" + smsMaxParts + "; send it as MMS (mode auto) or shorten it");
            }
        }
        return r.withTo(to);
    }

    private List<String> recipients(MessageRequest r) throws InvalidMessageException {
        if (r.to().isEmpty()) {
            throw new InvalidMessageException("to", "is empty; give at least one recipient, e.g. [\"+16195550100\"]");
        }
        if (r.to().size() > MAX_RECIPIENTS) {
            throw new InvalidMessageException("to", r.to().size() + " recipients; a group MMS takes at most "
                    + MAX_RECIPIENTS + ": split the list into several messages");
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < r.to().size(); i++) {
            String field = "to[" + i + "]";
            String a = recipients.normalise(r.to().get(i), field);
            if (Recipients.isEmail(a) && r.mode() == Mode.SMS) {
                throw new InvalidMessageException(field, "'" + a + "' is an e-mail address, which SMS cannot "
                        + "reach; use mode auto or mms, or give a phone number");
            }
            out.add(a);
        }
        return new ArrayList<>(out);
    }

    /** Text must be non-blank Unicode without NULs or other control characters (tab and line breaks allowed). */
    static void checkText(String text) throws InvalidMessageException {
        if (text.isBlank()) {
            throw new InvalidMessageException("text", "is empty; give the message text");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidMessageException("text", "has a broken character (unpaired UTF-16 surrogate "
                        + "at index " + i + "); send valid Unicode text");
            } else if (c == 0) {
                throw new InvalidMessageException("text", "contains a NUL character at index " + i
                        + "; binary content cannot be sent as text (attach it as a file instead)");
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidMessageException("text", String.format("contains the control character U+%04X "
                        + "at index %d; remove it (only tab and line breaks are allowed)", (int) c, i));
            }
        }
    }

    private static void checkSubject(String subject) throws InvalidMessageException {
        if (subject.codePointCount(0, subject.length()) > MAX_SUBJECT_CHARS) {
            throw new InvalidMessageException("subject", "is longer than " + MAX_SUBJECT_CHARS
                    + " characters; shorten it (the text has no such limit)");
        }
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidMessageException("subject", String.format("contains the control character "
                        + "U+%04X; a subject is one line of text", (int) c));
            }
        }
    }

    private static long checkAttachment(MessageRequest r, Attachment a, String field) throws InvalidMessageException {
        if (r.mode() == Mode.SMS) {
            throw new InvalidMessageException(field, "SMS cannot carry attachments; use mode auto or mms");
        }
        if (!MIME_TYPE.matcher(a.contentType()).matches()) {
            throw new InvalidMessageException(field + ".contentType", "'" + a.contentType()
                    + "' is not a MIME type; write it as type/subtype, e.g. image/jpeg");
        }
        if (!SAFE_NAME.matcher(a.name()).matches()) {
            throw new InvalidMessageException(field + ".name", "'" + a.name() + "' is not a usable file name "
                    + "(1 to 100 characters, no slashes, quotes or control characters)");
        }
        if (a.data().length == 0) {
            throw new InvalidMessageException(field + ".data", "is empty; give the file content in base64");
        }
        try {
            dev.mmsys.mms.Attachment.of(a.name(), a.contentType(), a.data());
        } catch (dev.mmsys.mms.MmsException e) {
            throw new InvalidMessageException(field + ".contentType", e.getMessage());
        }
        // a JPEG or PNG is scaled to fit when sent (PictureFitting): it needs only its share
        return ImageFitter.canScale(a.contentType(), a.data())
                ? Math.min(a.data().length, PictureFitting.MIN_PICTURE_OCTETS) : a.data().length;
    }
}
