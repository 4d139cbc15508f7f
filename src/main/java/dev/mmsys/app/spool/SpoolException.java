package dev.mmsys.app.spool;

/** The spool cannot be read or written (disk full, permissions, a damaged file): the message names the path. */
public final class SpoolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
