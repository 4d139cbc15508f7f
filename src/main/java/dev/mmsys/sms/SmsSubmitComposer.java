package dev.mmsys.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns a destination and a text into the SMS-SUBMIT PDUs to send with AT+CMGS: splits the text (see
 * {@link SmsSplitter}), refuses one that needs more than {@link SmsOptions#maxParts()} parts, takes a fresh
 * concatenation reference for a multi-part set, and encodes each part with the options' SMSC, TP-VP and TP-SRR.
 * Thread-safe. Composers made with {@link #SmsSubmitComposer(SmsOptions)} share the process's reference allocator,
 * so references do not repeat for one recipient whichever composer numbers the message.
 */
public final class SmsSubmitComposer {

    private final SmsOptions options;
    private final SmsSplitter splitter;
    private final ConcatReferenceAllocator references;

    /** A composer numbering concatenated messages with the process-wide {@link ConcatReferenceAllocator#shared()}. */
    public SmsSubmitComposer(SmsOptions options) {
        this(options, ConcatReferenceAllocator.shared());
    }

    /** A composer with its own allocator (tests, or a process that keeps one allocator of its own). */
    public SmsSubmitComposer(SmsOptions options, ConcatReferenceAllocator references) {
        this.options = options;
        this.splitter = new SmsSplitter(options);
        this.references = references;
    }

    public SmsOptions options() {
        return options;
    }

    public SmsSplitter splitter() {
        return splitter;
    }

    /** Parses {@code to} with {@link SmsAddress#parse} (an {@link InvalidNumberException} says what is wrong). */
    public SmsSubmission compose(String to, String text) {
        return compose(SmsAddress.parse(to), text);
    }

    public SmsSubmission compose(SmsAddress to, String text) {
        SmsSplit split = splitter.split(text);
        if (split.partCount() > options.maxParts()) {
            throw new TooManyPartsException(split.partCount(), options.maxParts(), split.encoding());
        }
        OptionalInt reference = split.concatenated()
                ? OptionalInt.of(references.next(to, options.referenceBits())) : OptionalInt.empty();
        List<SmsSubmission.Part> parts = new ArrayList<>(split.partCount());
        for (int i = 0; i < split.partCount(); i++) {
            UserDataHeader header = split.header(i + 1, reference.orElse(0));
            SmsSubmit pdu = new SmsSubmit(options.smsc(), false, 0, to, 0, split.dcs(), options.validity(),
                    options.statusReport(), false, UserData.text(header, split.parts().get(i)));
            byte[] bytes = SmsPduEncoder.encode(pdu);
            parts.add(new SmsSubmission.Part(i + 1, split.parts().get(i), pdu, Hex.encode(bytes),
                    SmsPduEncoder.tpduLength(bytes)));
        }
        return new SmsSubmission(to, split, reference, parts);
    }
}
