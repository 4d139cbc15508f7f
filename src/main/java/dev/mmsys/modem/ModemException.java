package dev.mmsys.modem;

import java.util.ArrayList;
import java.util.List;

/**
 * Anything that went wrong talking to the modem or through it. {@link #isTransient()} tells a caller whether
 * trying again later may succeed (no coverage, port unplugged, timeout) or not (no SIM, the modem refused the
 * PDU, a bad APN). The message says what happened and what to do; {@link #command()} and {@link #answer()}
 * carry the AT evidence when there is some.
 */
public class ModemException extends Exception {

    private final boolean transientFailure;
    private final String command;
    private final String answer;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> transcript = new ArrayList<>();

    public ModemException(String message, boolean transientFailure) {
        this(message, transientFailure, null, null, null);
    }

    public ModemException(String message, boolean transientFailure, String command, String answer,
                          Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.command = command;
        this.answer = answer;
    }

    /** True when the same request may succeed if tried again later. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** The AT command that failed, or null. */
    public String command() {
        return command;
    }

    /** What the modem answered (its lines joined by " | "), or null. */
    public String answer() {
        return answer;
    }

    /** The steps of a multi-step operation (e.g. an MMS submission) up to and including the failed one. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The AT traffic of the failed operation (redacted like the session's transcript), when it was recorded. */
    public List<String> transcript() {
        return List.copyOf(transcript);
    }

    ModemException withSteps(List<Step> done, List<String> traffic) {
        steps.clear();
        steps.addAll(done);
        transcript.clear();
        transcript.addAll(traffic);
        return this;
    }
}
