package dev.mmsys.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulated SIM7600's firmware: one thread that takes the host's octets, runs command lines, shows prompts,
 * collects data phases, relays transparent-mode data and emits responses and URCs. Everything that changes modem
 * state runs on that thread ({@link #post}, {@link #schedule}), so output is never interleaved inside a line or
 * a data block. Command handlers live in the {@code *Commands} classes.
 */
final class ModemCore {

    private static final Logger LOG = LoggerFactory.getLogger(ModemCore.class);
    private static final byte CTRL_Z = 0x1A;
    private static final byte ESC = 0x1B;
    private static final byte BACKSPACE = 0x08;

    enum Mode {
        /** Powered off or rebooting: input is lost. */
        OFF,
        /** Reading command lines. */
        COMMAND,
        /** A command line is running; input waits. */
        BUSY,
        /** After a {@code >} prompt: the octets belong to the data phase. */
        DATA,
        /** Transparent (CIPMODE=1) data mode: octets go to the link, {@code +++} escapes. */
        TRANSPARENT
    }

    private final Sim7600Emulator emulator;
    private final EmulatorSettings settings;
    private final Timings timings;
    private final EmulatorProfile profile;
    private final ScheduledThreadPoolExecutor exec;
    private final ExecutorService io;
    private final Map<String, CommandHandler> handlers = new HashMap<>();
    private final ByteQueue inbox = new ByteQueue();
    private final List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ModemState state;
    private SocketStack sockets;
    private Mode mode = Mode.OFF;
    private long generation;
    private boolean powered;
    private boolean simPulled;
    private HostLine host;
    private volatile HostLine hostForFlowControl;

    // command line being typed
    private final StringBuilder line = new StringBuilder();
    private boolean lineTooLong;
    private String running = "";

    // data phase after a prompt
    private DataPhase data;
    private final ByteArrayOutputStream dataBuf = new ByteArrayOutputStream();
    private int dataCount;
    private boolean dataSkipLf;
    private boolean dataEscapeNext;
    private boolean dataOverflow;
    private ModemFaults.SendFault sendFault;
    private int sendFaultCount;
    private boolean dropNetworkAtDataEnd;

    // transparent mode
    private EscapeDetector escape;
    private SocketStack.Link transparentLink;
    private final List<byte[]> heldUrcs = new ArrayList<>();

    ModemCore(Sim7600Emulator emulator, EmulatorSettings settings) {
        this.emulator = emulator;
        this.settings = settings;
        this.timings = settings.timings();
        this.profile = settings.profile();
        this.exec = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "sim7600-emulator"));
        exec.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);     // pending URCs die with the modem
        exec.setRemoveOnCancelPolicy(true);
        this.io = Executors.newCachedThreadPool(r -> daemon(r, "sim7600-emulator-net"));
        this.state = new ModemState(profile);
        this.sockets = new SocketStack(this);
        new GeneralCommands(this).register(handlers);
        new SimCommands(this).register(handlers);
        new NetworkCommands(this).register(handlers);
        new PdpCommands(this).register(handlers);
        new SocketCommands(this).register(handlers);
        new SmsCommands(this).register(handlers);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    // ---- accessors for the command handlers ----------------------------------------------------------------

    ModemState state() {
        return state;
    }

    SocketStack sockets() {
        return sockets;
    }

    EmulatorProfile profile() {
        return profile;
    }

    EmulatorSettings settings() {
        return settings;
    }

    Timings timings() {
        return timings;
    }

    ModemFaults faults() {
        return emulator.faults();
    }

    EmulatedNetwork network() {
        return emulator.network();
    }

    SmscSink smsc() {
        return emulator.smsc();
    }

    ExecutorService io() {
        return io;
    }

    Mode mode() {
        return mode;
    }

    /** The rate shown in {@code CONNECT <rate>}. */
    int connectRate() {
        return settings.baudRate() == 0 ? 115200 : settings.baudRate();
    }

    // ---- threading ----------------------------------------------------------------------------------------

    /** Runs {@code r} on the modem thread. */
    void post(Runnable r) {
        try {
            exec.execute(() -> guarded(r));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("emulator stopped; event dropped");
        }
    }

    /** Runs {@code r} on the modem thread after {@code delay}, unless the modem rebooted in between. */
    void schedule(Duration delay, Runnable r) {
        long g = generation;
        Runnable checked = () -> {
            if (g == generation) {
                r.run();
            }
        };
        try {
            if (delay.isZero() || delay.isNegative()) {
                exec.execute(() -> guarded(checked));
            } else {
                exec.schedule(() -> guarded(checked), delay.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("emulator stopped; timer dropped");
        }
    }

    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.error("emulated modem failed while handling an event; it carries on", e);
        }
    }

    /** A token that stays valid until the next reboot (for results that arrive from other threads). */
    long generation() {
        return generation;
    }

    void shutdown() {
        post(() -> {
            sockets.shutdown();
            if (host != null) {
                host.close();
                host = null;
                hostForFlowControl = null;
            }
        });
        exec.shutdown();
        try {
            if (!exec.awaitTermination(5, TimeUnit.SECONDS)) {
                exec.shutdownNow();
            }
        } catch (InterruptedException e) {
            exec.shutdownNow();
            Thread.currentThread().interrupt();
        }
        io.shutdownNow();
    }

    // ---- the host side ------------------------------------------------------------------------------------

    /** Attaches the host's line (on the modem thread); powers the modem on if that waits for the first host. */
    void attach(HostLine line) {
        post(() -> {
            host = line;
            hostForFlowControl = line;
            if (!powered && settings.bootOnFirstHost()) {
                powerOn(Duration.ZERO);
            }
        });
    }

    void detach(HostLine line) {
        post(() -> {
            if (host == line) {
                host = null;
                hostForFlowControl = null;
            }
        });
    }

    /** Octets from the host. */
    void fromHost(byte[] bytes) {
        post(() -> {
            inbox.add(bytes);
            pump();
        });
    }

    /** Blocks the calling (network) thread while the host's line has a long backlog. */
    void awaitHostRoom(long limit) throws InterruptedException {
        HostLine h = hostForFlowControl;
        if (h != null) {
            h.awaitBacklogBelow(limit);
        }
    }

    /** Queues octets for the host; lost when no host is attached (as on a UART nobody listens to). */
    void emitRaw(byte[] bytes) {
        if (host != null && bytes.length > 0) {
            host.send(bytes);
        }
    }

    void emit(String s) {
        emitRaw(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A URC, framed {@code \r\n...\r\n}; held back while transparent data mode owns the line. */
    void urc(String text) {
        byte[] b = ("\r\n" + text + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        if (mode == Mode.TRANSPARENT) {
            heldUrcs.add(b);
        } else {
            emitRaw(b);
        }
    }

    /** Commands the host sent before the final result of the previous one (reference §1.6). */
    List<String> violations() {
        return List.copyOf(violations);
    }

    // ---- power ---------------------------------------------------------------------------------------------

    void start() {
        post(() -> {
            if (!powered && !settings.bootOnFirstHost()) {
                powerOn(Duration.ZERO);
            }
        });
    }

    private void powerOn(Duration silence) {
        powered = true;
        generation++;
        mode = Mode.OFF;
        inbox.clear();
        line.setLength(0);
        data = null;
        transparentLink = null;
        escape = null;
        heldUrcs.clear();
        state = new ModemState(profile);
        state.simRemoved = simPulled;
        sockets = new SocketStack(this);
        Timings.Boot boot = timings.bootUrcs();
        boolean sim = state.simPresent(profile);
        schedule(silence.plus(boot.rdy()), () -> {
            mode = Mode.COMMAND;
            urc("RDY");
            pump();
        });
        if (sim) {
            schedule(silence.plus(boot.cpinReady()), () -> {
                state.simReady = true;
                urc("+CPIN: READY");
            });
            schedule(silence.plus(boot.smsDone()), () -> {
                state.smsReady = true;
                urc("SMS DONE");
            });
            schedule(silence.plus(boot.pbDone()), () -> urc("PB DONE"));
        }
    }

    /** The SIM is pulled out: +SIMCARD: NOT AVAILABLE, registration and data go. */
    void pullSim() {
        simPulled = true;
        state.simRemoved = true;
        state.simReady = false;
        state.smsReady = false;
        urc("+SIMCARD: NOT AVAILABLE");
        if (sockets.net != SocketStack.Net.CLOSED) {
            sockets.dropNetwork();
        }
    }

    /** A reset: links drop, state is lost, the modem is silent, then boots again. */
    void reboot() {
        LOG.debug("emulated modem reboots");
        sockets.shutdown();
        powerOn(timings.rebootSilence());
    }

    // ---- input --------------------------------------------------------------------------------------------

    private void pump() {
        while (!inbox.isEmpty()) {
            switch (mode) {
                case OFF -> {
                    inbox.clear();
                    return;
                }
                case BUSY -> {
                    return;
                }
                case COMMAND -> {
                    if (!readCommandLine()) {
                        return;
                    }
                }
                case DATA -> {
                    if (!readData()) {
                        return;
                    }
                }
                case TRANSPARENT -> readTransparent();
                default -> throw new IllegalStateException(mode.toString());
            }
        }
    }

    /** Consumes command-line octets; true when a complete line was taken (and started). */
    private boolean readCommandLine() {
        ByteArrayOutputStream echo = new ByteArrayOutputStream();
        while (!inbox.isEmpty()) {
            int b = inbox.poll();
            if (b == CTRL_Z || b == ESC) {
                continue;           // a stray end-of-data octet in command state is discarded (reference §5.5)
            }
            if (b == '\n' && line.length() == 0) {
                continue;           // the LF of a CR LF line end
            }
            if (state.echo) {
                echo.write(b);
            }
            if (b == '\r') {
                emitRaw(echo.toByteArray());
                String text = line.toString();
                boolean tooLong = lineTooLong;
                line.setLength(0);
                lineTooLong = false;
                startLine(text, tooLong);
                return true;
            }
            if (b == BACKSPACE) {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                }
            } else if (line.length() < 2 + AtCommandLineParser.MAX_LINE + 1) {
                line.append((char) b);
            } else {
                lineTooLong = true;
            }
        }
        emitRaw(echo.toByteArray());
        return false;
    }

    private void startLine(String text, boolean tooLong) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        mode = Mode.BUSY;
        running = trimmed;
        if (LOG.isDebugEnabled()) {
            int eq = trimmed.indexOf('=');
            LOG.debug("AT< {}", eq < 0 ? trimmed : trimmed.substring(0, eq + 1) + "...");   // arguments may be numbers
        }
        ModemFaults.LineFault fault = faults().onCommandLine(trimmed);
        if (fault instanceof ModemFaults.LineFault.Reboot) {
            reboot();
            return;
        }
        if (fault instanceof ModemFaults.LineFault.Silence) {
            mode = Mode.COMMAND;
            return;
        }
        schedule(timings.commandLatency(), () -> execute(trimmed, tooLong, fault));
    }

    private void execute(String text, boolean tooLong, ModemFaults.LineFault fault) {
        if (fault instanceof ModemFaults.LineFault.Before b) {
            urc(b.line());
        } else if (fault instanceof ModemFaults.LineFault.Answer a) {
            for (String l : a.lines()) {
                emit("\r\n" + l + "\r\n");
            }
            lineDone();
            return;
        } else if (fault instanceof ModemFaults.LineFault.Final f) {
            emitFinal(f.result());
            lineDone();
            return;
        }
        List<AtCommand> commands;
        try {
            if (tooLong) {
                throw new AtCommandLineParser.Malformed("too long");
            }
            commands = AtCommandLineParser.parse(text);
        } catch (AtCommandLineParser.Malformed e) {
            LOG.debug("malformed command line '{}': {}", text, e.getMessage());
            emitFinal(FinalResult.ERROR);
            lineDone();
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Runnable> after = new ArrayList<>();
        Duration delay = Duration.ZERO;
        Reply last = new Reply(state.verbose);
        for (AtCommand c : commands) {
            Reply r = new Reply(state.verbose);
            run(c, r);
            body.writeBytes(r.body());
            after.addAll(r.afterActions());
            delay = delay.plus(r.delay);
            last = r;
            if (r.endsLine()) {
                break;
            }
        }
        Reply end = last;
        byte[] bytes = body.toByteArray();
        if (delay.isZero()) {
            finish(bytes, end, after);
        } else {
            schedule(delay, () -> finish(bytes, end, after));
        }
    }

    private void run(AtCommand c, Reply r) {
        CommandHandler h = handlers.get(c.name());
        if (h == null) {
            r.error();
            return;
        }
        try {
            h.handle(c, r);
        } catch (AtCommand.BadArgument e) {
            LOG.debug("{}: {}", c, e.getMessage());
            r.error();
        }
    }

    private void finish(byte[] body, Reply end, List<Runnable> after) {
        emitRaw(body);
        if (end.prompt != null) {
            emit(end.prompt);
            enterData(end.dataPhase);
            after.forEach(Runnable::run);
            pump();
            return;
        }
        if (end.deferred) {
            after.forEach(Runnable::run);
            return;
        }
        emitFinal(end.fin);
        after.forEach(Runnable::run);
        lineDone();
    }

    /**
     * The final result of a deferred command line (e.g. {@code CONNECT 115200} after a transparent CIPOPEN);
     * {@code then} runs before further input is read (to enter data mode).
     */
    void finishDeferred(FinalResult fin, Runnable then) {
        if (mode != Mode.BUSY) {
            return;
        }
        emitFinal(fin);
        then.run();
        lineDone();
    }

    private void lineDone() {
        if (mode == Mode.BUSY) {
            if (!inbox.onlyWhitespace()) {
                violations.add("a command arrived before the final result of " + running);
            }
            mode = Mode.COMMAND;
        }
        if (mode != Mode.OFF) {
            pump();
        }
    }

    void emitFinal(FinalResult fin) {
        emit(finalText(fin));
    }

    private String finalText(FinalResult fin) {
        String error = state.verbose ? "\r\nERROR\r\n" : "4\r";
        if (fin instanceof FinalResult.Ok) {
            return state.verbose ? "\r\nOK\r\n" : "0\r";
        } else if (fin instanceof FinalResult.Error) {
            return error;
        } else if (fin instanceof FinalResult.Cme cme) {
            return state.cmee == 0 ? error : state.cmee == 1 ? "\r\n+CME ERROR: " + cme.code() + "\r\n"
                    : "\r\n+CME ERROR: " + ErrorTexts.cme(cme.code()) + "\r\n";
        } else if (fin instanceof FinalResult.Cms cms) {
            return state.cmee == 0 ? error : state.cmee == 1 ? "\r\n+CMS ERROR: " + cms.code() + "\r\n"
                    : "\r\n+CMS ERROR: " + ErrorTexts.cms(cms.code()) + "\r\n";
        } else if (fin instanceof FinalResult.Line l) {
            return "\r\n" + l.text() + "\r\n";
        }
        return "";
    }

    // ---- data phase ---------------------------------------------------------------------------------------

    private void enterData(DataPhase phase) {
        data = phase;
        dataBuf.reset();
        dataCount = 0;
        dataSkipLf = true;
        dataEscapeNext = false;
        dataOverflow = false;
        dropNetworkAtDataEnd = false;
        sendFault = phase instanceof SocketCommands.Payload ? faults().takeSendFault() : null;
        sendFaultCount = 0;
        mode = Mode.DATA;
    }

    /** Consumes data-phase octets; true when the phase ended (and the line finished or continues). */
    private boolean readData() {
        boolean echo = state.echo && settings.echoDataPhase();
        ByteArrayOutputStream echoed = new ByteArrayOutputStream();
        try {
            while (!inbox.isEmpty()) {
                if (dataSkipLf) {
                    dataSkipLf = false;
                    if (inbox.peek() == '\n') {
                        inbox.poll();
                        continue;
                    }
                }
                if (data.fixedLength() >= 0) {
                    int want = data.fixedLength() - dataCount;
                    int n = Math.min(want, inbox.size());
                    n = Math.min(n, untilSendFault());
                    byte[] chunk = inbox.take(n);
                    dataBuf.writeBytes(chunk);
                    dataCount += n;
                    sendFaultCount += n;
                    if (echo) {
                        echoed.writeBytes(chunk);
                    }
                    if (sendFaultDue()) {
                        return true;
                    }
                    if (dataCount == data.fixedLength()) {
                        endData(false);
                        return true;
                    }
                } else {
                    int b = inbox.poll();
                    if (echo) {
                        echoed.write(b);
                    }
                    if (dataEscapeNext) {
                        dataEscapeNext = false;
                        keep(b);
                    } else if (data.escapesWith03() && b == 0x03) {
                        dataEscapeNext = true;
                    } else if (b == CTRL_Z) {
                        endData(false);
                        return true;
                    } else if (b == ESC) {
                        endData(true);
                        return true;
                    } else {
                        keep(b);
                    }
                }
            }
            return false;
        } finally {
            emitRaw(echoed.toByteArray());
        }
    }

    private void keep(int b) {
        if (dataCount < data.maxLength()) {
            dataBuf.write(b);
        } else {
            dataOverflow = true;
        }
        dataCount++;
        sendFaultCount++;
    }

    private int untilSendFault() {
        if (sendFault instanceof ModemFaults.SendFault.RebootAfter r) {
            return Math.max(0, r.octets() - sendFaultCount);
        }
        return Integer.MAX_VALUE;
    }

    /** Applies a scripted fault that is due at this point of the payload; true when the data phase ended. */
    private boolean sendFaultDue() {
        if (sendFault instanceof ModemFaults.SendFault.RebootAfter r && sendFaultCount >= r.octets()) {
            sendFault = null;
            data = null;
            reboot();
            return true;
        }
        if (sendFault instanceof ModemFaults.SendFault.DropNetworkAfter d && sendFaultCount >= d.octets()) {
            sendFault = null;
            dropNetworkAtDataEnd = true;
        }
        return false;
    }

    /** True once: the network must be reported lost when this payload's result goes out. */
    boolean takeNetworkDropAtDataEnd() {
        boolean d = dropNetworkAtDataEnd;
        dropNetworkAtDataEnd = false;
        return d;
    }

    private void endData(boolean cancelled) {
        DataPhase phase = data;
        data = null;
        mode = Mode.BUSY;
        Reply r = new Reply(state.verbose);
        if (cancelled) {
            phase.cancelled(r);
        } else {
            phase.complete(dataBuf.toByteArray(), dataOverflow, r);
        }
        Duration delay = r.delay;
        byte[] body = r.body();
        if (delay.isZero()) {
            finish(body, r, r.afterActions());
        } else {
            schedule(delay, () -> finish(body, r, r.afterActions()));
        }
    }

    // ---- transparent mode ---------------------------------------------------------------------------------

    /** Enters transparent data mode on {@code link} (after CONNECT, or ATO). */
    void enterTransparent(SocketStack.Link link) {
        transparentLink = link;
        long now = System.nanoTime();
        if (escape == null) {
            escape = new EscapeDetector(timings.guardTime().toNanos(), now);
        } else {
            escape.reset(now);
        }
        sendFault = faults().takeSendFault();
        sendFaultCount = 0;
        mode = Mode.TRANSPARENT;
        byte[] pending = link.takeReceived();
        emitRaw(pending);
    }

    boolean inTransparentData() {
        return mode == Mode.TRANSPARENT;
    }

    private void readTransparent() {
        byte[] in = inbox.take(inbox.size());
        long now = System.nanoTime();
        byte[] forward = escape.accept(in, now);
        if (forward.length > 0) {
            int n = forward.length;
            if (sendFault != null) {
                int limit = sendFault instanceof ModemFaults.SendFault.RebootAfter r ? r.octets()
                        : ((ModemFaults.SendFault.DropNetworkAfter) sendFault).octets();
                n = Math.min(n, Math.max(0, limit - sendFaultCount));
            }
            if (n > 0) {
                sockets.sendTransparent(transparentLink, java.util.Arrays.copyOf(forward, n));
            }
            sendFaultCount += n;
            if (sendFault instanceof ModemFaults.SendFault.RebootAfter r && sendFaultCount >= r.octets()) {
                sendFault = null;
                reboot();
                return;
            }
            if (sendFault instanceof ModemFaults.SendFault.DropNetworkAfter d && sendFaultCount >= d.octets()) {
                sendFault = null;
                sockets.dropNetwork();
                return;
            }
        }
        if (escape.armed()) {
            schedule(Duration.ofNanos(escape.guardNanos()), () -> {
                if (mode == Mode.TRANSPARENT && escape.confirm(System.nanoTime())) {
                    leaveTransparent("OK");
                }
            });
        }
    }

    /** Back to command mode with {@code result} ({@code OK} after +++, {@code CLOSED} when the link went away). */
    void leaveTransparent(String result) {
        mode = Mode.COMMAND;
        emit("\r\n" + result + "\r\n");
        for (byte[] u : heldUrcs) {
            emitRaw(u);
        }
        heldUrcs.clear();
        pump();
    }

    /** Data that arrived on the transparent link while in data mode goes straight to the host. */
    void transparentData(byte[] bytes) {
        emitRaw(bytes);
    }

    SocketStack.Link transparentLink() {
        return transparentLink;
    }

    /** A command-line handler: reads {@code c}, changes state, fills {@code r}. Runs on the modem thread. */
    @FunctionalInterface
    interface CommandHandler {
        void handle(AtCommand c, Reply r);
    }
}
