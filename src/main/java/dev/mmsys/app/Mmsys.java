package dev.mmsys.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mmsys} command line. Each command is a class of its own in {@code dev.mmsys.app.cli}; exit codes
 * follow the README: 0 success, 1 failure, 2 bad input (picocli's own code for usage errors), 3 sent as SMS.
 */
@Command(name = "mmsys",
        mixinStandardHelpOptions = true,
        versionProvider = Mmsys.Version.class,
        description = "Send long texts as one MMS bubble through your own cellular modem, with SMS fallback.",
        subcommands = {
                CommandLine.HelpCommand.class,
                dev.mmsys.app.cli.RunCommand.class,
                dev.mmsys.app.cli.SendCommand.class,
                dev.mmsys.app.cli.StatusCommand.class,
                dev.mmsys.app.cli.DoctorCommand.class,
                dev.mmsys.app.cli.SmsSplitCommand.class,
                dev.mmsys.app.cli.EncodeCommand.class,
                dev.mmsys.app.cli.DecodeCommand.class,
                dev.mmsys.app.cli.EmulatorCommand.class,
        })
public final class Mmsys implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_SENT_AS_SMS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");   // pictures are scaled with java.awt, never shown
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests, which call {@code execute} without exiting). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Mmsys());
        // UTF-8 whatever the locale: message texts, decoded PDUs and the doctor's marks are Unicode
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof MmsysConfig.ConfigException || ex instanceof CliException) {
                line.getErr().println("mmsys " + line.getCommandName() + ": " + ex.getMessage());
                return ex instanceof CliException c ? c.exitCode() : EXIT_BAD_INPUT;
            }
            throw ex;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Mmsys.class.getPackage().getImplementationVersion();
            return new String[] {"mmsys " + (v == null ? "(development build)" : v)};
        }
    }
}
