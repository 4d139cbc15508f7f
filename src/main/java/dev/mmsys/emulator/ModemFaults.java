package dev.mmsys.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Fault injection for a {@link Sim7600Emulator}: scripted one-shot faults, immediate events and a seeded random
 * mode. Every scripted fault fires once, on the next occasion that matches, in the order scripted; methods return
 * {@code this} so a test reads as a script:
 *
 * <pre>{@code
 * emulator.faults()
 *         .failNextCipopen(1)                 // OK, then +CIPOPEN: <link>,1
 *         .peerClosesAfter(100)               // the next link's server goes away after 100 response octets
 *         .rebootDuringNextSend(700)          // RDY ... after 700 octets of the next CIPSEND payload
 *         .cmsErrorOnNextCmgs(500)            // +CMS ERROR: 500 after the next PDU
 *         .stallNextSend();                   // the peer stops acknowledging: +IPCLOSE: <l>,2 after the timeout
 * emulator.faults().dropNetwork();            // +CIPEVENT: NETWORK CLOSED UNEXPECTEDLY, now
 * emulator.faults().random(42, 0.05, RandomFault.values());   // 5 % of commands meet a random fault
 * }</pre>
 *
 * Commands are matched by name: {@code "AT+CIPSEND"} (or {@code "+CIPSEND"}) matches {@code AT+CIPSEND=0,10} and
 * {@code AT+CIPSEND?} but not {@code AT+CIPSENDMODE=0}. Thread-safe: call it from any thread while the modem runs.
 * The MMSC emulator has its own script ({@link MmscEmulator#script()}).
 */
public final class ModemFaults {

    /** What happens to one command line. */
    sealed interface LineFault {
        record Reboot() implements LineFault {
        }

        record Silence() implements LineFault {
        }

        /** Lines sent instead of the command's response (the last is its final result). */
        record Answer(List<String> lines) implements LineFault {
        }

        record Final(FinalResult result) implements LineFault {
        }

        /** A line (URC or noise) before the normal response. */
        record Before(String line) implements LineFault {
        }
    }

    /** What happens during the next payload (CIPSEND data or transparent-mode data). */
    sealed interface SendFault {
        record RebootAfter(int octets) implements SendFault {
        }

        record DropNetworkAfter(int octets) implements SendFault {
        }
    }

    enum NetopenFailure { URC, ERROR }

    private record Scripted(String command, LineFault fault) {
    }

    static final String[] NOISE = {
        "\u00ff\u00fe+CM", "AT+C", "\u0000\u0000", "+CPSI: NO SERVICE,Online", "#$%&!"};
    static final String[] URCS = {"+CPIN: READY", "SMS DONE", "PB DONE"};

    private final Sim7600Emulator emulator;
    private final List<Scripted> lines = new ArrayList<>();
    private final List<Integer> cipopenErrors = new ArrayList<>();
    private final List<NetopenFailure> netopenFailures = new ArrayList<>();
    private final List<Integer> peerCloses = new ArrayList<>();
    private final List<Integer> cmsErrors = new ArrayList<>();
    private final List<SendFault> sendFaults = new ArrayList<>();
    private int stalls;
    private final List<String> fired = new ArrayList<>();
    private Random random;
    private double probability;
    private Set<RandomFault> kinds = EnumSet.noneOf(RandomFault.class);
    private RandomFault pendingRandom;

    ModemFaults(Sim7600Emulator emulator) {
        this.emulator = emulator;
    }

    // ---- scripted, per command line -------------------------------------------------------------------

    /** The next {@code command} answers plain {@code ERROR} instead of running. */
    public synchronized ModemFaults errorOnNext(String command) {
        lines.add(new Scripted(normalize(command), new LineFault.Final(FinalResult.ERROR)));
        return this;
    }

    /** The next {@code command} answers {@code +CME ERROR: <code>} (per AT+CMEE) instead of running. */
    public synchronized ModemFaults cmeErrorOnNext(String command, int code) {
        lines.add(new Scripted(normalize(command), new LineFault.Final(new FinalResult.Cme(code))));
        return this;
    }

    /** The next {@code command} is answered with exactly these lines (each framed CR LF ... CR LF) instead. */
    public synchronized ModemFaults answerNext(String command, String... responseLines) {
        lines.add(new Scripted(normalize(command), new LineFault.Answer(List.of(responseLines))));
        return this;
    }

    /** The next {@code command} gets no answer at all (it is echoed, then nothing; later commands work). */
    public synchronized ModemFaults silenceOnNext(String command) {
        lines.add(new Scripted(normalize(command), new LineFault.Silence()));
        return this;
    }

    /** The modem reboots when the next {@code command} arrives: silence, then RDY and the other boot URCs. */
    public synchronized ModemFaults rebootOnNext(String command) {
        lines.add(new Scripted(normalize(command), new LineFault.Reboot()));
        return this;
    }

    /** {@code line} (a URC or noise) arrives between the echo of the next {@code command} and its response. */
    public synchronized ModemFaults lineBeforeNextResponse(String command, String line) {
        lines.add(new Scripted(normalize(command), new LineFault.Before(line)));
        return this;
    }

    // ---- scripted, per operation ----------------------------------------------------------------------

    /** The next AT+CIPOPEN answers OK, then {@code +CIPOPEN: <link>,<err>} (in transparent mode: CONNECT FAIL). */
    public synchronized ModemFaults failNextCipopen(int err) {
        cipopenErrors.add(err);
        return this;
    }

    /** The next AT+NETOPEN answers OK, then {@code +NETOPEN: 1} (PDP activation failed). */
    public synchronized ModemFaults failNextNetopen() {
        netopenFailures.add(NetopenFailure.URC);
        return this;
    }

    /** The next AT+NETOPEN answers a plain {@code ERROR} (seen on LE20B05 firmware, reference §5.2). */
    public synchronized ModemFaults rejectNextNetopen() {
        netopenFailures.add(NetopenFailure.ERROR);
        return this;
    }

    /** The server of the next link that connects closes after sending {@code octets} octets of its response. */
    public synchronized ModemFaults peerClosesAfter(int octets) {
        peerCloses.add(octets);
        return this;
    }

    /** The next AT+CMGS answers {@code +CMS ERROR: <code>} after its PDU, and nothing is sent. */
    public synchronized ModemFaults cmsErrorOnNextCmgs(int code) {
        cmsErrors.add(code);
        return this;
    }

    /** The modem reboots after {@code octets} octets of the next payload (CIPSEND data or transparent data). */
    public synchronized ModemFaults rebootDuringNextSend(int octets) {
        sendFaults.add(new SendFault.RebootAfter(octets));
        return this;
    }

    /**
     * The bearer is lost after {@code octets} octets of the next payload: that CIPSEND ends with
     * {@code +CIPSEND: <l>,<n>,-1} and {@code +CIPEVENT: NETWORK CLOSED UNEXPECTEDLY} follows.
     */
    public synchronized ModemFaults dropNetworkDuringNextSend(int octets) {
        sendFaults.add(new SendFault.DropNetworkAfter(octets));
        return this;
    }

    /**
     * The peer stops acknowledging from the next CIPSEND payload on (command mode): the payloads are taken and
     * reported as usual ({@code +CIPSEND: <l>,<n>,<n>} with AT+CIPSENDMODE=0; with mode 1 no report, it would need
     * the peer's ACK) but never reach the server, and after the modem's send timeout (AT+CIPTIMEOUT's third value,
     * default 120 s, x time-scale) the link closes with {@code +IPCLOSE: <l>,2} (closed for sending timeout), a
     * still unreported payload first getting {@code +CIPSEND: <l>,<n>,-1} (reference §9.4, "sending stalls").
     */
    public synchronized ModemFaults stallNextSend() {
        stalls++;
        return this;
    }

    // ---- immediate ------------------------------------------------------------------------------------

    /** Reboots the modem now. */
    public void reboot() {
        note("reboot (immediate)");
        emulator.core().post(() -> emulator.core().reboot());
    }

    /** The SIM is pulled out now: {@code +SIMCARD: NOT AVAILABLE}; it stays out (also across reboots). */
    public void removeSim() {
        note("SIM removed (immediate)");
        emulator.core().post(() -> emulator.core().pullSim());
    }

    /** The bearer is lost now: every link closes and {@code +CIPEVENT: NETWORK CLOSED UNEXPECTEDLY} is reported. */
    public void dropNetwork() {
        note("network drop (immediate)");
        emulator.core().post(() -> emulator.core().sockets().dropNetwork());
    }

    /** The server of {@code link} closes its connection now ({@code +IPCLOSE: <link>,1}). */
    public void closeByPeer(int link) {
        note("peer closes link " + link + " (immediate)");
        emulator.core().post(() -> emulator.core().sockets().closeByPeer(link));
    }

    /** Sends {@code line} framed as a URC now (noise, or any URC a test wants the host to see). */
    public void unsolicited(String line) {
        note("line '" + line + "' (immediate)");
        emulator.core().post(() -> emulator.core().urc(line));
    }

    /** Sends raw octets now, unframed (line noise). */
    public void noise(byte[] octets) {
        byte[] copy = octets.clone();
        note("noise " + copy.length + " octets (immediate)");
        emulator.core().post(() -> emulator.core().emitRaw(copy));
    }

    // ---- random ---------------------------------------------------------------------------------------

    /**
     * From now on each command line meets, with {@code probability}, one of {@code faults} that applies to it
     * (picked with a {@link Random} seeded by {@code seed}, so the same dialogue meets the same faults).
     */
    public synchronized ModemFaults random(long seed, double probability, RandomFault... faults) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within 0..1, was " + probability);
        }
        this.random = new Random(seed);
        this.probability = probability;
        this.kinds = faults.length == 0 ? EnumSet.noneOf(RandomFault.class) : EnumSet.copyOf(Arrays.asList(faults));
        return this;
    }

    /** Forgets every scripted fault and stops the random mode. */
    public synchronized void clear() {
        lines.clear();
        cipopenErrors.clear();
        netopenFailures.clear();
        peerCloses.clear();
        cmsErrors.clear();
        sendFaults.clear();
        stalls = 0;
        random = null;
        pendingRandom = null;
    }

    /** What fired so far, in order (for test failure messages). */
    public synchronized List<String> fired() {
        return Collections.unmodifiableList(new ArrayList<>(fired));
    }

    // ---- hooks the modem calls (on its own thread) -----------------------------------------------------

    synchronized LineFault onCommandLine(String line) {
        pendingRandom = null;
        String upper = line.strip().toUpperCase(Locale.ROOT);
        for (Iterator<Scripted> it = lines.iterator(); it.hasNext(); ) {
            Scripted s = it.next();
            if (matches(upper, s.command())) {
                it.remove();
                fired.add(s.fault() + " on " + line);
                return s.fault();
            }
        }
        if (random == null || kinds.isEmpty() || random.nextDouble() >= probability) {
            return null;
        }
        List<RandomFault> applicable = new ArrayList<>();
        for (RandomFault k : kinds) {
            if (applies(k, upper)) {
                applicable.add(k);
            }
        }
        if (applicable.isEmpty()) {
            return null;
        }
        RandomFault pick = applicable.get(random.nextInt(applicable.size()));
        fired.add("random " + pick + " on " + line);
        return switch (pick) {
            case ERROR -> new LineFault.Final(FinalResult.ERROR);
            case CME_ERROR -> new LineFault.Final(new FinalResult.Cme(100));
            case SILENCE -> new LineFault.Silence();
            case REBOOT -> new LineFault.Reboot();
            case NOISE -> new LineFault.Before(NOISE[random.nextInt(NOISE.length)]);
            case URC_BEFORE_RESPONSE -> new LineFault.Before(URCS[random.nextInt(URCS.length)]);
            case CIPOPEN_FAIL, NETOPEN_FAIL, PEER_CLOSE_MID_RESPONSE, CMS_ERROR -> {
                pendingRandom = pick;
                yield null;
            }
        };
    }

    synchronized Integer takeCipopenError() {
        if (pendingRandom == RandomFault.CIPOPEN_FAIL) {
            pendingRandom = null;
            return 1;
        }
        return take(cipopenErrors, "CIPOPEN error");
    }

    synchronized NetopenFailure takeNetopenFailure() {
        if (pendingRandom == RandomFault.NETOPEN_FAIL) {
            pendingRandom = null;
            return NetopenFailure.URC;
        }
        return take(netopenFailures, "NETOPEN failure");
    }

    synchronized Integer takePeerClose() {
        if (pendingRandom == RandomFault.PEER_CLOSE_MID_RESPONSE) {
            pendingRandom = null;
            return 1 + random.nextInt(400);
        }
        return take(peerCloses, "peer close after octets");
    }

    synchronized Integer takeCmsError() {
        if (pendingRandom == RandomFault.CMS_ERROR) {
            pendingRandom = null;
            return 500;
        }
        return take(cmsErrors, "CMS error");
    }

    synchronized SendFault takeSendFault() {
        return take(sendFaults, "send fault");
    }

    synchronized boolean takeStall() {
        if (stalls == 0) {
            return false;
        }
        stalls--;
        fired.add("send stall");
        return true;
    }

    private <T> T take(List<T> list, String what) {
        if (list.isEmpty()) {
            return null;
        }
        T t = list.remove(0);
        fired.add(what + " " + t);
        return t;
    }

    private synchronized void note(String what) {
        fired.add(what);
    }

    private static boolean applies(RandomFault k, String line) {
        return switch (k) {
            case CIPOPEN_FAIL, PEER_CLOSE_MID_RESPONSE -> matches(line, "AT+CIPOPEN") && line.contains("=");
            case NETOPEN_FAIL -> line.equals("AT+NETOPEN");
            case CMS_ERROR -> matches(line, "AT+CMGS") && line.contains("=");
            default -> true;
        };
    }

    static boolean matches(String upperLine, String command) {
        if (command.equals("AT")) {
            return upperLine.equals("AT");
        }
        if (!upperLine.startsWith(command)) {
            return false;
        }
        if (upperLine.length() == command.length()) {
            return true;
        }
        char next = upperLine.charAt(command.length());
        return next == '=' || next == '?' || next == ';' || (!command.startsWith("AT+") && !Character.isLetter(next));
    }

    static String normalize(String command) {
        String c = command.strip().toUpperCase(Locale.ROOT);
        return c.startsWith("AT") ? c : "AT" + c;
    }
}
