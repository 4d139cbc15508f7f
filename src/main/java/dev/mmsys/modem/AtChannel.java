package dev.mmsys.modem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AT command/response protocol over one {@link Transport}. A single reader thread parses everything the
 * modem sends: lines ({@code \r\n}-framed, CR or LF ending a line), the {@code >} prompt (which has no line
 * end), raw blocks of an announced length ({@code +IPD<n>}, {@code +CIPRXGET: 2,…}), the echo of commands and
 * of prompt data, and transparent data mode after {@code CONNECT}. Lines that answer the command in flight go
 * to it; URCs go to {@link AtEvents} and to {@link UrcWait}s wherever they arrive (before the echo, between
 * an answer's lines, before a prompt).
 *
 * <p>One command at a time ({@link #execute} serialises callers). Every wait has a deadline; nothing sleeps.
 * When the stream ends or fails the channel is dead: the command in flight and every waiter fail with a
 * {@link PortUnavailableException}, and {@link AtEvents#disconnected} is called.
 */
public final class AtChannel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AtChannel.class);

    /** Longest line kept; a SIM7600 line is far shorter (559-character command limit). */
    static final int MAX_LINE = 4096;
    /** Largest raw block accepted after a header; the modem sends at most 1500. */
    static final int MAX_BLOCK = 65_536;

    private static final List<String> URC_PREFIXES = List.of(
            "RDY", "+CPIN:", "SMS DONE", "PB DONE", "+SIMCARD:", "+CMTI:", "+CMT:", "+CDS:", "+IPCLOSE:",
            "+CIPEVENT:", "+CIPRXGET: 1,", "RECV FROM:", "+NETOPEN:", "+NETCLOSE:", "+CIPOPEN:", "+CIPSEND:",
            "+CIPCLOSE:", "+CREG:", "+CGREG:", "+CEREG:", "+CPING:", "CLOSED", "+CGEV:", "+CPSI:",
            "+HTTP_PEER_CLOSED", "+HTTP_NONET_EVENT");

    /** A failed open reported instead of CONNECT FAIL in transparent mode. */
    private static final java.util.regex.Pattern FAILED_OPEN =
            java.util.regex.Pattern.compile("\\+CIPOPEN: \\d+,[1-9]\\d*");

    private final Transport transport;
    private final InputStream in;
    private final OutputStream out;
    private final AtEvents events;
    private final Transcript transcript;
    private final Thread reader;

    /** Serialises whole commands (write, prompt, payload, answer). */
    private final ReentrantLock commandLock = new ReentrantLock();
    /** Guards the fields below and is the monitor every waiter waits on. */
    private final Object state = new Object();
    private Pending pending;
    private volatile boolean dead;
    private volatile String deathCause = "";
    private final List<UrcWait> waits = new CopyOnWriteArrayList<>();

    /**
     * A command timed out: its answer may still come and would be taken for the next command's. Before the
     * next command the channel resynchronises (see {@link #resync}).
     */
    private volatile boolean outOfStep;

    /** The resynchronising probe: its answer is recognisable by this information line. */
    static final String PROBE = "AT+CGMR";

    /** Whether the modem echoes what we type (ATE1): prompt data is then expected back and skipped. */
    private volatile boolean echo = true;
    /** Transparent data mode: bytes go here instead of the line parser. */
    private volatile DataSink dataSink;

    // reader-thread state
    private final byte[] buf = new byte[8192];
    private int pos;
    private int lim;
    private byte[] pushback = new byte[0];
    private int pushbackPos;
    private byte[] echoExpected;
    private int echoMatched;
    private String lastRecvFrom;

    public AtChannel(Transport transport, AtEvents events, Transcript transcript) {
        this.transport = transport;
        this.in = transport.input();
        this.out = transport.output();
        this.events = events;
        this.transcript = transcript;
        this.reader = new Thread(this::readLoop, "at-reader " + transport.describe());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    public String describe() {
        return transport.describe();
    }

    public Transcript transcript() {
        return transcript;
    }

    public boolean isAlive() {
        return !dead;
    }

    /** Tell the channel whether the modem echoes (after ATE0 / ATE1, or a reboot, which restores ATE1). */
    public void setEcho(boolean on) {
        this.echo = on;
    }

    public boolean echo() {
        return echo;
    }

    /**
     * Sends {@code cmd} and returns its answer once the final result arrives.
     *
     * @throws AtErrorException          the modem answered with an error (typed in {@link AtError})
     * @throws AtTimeoutException        no prompt or final result before the command's timeout
     * @throws PortUnavailableException  the port died meanwhile
     */
    public AtResponse execute(AtCommand cmd) throws ModemException {
        commandLock.lock();
        try {
            // the boot probe and the escape sequence must reach a modem that cannot answer a probe yet
            if (outOfStep && !cmd.survivesRestart() && !cmd.isRaw()) {
                resync();
            }
            try {
                return run(new Pending(cmd));
            } catch (AtTimeoutException e) {
                outOfStep = true;
                if (cmd.hasPayload() && cmd.payload()[cmd.payload().length - 1] == 0x1A) {
                    // a text-mode data phase (AT+CMGS) may still be open: ESC cancels it
                    writeQuietly(new byte[] {0x1B});
                }
                throw e;
            }
        } finally {
            commandLock.unlock();
        }
    }

    /**
     * After a timeout: sends {@value #PROBE} and discards every final result until the one that follows its
     * {@code +CGMR:} line, so that a late answer to the timed-out command is not taken for the next one's.
     */
    private void resync() throws ModemException {
        Pending probe = new Pending(AtCommand.of(PROBE, java.time.Duration.ofSeconds(3))
                .withResponsePrefixes("+CGMR:"));
        probe.probe = true;
        run(probe);
        outOfStep = false;
        transcript.note("back in step after a timeout");
    }

    private void writeQuietly(byte[] b) {
        try {
            out.write(b);
            out.flush();
        } catch (IOException e) {
            die("write failed: " + e.getMessage());
        }
    }

    private AtResponse run(Pending p) throws ModemException {
        AtCommand cmd = p.cmd;
        long deadline = System.nanoTime() + cmd.timeout().toNanos();
        {
            synchronized (state) {
                failIfDead(cmd);
                pending = p;
            }
            try {
                transcript.sent(cmd.shown());
                write(cmd.lineBytes(), cmd);
                if (cmd.hasPayload()) {
                    awaitPending(p, deadline, () -> p.promptSeen || p.finalLine != null || p.restarted,
                            "the '>' prompt");
                    if (p.finalLine == null && !p.restarted) {
                        transcript.sent(cmd.payloadSummary());
                        synchronized (state) {
                            if (echo) {
                                echoExpected = cmd.payload();
                                echoMatched = 0;
                            }
                        }
                        write(cmd.payload(), cmd);
                    }
                }
                awaitPending(p, deadline, () -> p.finalLine != null || p.restarted, "the final result");
                if (p.restarted) {
                    throw new ModemRestartedException(cmd.shown());
                }
                return p.result();
            } finally {
                synchronized (state) {
                    if (pending == p) {
                        pending = null;
                    }
                    echoExpected = null;
                }
            }
        }
    }

    /**
     * Registers interest in the next URC matching {@code match}, before the command that causes it is sent,
     * so that it cannot be missed. Close the returned wait when done.
     */
    public UrcWait expect(Predicate<String> match) {
        UrcWait w = new UrcWait(match);
        waits.add(w);
        return w;
    }

    /** Writes bytes as they are (transparent data mode). */
    public void writeData(byte[] data, int off, int len) throws ModemException {
        synchronized (state) {
            failIfDead(null);
        }
        try {
            out.write(data, off, len);
            out.flush();
        } catch (IOException e) {
            die("write failed: " + e.getMessage());
            throw portGone(null);
        }
    }

    /** Leaves transparent data mode on our side (before sending {@code +++}): bytes are parsed as lines again. */
    void leaveDataMode(String why) {
        DataSink s = dataSink;
        dataSink = null;
        if (s != null) {
            s.end(why);
        }
    }

    boolean inDataMode() {
        return dataSink != null;
    }

    @Override
    public void close() {
        die("closed by MMSYS");
    }

    // ---- waiting ----------------------------------------------------------------------------------------

    private void awaitPending(Pending p, long deadline, java.util.function.BooleanSupplier done, String what)
            throws ModemException {
        synchronized (state) {
            while (!done.getAsBoolean()) {
                if (dead) {
                    throw portGone(p.cmd.shown());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    String answer = String.join(" | ", p.lines);
                    throw new AtTimeoutException("the modem on " + transport.describe() + " did not send " + what
                            + " for " + p.cmd.shown() + " within " + p.cmd.timeout().toMillis() + " ms"
                            + (answer.isEmpty() ? "" : " (it said: " + answer + ")")
                            + "; it may be busy or rebooting: try again", p.cmd.shown(), answer);
                }
                waitNanos(left);
            }
        }
    }

    private void waitNanos(long nanos) throws ModemException {
        try {
            long ms = Math.max(1, nanos / 1_000_000);
            state.wait(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModemException("interrupted while waiting for the modem", true);
        }
    }

    private void failIfDead(AtCommand cmd) throws PortUnavailableException {
        if (dead) {
            throw portGone(cmd == null ? null : cmd.shown());
        }
    }

    private PortUnavailableException portGone(String command) {
        return new PortUnavailableException("the modem port " + transport.describe() + " is gone (" + deathCause
                + ")" + (command == null ? "" : " while sending " + command)
                + "; MMSYS reopens it on the next attempt (check the cable and power if this repeats)", false, null);
    }

    private void write(byte[] bytes, AtCommand cmd) throws ModemException {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            die("write failed: " + e.getMessage());
            throw portGone(cmd.shown());
        }
    }

    // ---- reader thread ------------------------------------------------------------------------------------

    private void readLoop() {
        StringBuilder line = new StringBuilder();
        try {
            while (!dead) {
                int b = next();
                if (b < 0) {
                    die("end of stream: the device or its peer disappeared");
                    return;
                }
                DataSink sink = dataSink;
                if (sink != null) {
                    if (sink.accept((byte) b)) {
                        dataSink = null;
                        String end = sink instanceof TransparentStream t && t.rebooted() ? "RDY" : "CLOSED";
                        transcript.received("[data mode ended] " + end);
                        dispatchUrc(end);
                    }
                    continue;
                }
                if (skipEcho((byte) b)) {
                    continue;
                }
                if (b == '\r' || b == '\n') {
                    if (b == '\r') {
                        consumeLf();
                    }
                    if (line.length() > 0) {
                        String l = line.toString().strip();
                        line.setLength(0);
                        if (!l.isEmpty()) {
                            onLine(l);
                        }
                    }
                    continue;
                }
                if (line.length() < MAX_LINE) {
                    line.append((char) (b & 0xFF));
                }
                if (b == '>' && line.length() == 1 || b == ' ' && line.toString().equals("> ")) {
                    if (promptExpected()) {
                        line.setLength(0);
                    }
                }
            }
        } catch (IOException e) {
            die("read failed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("AT reader on {} stopped", transport.describe(), e);
            die("internal error: " + e);
        }
    }

    /** Marks the prompt as seen if the command in flight waits for one. */
    private boolean promptExpected() {
        synchronized (state) {
            Pending p = pending;
            if (p != null && p.cmd.hasPayload() && !p.promptSeen) {
                p.promptSeen = true;
                transcript.received(">");
                state.notifyAll();
                return true;
            }
            return false;
        }
    }

    /** Matches incoming bytes against the expected echo of prompt data; a mismatch replays what was held. */
    private boolean skipEcho(byte b) {
        byte[] expected;
        int matched;
        synchronized (state) {
            expected = echoExpected;
            matched = echoMatched;
        }
        if (expected == null) {
            return false;
        }
        if (expected[matched] == b) {
            synchronized (state) {
                echoMatched = matched + 1;
                if (echoMatched == expected.length) {
                    echoExpected = null;
                }
            }
            return true;
        }
        synchronized (state) {
            echoExpected = null;
        }
        if (matched > 0) {
            byte[] replay = new byte[matched + 1];
            System.arraycopy(expected, 0, replay, 0, matched);
            replay[matched] = b;
            pushBack(replay);
            return true;
        }
        return false;
    }

    private void onLine(String line) throws IOException {
        Pending p;
        synchronized (state) {
            p = pending;
        }
        if (p != null) {
            if (!p.echoSeen && line.equalsIgnoreCase(p.cmd.text())) {
                p.echoSeen = true;
                return;
            }
            if (isFinal(p.cmd, line)) {
                transcript.received(line);
                if (p.probe && !p.ownLineSeen) {
                    transcript.note("stale answer discarded: " + line);
                    return;
                }
                complete(p, line);
                return;
            }
            if (p.cmd.ownsLine(line)) {
                transcript.received(line);
                int n = p.cmd.binaryBlockAfter(line);
                byte[] block = n >= 0 ? readBlock(n, line) : null;
                synchronized (state) {
                    p.lines.add(line);
                    p.ownLineSeen = true;
                    if (block != null) {
                        p.data = block;
                        transcript.received("[" + block.length + " octets]");
                    }
                }
                return;
            }
        }
        if (isUrc(line)) {
            transcript.received(line);
            if (p != null && line.equals("RDY") && !p.cmd.survivesRestart()) {
                synchronized (state) {
                    p.restarted = true;
                    if (pending == p) {
                        pending = null;
                    }
                    state.notifyAll();
                }
            }
            handleUrc(line);
            return;
        }
        transcript.received(line);
        if (p != null) {
            synchronized (state) {
                p.lines.add(line);
            }
        } else {
            dispatchUrc(line);
        }
    }

    private void handleUrc(String line) throws IOException {
        if (line.startsWith("RECV FROM:")) {
            lastRecvFrom = line.substring(10).strip();
            return;
        }
        if (line.startsWith("+IPD")) {
            int n = parseLength(line.substring(4), line);
            byte[] data = readBlock(n, line);
            transcript.received("[" + n + " octets]");
            events.data(-1, lastRecvFrom, data);
            lastRecvFrom = null;
            return;
        }
        if (line.startsWith("+RECEIVE,")) {
            String[] f = line.substring(9).split(",");
            if (f.length != 2) {
                throw new IOException("malformed data header from the modem: " + line);
            }
            int link = parseLength(f[0], line);
            byte[] data = readBlock(parseLength(f[1], line), line);
            transcript.received("[" + data.length + " octets]");
            events.data(link, lastRecvFrom, data);
            lastRecvFrom = null;
            return;
        }
        dispatchUrc(line);
    }

    private void dispatchUrc(String line) {
        for (UrcWait w : waits) {
            w.offer(line);
        }
        events.urc(line);
    }

    private static int parseLength(String s, String line) throws IOException {
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 0 || n > MAX_BLOCK) {
                throw new IOException("the modem announced a block of " + n + " octets (" + line + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException("malformed data header from the modem: " + line, e);
        }
    }

    private boolean isFinal(AtCommand cmd, String line) {
        if (line.equals("OK")) {
            return !cmd.isConnect();
        }
        if (line.equals("ERROR") || line.startsWith("+CME ERROR:") || line.startsWith("+CMS ERROR:")) {
            return true;
        }
        return cmd.isConnect() && (line.startsWith("CONNECT") || FAILED_OPEN.matcher(line).matches());
    }

    private static boolean isUrc(String line) {
        if (line.startsWith("+IPD") && line.length() > 4 && Character.isDigit(line.charAt(4))) {
            return true;
        }
        if (line.startsWith("+RECEIVE,")) {
            return true;
        }
        for (String p : URC_PREFIXES) {
            if (line.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private void complete(Pending p, String finalLine) {
        synchronized (state) {
            p.finalLine = finalLine;
            if (p.cmd.isConnect() && finalLine.startsWith("CONNECT") && !finalLine.startsWith("CONNECT FAIL")) {
                // switch before the next byte is read: everything after this line is connection data
                dataSink = p.cmd.connectSink();
            }
            if (pending == p) {
                pending = null;
            }
            state.notifyAll();
        }
    }

    private byte[] readBlock(int n, String header) throws IOException {
        if (n > MAX_BLOCK) {
            throw new IOException("the modem announced a block of " + n + " octets (" + header + ")");
        }
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            int b = next();
            if (b < 0) {
                throw new IOException("stream ended inside a " + n + "-octet block after " + header);
            }
            data[i] = (byte) b;
        }
        return data;
    }

    /** After a CR, swallows the LF that normally follows it (keeps a following raw block aligned). */
    private void consumeLf() throws IOException {
        int b = next();
        if (b >= 0 && b != '\n') {
            pushBack(new byte[] {(byte) b});
        }
        if (b < 0) {
            die("end of stream: the device or its peer disappeared");
        }
    }

    private void pushBack(byte[] bytes) {
        byte[] rest = new byte[bytes.length + pushback.length - pushbackPos];
        System.arraycopy(bytes, 0, rest, 0, bytes.length);
        System.arraycopy(pushback, pushbackPos, rest, bytes.length, pushback.length - pushbackPos);
        pushback = rest;
        pushbackPos = 0;
    }

    private int next() throws IOException {
        if (pushbackPos < pushback.length) {
            return pushback[pushbackPos++] & 0xFF;
        }
        if (pos == lim) {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                return -1;
            }
            pos = 0;
            lim = n;
        }
        return buf[pos++] & 0xFF;
    }

    private void die(String why) {
        DataSink sink;
        synchronized (state) {
            if (dead) {
                return;
            }
            dead = true;
            deathCause = why;
            sink = dataSink;
            dataSink = null;
            state.notifyAll();
        }
        transcript.note("port closed: " + why);
        LOG.debug("AT channel {} closed: {}", transport.describe(), why);
        transport.close();
        if (sink != null) {
            sink.end(why);
        }
        for (UrcWait w : waits) {
            w.kill();
        }
        events.disconnected(why);
    }

    // ---- types ----------------------------------------------------------------------------------------------

    /** The command in flight and what has arrived for it so far (guarded by {@code state}). */
    private final class Pending {
        final AtCommand cmd;
        final List<String> lines = new ArrayList<>();
        byte[] data;
        String finalLine;
        boolean promptSeen;
        boolean echoSeen;
        boolean restarted;
        /** The resynchronising probe: finals before its information line belong to older commands. */
        boolean probe;
        boolean ownLineSeen;

        Pending(AtCommand cmd) {
            this.cmd = cmd;
        }

        AtResponse result() throws AtErrorException {
            if (finalLine.equals("OK") || finalLine.startsWith("CONNECT") && !finalLine.startsWith("CONNECT FAIL")) {
                return new AtResponse(cmd.shown(), lines, finalLine, data);
            }
            AtError error = finalLine.startsWith("CONNECT FAIL")
                    ? new AtError(AtError.Kind.ERROR, -1, "CONNECT FAIL") : null;
            List<String> all = new ArrayList<>(lines);
            all.add(finalLine);
            if (error == null) {
                error = AtError.of(all, finalLine);
            }
            String answer = String.join(" | ", all);
            throw new AtErrorException(cmd.shown() + " was refused by the modem: " + answer, false, cmd.shown(),
                    answer, error);
        }
    }

    /** A registered interest in one URC; see {@link #expect}. */
    public final class UrcWait implements AutoCloseable {
        private final Predicate<String> match;
        private String line;
        private boolean killed;

        private UrcWait(Predicate<String> match) {
            this.match = match;
        }

        void offer(String l) {
            synchronized (state) {
                if (line == null && match.test(l)) {
                    line = l;
                    state.notifyAll();
                }
            }
        }

        void kill() {
            synchronized (state) {
                killed = true;
                state.notifyAll();
            }
        }

        /** The matching URC, waiting up to {@code timeout} for it. */
        public String await(Duration timeout, String what) throws ModemException {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (state) {
                while (line == null) {
                    if (killed || dead) {
                        throw portGone(null);
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AtTimeoutException("the modem on " + transport.describe() + " did not report "
                                + what + " within " + timeout.toMillis() + " ms", null, null);
                    }
                    waitNanos(left);
                }
                return line;
            }
        }

        /** The matching URC if it has arrived, else null. */
        public String poll() {
            synchronized (state) {
                return line;
            }
        }

        @Override
        public void close() {
            waits.remove(this);
        }
    }
}
