package dev.mmsys.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mmsys.app.CliException;
import dev.mmsys.app.Mmsys;
import dev.mmsys.mms.MmsDecodeException;
import dev.mmsys.mms.MmsDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mmsys decode X.mms}: any MMS encapsulation PDU as JSON. */
@Command(name = "decode",
        description = {
            "Print an MMS PDU (M-Send.req, M-Send.conf, M-Notification.ind, M-Retrieve.conf, ...) as JSON:"
                    + " headers in wire order, body parts with their content type, Content-ID, Content-Location,"
                    + " size and, for text parts, the text.",
            "Known real-world deviations from the specification are accepted and listed under \"quirks\";"
                    + " --strict rejects them.",
            "Exit status: 0 decoded, 1 malformed (the error names the offset and the field), 2 unreadable file."})
public final class DecodeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the PDU, raw binary (e.g. written by 'encode')")
    Path file;

    @Option(names = "--strict", description = "treat every deviation from OMA-TS-MMS-ENC as malformed (exit 1)")
    boolean strict;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        byte[] pdu = read(file);
        MmsDecoder decoder = strict ? MmsDecoder.strict() : MmsDecoder.lenient();
        ObjectNode out;
        int exit;
        try {
            MmsDecoder.Decoded d = decoder.decodeReport(pdu);
            out = PduJson.of(file.toString(), pdu.length, d.pdu(), d.quirks());
            exit = Mmsys.EXIT_OK;
        } catch (MmsDecodeException e) {
            out = PduJson.MAPPER.createObjectNode();
            out.put("file", file.toString()).put("size", pdu.length);
            out.putObject("error").put("offset", e.offset()).put("field", e.field()).put("message", e.expected());
            spec.commandLine().getErr().println("mmsys decode: " + file + ": " + e.getMessage());
            exit = Mmsys.EXIT_FAILED;
        }
        spec.commandLine().getOut().println(PduJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return exit;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CliException.badInput(file + ": no such file; give the path of an MMS PDU");
        } catch (IOException e) {
            throw CliException.badInput(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
