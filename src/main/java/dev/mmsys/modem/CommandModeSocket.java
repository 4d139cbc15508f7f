package dev.mmsys.modem;

import java.io.ByteArrayOutputStream;
import java.time.Duration;

/**
 * A link in command mode (AT+CIPMODE=0): data goes out with AT+CIPSEND in chunks of at most 1500 octets, each
 * confirmed by its {@code +CIPSEND: <link>,<req>,<cnf>} before the next (the modem refuses overlapping sends
 * with +CIPERROR: 8); data comes in pushed ({@code +IPD}) or, in manual mode, on request (AT+CIPRXGET=2 after a
 * {@code +CIPRXGET: 1} notice). Peer close, bearer loss and modem restarts arrive as events from the session.
 */
final class CommandModeSocket implements ModemSocket {

    static final int MAX_CHUNK = 1500;

    private final ModemSession session;
    private final int link;
    private final String remote;
    private final ReceiveMode mode;
    private final int capacity;

    // guarded by this
    private final ByteArrayOutputStream pushed = new ByteArrayOutputStream();
    private int pushedPos;
    private boolean rxNotice;
    private String closedReason;
    private boolean closedByUs;
    private long written;
    private long read;
    /** The last chunk was not confirmed; the server may still have answered, so reading decides. */
    private ModemException unconfirmedSend;
    /** {@code +IPCLOSE: <link>,2}: the modem gave up because what was sent was never acknowledged. */
    private String sendTimeoutUrc;

    CommandModeSocket(ModemSession session, int link, String remote, ReceiveMode mode, int capacity) {
        this.session = session;
        this.link = link;
        this.remote = remote;
        this.mode = mode;
        this.capacity = capacity;
        // in manual mode data may already be waiting: look once before trusting notices
        this.rxNotice = true;
    }

    int link() {
        return link;
    }

    // ---- events (reader thread) ------------------------------------------------------------------------------

    synchronized void pushedData(byte[] data) {
        if (pushed.size() - pushedPos + data.length > capacity) {
            closedReason = "the server sent more than " + capacity + " unread octets";
        } else {
            pushed.writeBytes(data);
        }
        notifyAll();
    }

    synchronized void dataNotice() {
        rxNotice = true;
        notifyAll();
    }

    synchronized void closed(String reason) {
        if (closedReason == null) {
            closedReason = reason;
        }
        notifyAll();
    }

    /**
     * {@code +IPCLOSE: <link>,2} (closed for sending timeout): the path stalled, so the request may not have
     * arrived whole and whatever came back is not a complete answer. Reading fails (transiently) instead of
     * taking the close for the end of the server's answer.
     */
    synchronized void closedForSendingTimeout(String urc) {
        if (closedReason == null) {
            sendTimeoutUrc = urc;
        }
        closed("closed for sending timeout (" + urc + ")");
    }

    synchronized boolean isClosed() {
        return closedReason != null;
    }

    // ---- ModemSocket -------------------------------------------------------------------------------------------

    @Override
    public void write(byte[] data) throws ModemException {
        int off = 0;
        while (off < data.length) {
            int n = Math.min(MAX_CHUNK, data.length - off);
            // the next chunk must not start with LF: a modem may take an LF that follows the command's CR for
            // part of the line end and then wait for one octet more (seen with the emulator, reference §1.1)
            while (off + n < data.length && data[off + n] == '\n' && n > 1) {
                n--;
            }
            byte[] chunk = java.util.Arrays.copyOfRange(data, off, off + n);
            try {
                sendChunk(chunk);
            } catch (UnconfirmedSendException e) {
                if (off + n < data.length) {
                    closed("send not confirmed: " + e.failure.answer());
                    throw e.failure;
                }
                // the final chunk: a fast server may have answered and closed before the modem confirmed it
                synchronized (this) {
                    unconfirmedSend = e.failure;
                }
            }
            off += n;
            synchronized (this) {
                written += n;
            }
        }
    }

    private void sendChunk(byte[] chunk) throws ModemException, UnconfirmedSendException {
        String closed;
        synchronized (this) {
            closed = closedReason;
        }
        if (closed != null) {
            throw new ModemException("cannot send to " + remote + ": the connection is closed (" + closed + ")", true);
        }
        AtChannel ch = session.channel();
        String cmd = "AT+CIPSEND=" + link + "," + chunk.length;
        // the confirmation, or the link's end if the modem closes it instead of confirming (a stalled send)
        try (AtChannel.UrcWait confirm = ch.expect(l -> l.startsWith("+CIPSEND: " + link + ",")
                || l.startsWith("+IPCLOSE: " + link + ","))) {
            try {
                AtCommand c = AtCommand.of(cmd, session.settings().commandTimeout())
                        .withPayload(chunk, "[" + chunk.length + " octets]");
                // data that must start with LF goes after a CR LF line end, so that the LF cannot be taken
                // for the end of the command line
                ch.execute(chunk[0] == '\n' ? c.withCrLf() : c);
            } catch (AtErrorException e) {
                if (e.error().kind() == AtError.Kind.CIPERROR && e.error().code() == 4) {
                    closed("the link is not open (+CIPERROR: 4)");
                    throw new ModemException(remote + " closed the connection while the request was being sent "
                            + "(+CIPERROR: 4); the submission is retried", true, cmd, e.answer(), e);
                }
                throw new ModemException("the modem refused to send to " + remote + ": " + e.error()
                        + "; the submission is retried", true, cmd, e.answer(), e);
            }
            String line = confirm.await(session.settings().sendTimeout(), "the confirmation of " + cmd);
            if (line.startsWith("+IPCLOSE:")) {
                throw new UnconfirmedSendException(new ModemException("sending to " + remote + " failed: the link "
                        + "closed before the modem confirmed " + chunk.length + " octets (" + line + "); the submission "
                        + "is retried", true, cmd, line, null));
            }
            String[] f = line.substring(10).split(",");
            int cnf = f.length == 3 ? parse(f[2]) : Integer.MIN_VALUE;
            if (cnf != chunk.length) {
                String why = cnf == -1 ? "the connection dropped" : cnf == 0
                        ? "the modem's send buffer or the server's window is full" : "an unexpected confirmation";
                throw new UnconfirmedSendException(new ModemException("sending to " + remote + " failed: " + why
                        + " (" + line + "); the submission is retried", true, cmd, line, null));
            }
        }
    }

