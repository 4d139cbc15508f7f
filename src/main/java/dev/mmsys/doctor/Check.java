package dev.mmsys.doctor;

import java.time.Duration;
import java.util.List;

/**
 * One step of the doctor's walk and its verdict.
 *
 * @param name       the step: modem, sim, registration, carrier, pdp, addresses, dns, tcp, http, send-test
 * @param status     passed, failed, or skipped (an earlier step failed)
 * @param summary    one line: what was found
 * @param details    further evidence (the carrier's settings and where each came from, notes)
 * @param elapsed    how long the step took
 * @param transcript the AT traffic of the step (redacted), for {@code --verbose}
 */
public record Check(String name, Status status, String summary, List<String> details, Duration elapsed,
                    List<String> transcript) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public Check {
        details = List.copyOf(details);
        transcript = List.copyOf(transcript);
    }

    static Check skipped(String name, String why) {
        return new Check(name, Status.SKIPPED, why, List.of(), Duration.ZERO, List.of());
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
