package dev.mmsys.modem;

import java.time.Duration;

/**
 * A link in transparent mode (AT+CIPMODE=1, link 0 only): after {@code CONNECT} the serial line carries the
 * connection's bytes both ways with no per-chunk commands, so a large request keeps the line busy. The modem
 * ends it with {@code CLOSED} when the server closes; to end it ourselves we escape with {@code +++} (framed by
 * the modem's one-second guard time) and AT+CIPCLOSE.
 */
final class TransparentSocket implements ModemSocket {

    /** The modem's escape sequence needs this much silence on the line before and after {@code +++}. */
    static final Duration GUARD_TIME = Duration.ofMillis(1100);
    private static final int WRITE_BLOCK = 4096;

    private final ModemSession session;
    private final TransparentStream stream;
    private final String remote;
    private long written;
    private long read;
    private boolean closed;

    TransparentSocket(ModemSession session, TransparentStream stream, String remote) {
        this.session = session;
        this.stream = stream;
        this.remote = remote;
    }

    /**
     * Back to command mode: the line silent for the guard time, {@code +++}, and the modem's {@code OK} after
     * its own guard time.
     */
    static void escape(AtChannel ch, Duration commandTimeout) throws ModemException {
        ch.leaveDataMode("escaped by MMSYS");
        try {
            // the guard time is part of the escape protocol, not a wait for an event
            Thread.sleep(GUARD_TIME.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModemException("interrupted while leaving transparent mode", true);
        }
        ch.execute(AtCommand.of("+++", GUARD_TIME.plus(commandTimeout)).raw());
    }

    @Override
    public void write(byte[] data) throws ModemException {
        AtChannel ch = session.channel();
        for (int off = 0; off < data.length; off += WRITE_BLOCK) {
            if (stream.isEnded()) {
                throw new ModemException("cannot send to " + remote + ": the connection ended ("
                        + stream.endReason() + ") after " + written + " octets; the submission is retried", true);
            }
            int n = Math.min(WRITE_BLOCK, data.length - off);
            ch.writeData(data, off, n);
            written += n;
        }
    }

    @Override
    public int read(byte[] b, int off, int len, Duration timeout) throws ModemException {
        try {
            int n = stream.read(b, off, len, timeout);
            if (n > 0) {
                read += n;
            }
            return n;
        } catch (AtTimeoutException e) {
            throw new AtTimeoutException("no answer from " + remote + " within " + timeout.toMillis() + " ms",
                    null, null);
        }
    }

    @Override
    public int trailerOctetsRead() {
        return stream.markerBytesConsumed();
    }

    @Override
    public String remote() {
        return remote;
    }

    @Override
    public long octetsWritten() {
        return written;
    }

    @Override
    public long octetsRead() {
        return read;
    }

    /**
     * Waits briefly for the server's close (we ask for {@code Connection: close}); if it does not come, escapes
     * to command mode and closes the link.
     */
    @Override
    public void close() throws ModemException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (stream.awaitEnd(Duration.ofSeconds(2)) || session.channelIfAlive() == null) {
                return;
            }
            escapeAndClose();
        } finally {
            session.forgetTransparent();
        }
    }

    private void escapeAndClose() throws ModemException {
        AtChannel ch = session.channel();
        escape(ch, session.settings().commandTimeout());
        try {
            ch.execute(AtCommand.of("AT+CIPCLOSE=0", session.settings().commandTimeout())
                    .withResponsePrefixes("+CIPCLOSE:"));
        } catch (AtErrorException e) {
            // already closed by the peer meanwhile: nothing left to close
        }
    }
}
