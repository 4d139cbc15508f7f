package dev.mmsys.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mmsys.app.CliException;
import dev.mmsys.app.Mmsys;
import dev.mmsys.app.MmsysApplication;
import dev.mmsys.app.MmsysConfig;
import dev.mmsys.app.intake.AttachmentFiles;
import dev.mmsys.app.intake.DirectIntake;
import dev.mmsys.app.message.Attachment;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.message.Mode;
import dev.mmsys.app.rest.MessageView;
import dev.mmsys.app.spool.MessageState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.camel.Exchange;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mmsys send}: one message through the configured modem now, with the whole pipeline and the spool. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send one message now through the configured modem (mmsys.modem.port) and print the outcome: "
                + "MMS first, retried on transient failures, then SMS when MMS fails for good (mmsys.fallback).",
                "The message is recorded in the spool like any other, so 'mmsys status ID' shows it afterwards. "
                        + "Do not point it at a modem port that a running 'mmsys run' owns."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:sent as MMS", "1:failed (the reason is printed)", "2:bad input or configuration",
                "3:sent as SMS (fallback, --sms, or a short text under mmsys.sms-threshold)"})
public final class SendCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "N[,N...]",
            description = "recipient(s): +16195550100, a national number (mmsys.default-region) or an e-mail "
                    + "address; several (comma-separated) make one group MMS")
    List<String> to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Body body;

    static final class Body {
        @Option(names = "--text", paramLabel = "T", description = "the message text")
        String text;

        @Option(names = "--text-file", paramLabel = "F", description = "read the text from this UTF-8 file")
        Path textFile;
    }

    @Option(names = "--subject", paramLabel = "S", description = "MMS subject")
    String subject;

    @Option(names = "--attach", paramLabel = "FILE", arity = "1..*",
            description = "attach these files (pictures, audio, video, vCard)")
    List<Path> attach = new ArrayList<>();

    @Option(names = "--sms", description = "send as SMS only (no MMS attempt)")
    boolean sms;

    @Override
    public Integer call() throws Exception {
        MmsysConfig config = common.load();
        MessageRequest request = request();
        PrintWriter out = spec.commandLine().getOut();
        MmsysApplication app = MmsysApplication.sender(config);
        try {
            app.start();
            Exchange ex = app.producer().request("direct:mmsys-send", e -> {
                e.getMessage().setBody(request);
                e.getMessage().setHeader(DirectIntake.SOURCE, "cli");
            });
            if (ex.getException() instanceof InvalidMessageException e) {
                throw CliException.badInput(e.getMessage());
            }
            if (ex.getException() != null) {
                throw CliException.failed("the pipeline failed: " + RunCommand.rootMessage(ex.getException()));
            }
            MessageView v = ex.getMessage().getBody(MessageView.class);
            print(out, v);
            return switch (MessageState.parse(v.state())) {
                case SENT -> Mmsys.EXIT_OK;
                case SENT_AS_SMS -> Mmsys.EXIT_SENT_AS_SMS;
                case FAILED -> Mmsys.EXIT_FAILED;
                default -> throw CliException.failed("message " + v.id() + " is still " + v.state()
                        + " (MMSYS was stopped); 'mmsys run' will finish it");
            };
        } finally {
            app.close();
        }
    }

    private void print(PrintWriter out, MessageView v) throws IOException {
        if (common.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(v));
            return;
        }
        switch (v.state()) {
            case "sent" -> out.println("Sent as MMS to " + String.join(", ", v.to()) + ": Message-ID "
                    + v.mms().messageId() + ", Transaction-ID " + v.mms().transactionId() + " (" + v.attempts()
                    + " attempt(s))");
            case "sent-as-sms" -> out.println("Sent as SMS to " + String.join(", ", v.to()) + ": " + v.sms().parts()
                    + " part(s), references " + v.sms().recipients().stream().map(d -> d.to() + " "
                    + d.references()).toList());
            default -> out.println("Failed: " + v.error());
        }
        out.println("Message " + v.id() + " (details: mmsys status " + v.id() + ")");
    }

    private MessageRequest request() {
        String text = body.text;
        if (body.textFile != null) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(
                        Files.readAllBytes(body.textFile))).toString();
            } catch (NoSuchFileException e) {
                throw CliException.badInput("--text-file " + body.textFile + ": no such file");
            } catch (CharacterCodingException e) {
                throw CliException.badInput("--text-file " + body.textFile + " is not valid UTF-8; save it as UTF-8");
            } catch (IOException e) {
                throw CliException.badInput("--text-file " + body.textFile + " cannot be read: " + e.getMessage());
            }
        }
        List<Attachment> files = new ArrayList<>();
        for (Path p : attach) {
            try {
                files.add(AttachmentFiles.read(p, "--attach", Long.MAX_VALUE));
            } catch (InvalidMessageException e) {
                throw CliException.badInput(e.getMessage());
            }
        }
        return new MessageRequest(RecipientOption.entries("--to", to), text, subject, files,
                sms ? Mode.SMS : Mode.AUTO);
    }
}
