package dev.mmsys.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mmsys.app.CliException;
import dev.mmsys.app.Mmsys;
import dev.mmsys.app.MmsysConfig;
import dev.mmsys.sms.EmptyTextException;
import dev.mmsys.sms.InvalidNumberException;
import dev.mmsys.sms.SmsException;
import dev.mmsys.sms.SmsOptions;
import dev.mmsys.sms.SmsSubmission;
import dev.mmsys.sms.SmsSubmitComposer;
import dev.mmsys.sms.TooManyPartsException;
import dev.mmsys.sms.Transliteration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mmsys sms-split}: the SMS-SUBMIT PDUs a text becomes, as the SMS fallback would send them. */
@Command(name = "sms-split",
        mixinStandardHelpOptions = true,
        description = {
                "Print the SMS-SUBMIT PDUs that a text becomes when it goes as SMS: one line per part with the "
                        + "AT+CMGS command (its length is the TPDU octets, SMSC field excluded) and the PDU in hex, "
                        + "SMSC field first (00 = the SIM's SMSC, unless mmsys.sms.smsc is set).",
                "The encoding is the most compact that carries the text: GSM 7-bit, GSM 7-bit with the national "
                        + "tables listed in mmsys.sms.national-languages, or UCS-2. Long texts are split into "
                        + "concatenated parts (mmsys.sms.reference-bits, at most mmsys.sms.max-parts). Look-alike "
                        + "characters are replaced only with mmsys.sms.transliterate=true, and that is reported.",
                "Nothing is sent and no modem is needed. Each run picks a random concatenation reference.",
                "--json prints an object with the encoding, the reference and, per part, the length, the hex and "
                        + "the text it carries."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the PDUs were printed",
                "2:bad input: an invalid number, an empty or unreadable text, a text needing more parts than "
                        + "mmsys.sms.max-parts, or a bad setting"})
public final class SmsSplitCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "NUMBER",
            description = "recipient: +16195550100 (international, with the country code) or national digits")
    String to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    TextSource source;

    static final class TextSource {
        @Option(names = "--text", paramLabel = "TEXT", description = "the text to split")
        String text;

        @Option(names = "--text-file", paramLabel = "FILE",
                description = "read the text from FILE (UTF-8; '-' reads standard input); one final line break is "
                        + "dropped, as editors add one")
        Path file;
    }

    @Override
    public Integer call() {
        MmsysConfig config = common.load();
        if (to.contains(",")) {
            throw CliException.badInput("--to '" + to + "': sms-split makes the PDUs for one recipient; give one"
                    + " number without commas (each recipient gets its own concatenation reference)");
        }
        String text = source.text != null ? source.text : readFile(source.file);
        SmsSubmission submission;
        try {
            SmsOptions options = SmsOptions.fromSettings(config.asMap());
            submission = new SmsSubmitComposer(options).compose(to, text);
        } catch (InvalidNumberException e) {
            throw CliException.badInput("--to: " + e.getMessage());
        } catch (EmptyTextException e) {
            throw CliException.badInput((source.text != null ? "--text" : "--text-file " + source.file) + ": "
                    + e.getMessage());
        } catch (TooManyPartsException e) {
            throw CliException.badInput(e.getMessage()
                    + (e.needed() <= SmsOptions.MAX_CONCATENATED_PARTS
                    ? ", e.g. --set " + SmsOptions.KEY_MAX_PARTS + "=" + e.needed() : ""));
        } catch (SmsException e) {
            throw CliException.badInput(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            out.println(json(submission));
        } else {
            for (SmsSubmission.Part p : submission.parts()) {
                out.println(p.atCommand() + " " + p.hex());
            }
            Transliteration t = submission.transliteration();
            if (!t.isEmpty()) {
                spec.commandLine().getErr().println("note: " + t.count() + " look-alike character(s) replaced to "
                        + "stay in GSM 7-bit: " + t.describe());
            }
        }
        out.flush();
        return Mmsys.EXIT_OK;
    }

    private static String readFile(Path file) {
        byte[] bytes;
        try {
            bytes = file.toString().equals("-") ? System.in.readAllBytes() : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CliException.badInput("--text-file " + file + ": no such file; check the path");
        } catch (IOException e) {
            throw CliException.badInput("--text-file " + file + ": cannot read it (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw CliException.badInput("--text-file " + file + ": not valid UTF-8 (" + e.getMessage()
                    + "); save the file as UTF-8");
        } catch (CharacterCodingException e) {
            throw CliException.badInput("--text-file " + file + ": not valid UTF-8; save the file as UTF-8");
        }
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String json(SmsSubmission s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("to", s.destination().toString());
        root.put("encoding", s.split().encoding());
        root.put("alphabet", s.alphabet().label());
        if (s.split().charset() != null) {
            root.put("lockingShift", s.split().charset().locking().name().toLowerCase(Locale.ROOT));
            root.put("singleShift", s.split().charset().singleShift().name().toLowerCase(Locale.ROOT));
        }
        root.put("referenceBits", s.split().concatenated() ? s.split().referenceBits() : null);
        root.put("reference", s.reference().isPresent() ? s.reference().getAsInt() : null);
        List<Map<String, Object>> subs = new ArrayList<>();
        for (Transliteration.Substitution t : s.transliteration().substitutions()) {
            subs.add(Map.of("from", t.from(), "to", t.to(), "count", t.count()));
        }
        root.put("transliteration", subs);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (SmsSubmission.Part p : s.parts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sequence", p.sequence());
            m.put("cmgsLength", p.tpduLength());
            m.put("hex", p.hex());
            m.put("text", p.text());
            m.put("units", s.split().units().get(p.sequence() - 1));
            parts.add(m);
        }
        root.put("parts", parts);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