    /** Carries a send failure out of {@link #sendChunk} so that {@link #write} can judge the final chunk. */
    private static final class UnconfirmedSendException extends Exception {
        final ModemException failure;

        UnconfirmedSendException(ModemException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    @Override
    public int read(byte[] b, int off, int len, Duration timeout) throws ModemException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            synchronized (this) {
                int avail = pushed.size() - pushedPos;
                if (avail > 0) {
                    int n = Math.min(avail, len);
                    byte[] all = pushed.toByteArray();
                    System.arraycopy(all, pushedPos, b, off, n);
                    pushedPos += n;
                    if (pushedPos == pushed.size()) {
                        pushed.reset();
                        pushedPos = 0;
                    }
                    read += n;
                    return n;
                }
                if (closedReason != null && (mode == ReceiveMode.PUSH || !rxNotice)) {
                    if (sendTimeoutUrc != null) {
                        throw new ModemException("the modem gave up sending to " + remote + ": the request was not "
                                + "acknowledged within the modem's send timeout (" + sendTimeoutUrc + "), after "
                                + read + " octets of an answer; the submission is retried", true, null,
                                sendTimeoutUrc, null);
                    }
                    if (unconfirmedSend != null && read == 0) {
                        throw unconfirmedSend;
                    }
                    return -1;
                }
                if (mode == ReceiveMode.PUSH || !rxNotice) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AtTimeoutException("no answer from " + remote + " within " + timeout.toMillis()
                                + " ms", null, null);
                    }
                    waitNanos(left);
                    continue;
                }
                // manual mode with a notice: clear it before asking, so a notice that arrives meanwhile counts
                rxNotice = false;
            }
            fetch();
        }
    }

    /** Manual mode: AT+CIPRXGET=2 until the modem's buffer for this link is empty. */
    private void fetch() throws ModemException {
        AtChannel ch = session.channel();
        AtCommand cmd = AtCommand.of("AT+CIPRXGET=2," + link + "," + MAX_CHUNK, session.settings().commandTimeout())
                .withResponsePrefixes("+CIPRXGET: 2,")
                .withBinaryBlock(CommandModeSocket::blockLength);
        AtResponse r;
        try {
            r = ch.execute(cmd);
        } catch (AtErrorException e) {
            if (e.error().kind() == AtError.Kind.IP_ERROR) {
                return; // "No data": nothing buffered
            }
            throw new ModemException("reading from " + remote + " failed: " + e.error(), true, cmd.text(),
                    e.answer(), e);
        }
        String header = r.value("+CIPRXGET: 2,");
        String[] f = header == null ? new String[0] : header.split(",");
        synchronized (this) {
            if (pushed.size() - pushedPos + r.data().length > capacity) {
                closedReason = "the server sent more than " + capacity + " unread octets";
            } else {
                pushed.writeBytes(r.data());
            }
            if (f.length >= 3 && parse(f[2]) > 0) {
                rxNotice = true; // more is buffered in the modem
            }
        }
    }

    /** {@code +CIPRXGET: 2,<link>,<read_len>,<rest_len>} → read_len. */
    static int blockLength(String line) {
        String[] f = line.substring("+CIPRXGET: 2,".length()).split(",");
        if (f.length < 2) {
            return -1;
        }
        int n = parse(f[1]);
        return n < 0 || n > MAX_CHUNK ? -1 : n;
    }

    @Override
    public String remote() {
        return remote;
    }

    @Override
    public synchronized long octetsWritten() {
        return written;
    }

    @Override
    public synchronized long octetsRead() {
        return read;
    }

    @Override
    public void close() throws ModemException {
        boolean needClose;
        synchronized (this) {
            needClose = closedReason == null && !closedByUs;
            closedByUs = true;
        }
        try {
            if (needClose && session.channelIfAlive() != null) {
                session.closeLink(link);
            }
        } finally {
            closed("closed by MMSYS");
            session.forget(this);
        }
    }

    private void waitNanos(long nanos) throws ModemException {
        try {
            wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModemException("interrupted while waiting for " + remote, true);
        }
    }
}
