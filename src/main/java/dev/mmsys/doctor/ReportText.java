package dev.mmsys.doctor;

import java.io.PrintWriter;
import java.util.regex.Pattern;

/**
 * The doctor's report for people, printed as the steps finish (a real modem can take a minute when nothing
 * answers): one line per step with ✔ or ✘ and its evidence, the other ways tried, then the diagnosis.
 */
public final class ReportText implements DoctorListener {

    /** Transcript lines start with an instant; the time of day (UTC) is enough here. */
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT(\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,3})?)\\d*Z ");

    private final PrintWriter out;
    private final boolean verbose;

    /**
     * @param verbose also print each step's AT transcript
     */
    public ReportText(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    public void header(String port) {
        out.println("MMSYS doctor: the MMS path through the modem on " + port);
        out.println();
        out.flush();
    }

    @Override
    public void checked(Check c) {
        line(mark(c.status()), c.name(), c.summary());
        c.details().forEach(d -> out.println("                  " + d));
        if (verbose) {
            c.transcript().forEach(t -> out.println("                  | " + TIMESTAMP.matcher(t).replaceFirst("$1 ")));
        }
        out.flush();
    }

    @Override
    public void probingAlternatives() {
        out.println("    The configured way to the MMSC does not work; trying the other PDP types and ports:");
        out.flush();
    }

    @Override
    public void probed(PathProbe p) {
        out.println("      " + (p.ok() ? "✔" : "✘") + " " + pad(p.pdpType().name(), 7) + pad(p.target().toString(), 30)
                + " " + p.evidence());
        out.flush();
    }

    /** The steps not run, and the diagnosis. */
    public void finish(DoctorReport report) {
        report.checks().stream().filter(c -> c.status() == Check.Status.SKIPPED)
                .forEach(c -> line(mark(c.status()), c.name(), c.summary()));
        out.println();
        if (report.ok()) {
            out.println("Diagnosis: the MMS path works"
                    + report.settings().map(s -> ": APN " + s.apn().value() + " (" + s.pdpType().value() + ") reaches "
                    + s.connectHost() + ":" + s.connectPort()).orElse("") + ".");
            if (report.check("send-test").isEmpty()) {
                out.println("  To send a real MMS as well: mmsys doctor --send-test +1NUMBER");
            }
        } else {
            out.println("Diagnosis:");
            for (Finding f : report.diagnosis()) {
                out.println("  ✘ " + f.problem());
                if (!f.fix().isEmpty()) {
                    out.println("    → " + f.fix());
                }
            }
            if (!verbose) {
                out.println("  (--verbose shows the AT dialogue of each step)");
            }
        }
        out.flush();
    }

    private void line(String mark, String name, String summary) {
        out.println("  " + mark + " " + pad(name, 13) + " " + summary);
    }

    private static String mark(Check.Status s) {
        return switch (s) {
            case PASSED -> "✔";
            case FAILED -> "✘";
            case SKIPPED -> "–";
        };
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
