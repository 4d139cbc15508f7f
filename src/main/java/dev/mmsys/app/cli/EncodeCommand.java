package dev.mmsys.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.mmsys.app.CliException;
import dev.mmsys.app.Mmsys;
import dev.mmsys.app.MmsysBeans;
import dev.mmsys.app.MmsysConfig;
import dev.mmsys.app.delivery.PictureFitting;
import dev.mmsys.carrier.CarrierException;
import dev.mmsys.carrier.CarrierResolver;
import dev.mmsys.carrier.MmsSettings;
import dev.mmsys.carrier.Setting;
import dev.mmsys.mms.Attachment;
import dev.mmsys.mms.MessageTooLargeException;
import dev.mmsys.mms.MmsAddress;
import dev.mmsys.mms.MmsEncodeException;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.MmsVersion;
import dev.mmsys.mms.Part;
import dev.mmsys.mms.SendReq;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mmsys encode}: the M-Send.req that {@code send} would submit, written to a file instead of sent. */
@Command(name = "encode",
        description = {
            "Write the M-Send.req PDU that 'send' would submit to the MMSC, without sending anything:"
                    + " a multipart/related body with a SMIL layout, the text as UTF-8 text/plain and the"
                    + " attachments, each with a Content-ID and Content-Location.",
            "The size is checked against the limit MMSYS knows without reading the SIM: mmsys.mms.max-size when"
                    + " set, else the maximum of the carrier profile that mmsys.carrier names (e.g. 1MB for mint),"
                    + " else a default of 300KB (Android's), which may be below your carrier's.",
            "JPEG and PNG pictures are scaled and re-compressed to fit, as 'send' does: into the largest picture of"
                    + " that profile (else Android's 640x480) and their share of the size; what was done is said on"
                    + " standard error.",
            "Exit status: 0 written, 2 bad input (the message says which option and how to fix it)."})
