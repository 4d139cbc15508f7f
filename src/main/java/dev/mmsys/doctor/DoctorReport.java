package dev.mmsys.doctor;

import dev.mmsys.carrier.MmsSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the doctor found: every step's verdict, the other ways to the MMSC it tried, and the diagnosis.
 *
 * @param port         the modem port
 * @param checks       the steps in order (later ones skipped after a failure)
 * @param alternatives the ways to the MMSC tried after the configured one failed (the configured one first)
 * @param diagnosis    what is wrong and what to change; empty when everything passed
 * @param settings     the carrier settings in effect, once they could be worked out
 */
public record DoctorReport(String port, List<Check> checks, List<PathProbe> alternatives, List<Finding> diagnosis,
                           Optional<MmsSettings> settings) {

    public DoctorReport {
        checks = List.copyOf(checks);
        alternatives = List.copyOf(alternatives);
        diagnosis = List.copyOf(diagnosis);
    }

    /** Every step passed (skipped ones do not count against it: a skipped step follows a failed one). */
    public boolean ok() {
        return checks.stream().allMatch(Check::passed);
    }

    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Plain maps and lists for {@code --json}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok());
        m.put("port", port);
        m.put("steps", checks.stream().map(c -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", c.name());
            s.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
            s.put("summary", c.summary());
            s.put("details", c.details());
            s.put("elapsedMs", c.elapsed().toMillis());
            s.put("transcript", c.transcript());
            return s;
        }).toList());
        m.put("alternatives", alternatives.stream().map(p -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("pdpType", p.pdpType().name());
            a.put("host", p.target().host());
            a.put("port", p.target().port());
            a.put("viaProxy", p.target().viaProxy());
            a.put("configured", p.configured());
            a.put("reached", p.reached().name().toLowerCase(java.util.Locale.ROOT));
            a.put("ok", p.ok());
            a.put("evidence", p.evidence());
            return a;
        }).toList());
        m.put("diagnosis", diagnosis.stream().map(f -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("problem", f.problem());
            d.put("fix", f.fix());
            d.put("settings", new java.util.TreeMap<>(f.settings()));
            return d;
        }).toList());
        m.put("settings", settings.map(MmsSettings::toMap).orElse(null));
        return m;
    }
}
