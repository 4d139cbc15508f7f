package dev.mmsys.modem;

import java.time.Duration;

/**
 * One step of a multi-step modem operation and its outcome, with the evidence (what the modem said) that
 * supports it: what the doctor prints and what a failed submission carries.
 *
 * @param name     short name: "modem", "sim", "registration", "pdp", "dns", "tcp", "http"
 * @param ok       whether the step succeeded
 * @param evidence what was observed (addresses, the answer, the HTTP status line)
 * @param elapsed  how long the step took
 */
public record Step(String name, boolean ok, String evidence, Duration elapsed) {

    @Override
    public String toString() {
        return (ok ? "ok   " : "FAIL ") + name + ": " + evidence + " (" + elapsed.toMillis() + " ms)";
    }
}