public final class EncodeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--to", required = true, paramLabel = "N[,N...]",
            description = "recipient(s): E.164 numbers (+16195550100) or e-mail addresses, comma-separated or"
                    + " repeated; several make a group message")
    List<String> to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    TextSource text;

    static final class TextSource {
        @Option(names = "--text", paramLabel = "T", description = "the message text")
        String text;

        @Option(names = "--text-file", paramLabel = "F", description = "read the message text from a UTF-8 file")
        Path textFile;
    }

    @Option(names = "--subject", paramLabel = "S", description = "subject (any language; UTF-8 when not ASCII)")
    String subject;

    @Option(names = "--from", paramLabel = "N",
            description = "sender's own number; default: the MMSC inserts it (Insert-address-token)")
    String from;

    @Option(names = "--attach", paramLabel = "FILE", arity = "1..*",
            description = "picture, sound, video or vCard file(s); the type is recognised from the content")
    List<Path> attach = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "X.mms", description = "where to write the PDU")
    Path out;

    @Option(names = "--mms-version", paramLabel = "V",
            description = "MMS version written in the PDU: 1.0, 1.1, 1.2 or 1.3 (default: mmsys.mms.version, 1.2)")
    String mmsVersion;

    @Option(names = "--no-smil", description = "no SMIL layout: a multipart/mixed body of text and attachments")
    boolean noSmil;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        MmsysConfig config = common.load();
        MmsVersion version = version(mmsVersion != null ? mmsVersion : config.get("mmsys.mms.version"));
        CarrierResolver resolver = resolver(config);
        Setting<Long> limit = sizeLimit(resolver, config);
        try {
            SendReq.Builder b = SendReq.builder().version(version).androidDefaults(Instant.now());
            for (String r : RecipientOption.entries("--to", to)) {
                b.to(recipient("--to", r));
            }
            if (from != null) {
                b.from(recipient("--from", from));
            }
            String body = text();
            b.subject(subject).text(body).smil(!noSmil);
            List<Attachment> files = new ArrayList<>();
            for (Path f : attach) {
                files.add(attachment(f));
            }
            for (Attachment a : fitPictures(resolver, config, limit, files, body)) {
                b.attach(a);
            }
            SendReq req = b.build();
            byte[] pdu = MmsEncoder.encode(req, limit.value());
            write(pdu);
            report(req, pdu.length);
            return Mmsys.EXIT_OK;
        } catch (MessageTooLargeException e) {
            throw CliException.badInput(tooLarge(e, limit));
        } catch (MmsEncodeException e) {
            throw CliException.badInput(e.getMessage());
        }
    }

    private static CarrierResolver resolver(MmsysConfig config) {
        try {
            return new CarrierResolver(MmsysBeans.carrierCatalog(config));
        } catch (MmsysConfig.ConfigException e) {
            throw CliException.badInput(e.getMessage());
        }
    }

    /**
     * The size limit as the application knows it without a SIM ({@link CarrierResolver#maxMessageSizeWithoutSim}):
     * mmsys.mms.max-size, the profile mmsys.carrier names, or the built-in default.
     */
    static Setting<Long> sizeLimit(CarrierResolver resolver, MmsysConfig config) {
        try {
            return resolver.maxMessageSizeWithoutSim(config);
        } catch (CarrierException e) {
            throw CliException.badInput(e.getMessage());
        }
    }

    /** As {@code send} does: JPEG and PNG pictures scaled into the carrier's limits (said on standard error). */
    private List<Attachment> fitPictures(CarrierResolver resolver, MmsysConfig config, Setting<Long> limit,
                                         List<Attachment> files, String body) {
        if (files.isEmpty()) {
            return files;
        }
        Optional<MmsSettings> known;
        try {
            known = resolver.resolveWithoutSim(config);
        } catch (CarrierException e) {
            throw CliException.badInput(e.getMessage());
        }
        PictureFitting.Outcome o = PictureFitting.fit(files, body, subject, limit.value(),
                known.map(s -> s.maxImageSize().value()).orElse(limit.value()),
                known.map(s -> s.maxImageDimensions().value()).orElse(CarrierResolver.DEFAULT_IMAGE));
        o.changes().forEach(c -> spec.commandLine().getErr().println("mmsys encode: picture " + c
                + " (scaled to the carrier's limits, as send does)"));
        return o.attachments();
    }

    /** Says how large the PDU is, which limit it exceeds and where that limit comes from. */
    private static String tooLarge(MessageTooLargeException e, Setting<Long> limit) {
        String over = "the MMS would be " + e.size() + " octets, more than ";
        String fix = "; send smaller attachments or a shorter text";
        return switch (limit.origin().kind()) {
            case CONFIGURATION -> over + "the limit of " + e.maxSize() + " octets set by "
                    + CarrierResolver.KEY_MAX_SIZE + fix + ", or raise " + CarrierResolver.KEY_MAX_SIZE
                    + " if your carrier accepts more";
            case PROFILE -> over + "the carrier's maximum of " + e.maxSize() + " octets (" + limit.origin() + ")"
                    + fix;
            case DEFAULT -> over + "MMSYS's default limit of " + e.maxSize() + " octets (Android's 300 KB: "
                    + CarrierResolver.KEY_CARRIER + " names no carrier profile and " + CarrierResolver.KEY_MAX_SIZE
                    + " is not set)" + fix + ", or give your carrier with --set " + CarrierResolver.KEY_CARRIER
                    + "=NAME or its limit with --set " + CarrierResolver.KEY_MAX_SIZE + "=1MB";
        };
    }

    private static MmsVersion version(String v) {
        try {
            return MmsVersion.parse(v);
        } catch (MmsEncodeException e) {
            throw CliException.badInput("--mms-version / mmsys.mms.version: " + e.getMessage());
        }
    }

    /** An e-mail address, or a number that is E.164 in form and possible for its country (libphonenumber). */
    static String recipient(String option, String value) {
        String v = value.strip();
        if (v.contains("@")) {
            return v;
        }
        String n;
        try {
            n = MmsAddress.normalizeNumber(v);
        } catch (MmsEncodeException e) {
            throw CliException.badInput(option + " " + value + ": " + e.getMessage());
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            if (!util.isPossibleNumber(util.parse(n, "ZZ"))) {
                throw CliException.badInput(option + " " + value + ": not a possible phone number for its country"
                        + " code; check the digits (E.164: + country code, number, e.g. +16195550100)");
            }
        } catch (NumberParseException e) {
            throw CliException.badInput(option + " " + value + ": " + e.getMessage());
        }
        return n;
    }

    private String text() {
        if (text.text != null) {
            if (text.text.isBlank()) {
                throw CliException.badInput("--text is empty; give the message text");
            }
            return text.text;
        }
        Path f = text.textFile;
        byte[] bytes = readFile("--text-file", f);
        if (bytes.length == 0) {
            throw CliException.badInput("--text-file " + f + " is empty; put the message text in it");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw CliException.badInput("--text-file " + f + " is a binary file (NUL octet at offset " + i
                        + "); give a UTF-8 text file");
            }
        }
        String s = utf8(f, bytes);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            throw CliException.badInput("--text-file " + f + " holds only white space; put the message text in it");
        }
        return s;
    }

    /** Strict UTF-8; the error names the offset of the first octet that is not valid UTF-8. */
    private static String utf8(Path f, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (r.isError()) {
            throw CliException.badInput("--text-file " + f + " is not valid UTF-8 (octet " + in.position()
                    + "); save it as UTF-8");
        }
        return out.flip().toString();
    }

    private static Attachment attachment(Path f) {
        byte[] data = readFile("--attach", f);
        if (data.length == 0) {
            throw CliException.badInput("--attach " + f + " is empty");
        }
        try {
            return Attachment.of(f.getFileName().toString(), data);
        } catch (MmsEncodeException e) {
            throw CliException.badInput("--attach " + f + ": " + e.getMessage());
        }
    }

    private static byte[] readFile(String option, Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw CliException.badInput(option + " " + f + ": no such file");
        } catch (IOException e) {
            throw CliException.badInput(option + " " + f + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Writes through a temporary file and a rename, so a reader never sees half a PDU. */
    private void write(byte[] pdu) {
        Path target = out.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".mmsys-", ".tmp");
            try {
                Files.write(tmp, pdu);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw CliException.badInput("--out " + out + ": cannot write (" + e.getMessage()
                    + "); check that the folder exists and is writable");
        }
    }

    private void report(SendReq req, int size) throws JsonProcessingException {
        var o = spec.commandLine().getOut();
        if (common.json) {
            ObjectNode n = PduJson.MAPPER.createObjectNode();
            n.put("file", out.toString()).put("size", size).put("messageType", req.type().label())
                    .put("mmsVersion", req.version().toString()).put("transactionId", req.transactionId().orElseThrow());
            ArrayNode r = n.putArray("to");
            req.recipients().forEach(r::add);
            ArrayNode parts = n.putArray("parts");
            for (Part p : req.content().parts()) {
                ObjectNode pn = parts.addObject();
                pn.put("contentType", p.contentType().mediaType());
                p.contentId().ifPresent(id -> pn.put("contentId", id));
                p.contentLocation().ifPresent(l -> pn.put("contentLocation", l));
                pn.put("size", p.size());
            }
            o.println(PduJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n));
            return;
        }
        o.printf("wrote %s: %s, MMS %s, %d octets, transaction %s%n", out, req.type().label(), req.version(), size,
                req.transactionId().orElseThrow());
        o.printf("  to: %s%n", String.join(", ", req.recipients()));
        for (Part p : req.content().parts()) {
            o.printf("  part %s %s (%d octets)%n", p.contentId().orElse("-"), p.contentType().mediaType(), p.size());
        }
    }
}
