package dev.mmsys.app;

/** A command failed in a way the user can act on: the message says what to do; the exit code is the README's. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliException badInput(String message) {
        return new CliException(Mmsys.EXIT_BAD_INPUT, message);
    }

    public static CliException failed(String message) {
        return new CliException(Mmsys.EXIT_FAILED, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
