package dev.mmsys.modem;

import java.time.Duration;

/**
 * A TCP connection made by the modem's own stack (AT+CIPOPEN). Not thread-safe: one exchange uses it.
 * Obtain one from {@link ModemSession#openSocket}; close it when done.
 */
public interface ModemSocket extends AutoCloseable {

    /** Sends all of {@code data}. */
    void write(byte[] data) throws ModemException;

    /**
     * Reads up to {@code len} octets, waiting up to {@code timeout} for the first.
     *
     * @return the number of octets read, or -1 once the peer closed and everything was read
     */
    int read(byte[] b, int off, int len, Duration timeout) throws ModemException;

    /**
     * Octets of the modem's own end-of-connection text that a read already returned as data; non-zero only in
     * transparent mode when a close-delimited reader read past the end. The reader drops that many octets.
     */
    default int trailerOctetsRead() {
        return 0;
    }

    /** "host:port" as opened. */
    String remote();

    /** Octets written and read so far (for benchmarks and evidence). */
    long octetsWritten();

    long octetsRead();

    @Override
    void close() throws ModemException;
}
