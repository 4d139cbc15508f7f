package dev.mmsys.carrier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the carrier profile of a SIM. MVNOs share their host's network code, so a rule with GID1, SPN,
 * IMSI or ICCID prefix (the MVNO's) wins over a rule on the network alone (the host's); among those, the
 * one with more attributes, then the longer prefixes. Equally specific matches in two profiles are
 * reported as ambiguous rather than decided by file order.
 */
public final class CarrierMatcher {

    private final CarrierCatalog catalog;

    public CarrierMatcher(CarrierCatalog catalog) {
        this.catalog = catalog;
    }

    public CarrierMatch match(SimIdentity sim) {
        List<RuleHit> hits = new ArrayList<>();
        for (CarrierProfile p : catalog.profiles()) {
            bestHit(p, sim).ifPresent(hits::add);
        }
        hits.sort(RuleHit.MOST_SPECIFIC_FIRST);
        List<String> why = new ArrayList<>();
        why.add("SIM: " + sim.describe() + ".");
        if (hits.isEmpty()) {
            why.add("No profile in " + catalog.source() + " matches network " + sim.plmn() + nearMisses(sim) + ".");
            return new CarrierMatch(sim, CarrierMatch.Outcome.NO_MATCH, hits, why);
        }
        RuleHit best = hits.get(0);
        List<RuleHit> tied = hits.stream().filter(h -> h.ranksWith(best)).toList();
        if (tied.size() > 1) {
            why.add("Several profiles match equally well:");
            tied.forEach(h -> why.add("  " + h.describe()));
            why.add("Set mmsys.carrier to the right one of: "
                    + String.join(", ", tied.stream().map(h -> h.profile().id()).toList()) + ".");
            return new CarrierMatch(sim, CarrierMatch.Outcome.AMBIGUOUS, hits, why);
        }
        why.add("Carrier profile " + best.describe() + ".");
        for (RuleHit other : hits.subList(1, hits.size())) {
            why.add("Also matched, less specific: " + other.describe()
                    + (other.rule().isHostOnly() && !best.rule().isHostOnly()
                    ? " (the host network; an MVNO's own rule wins)" : "") + ".");
        }
        return new CarrierMatch(sim, CarrierMatch.Outcome.MATCHED, hits, why);
    }

    private static Optional<RuleHit> bestHit(CarrierProfile p, SimIdentity sim) {
        RuleHit best = null;
        for (int i = 0; i < p.match().size(); i++) {
            MatchRule rule = p.match().get(i);
            Optional<List<String>> on = rule.test(sim);
            if (on.isPresent()) {
                RuleHit hit = new RuleHit(p, i + 1, rule, on.get());
                if (best == null || RuleHit.MOST_SPECIFIC_FIRST.compare(hit, best) < 0) {
                    best = hit;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Profiles on the SIM's network whose extra attributes did not match: the likely near misses. */
    private String nearMisses(SimIdentity sim) {
        List<String> near = new ArrayList<>();
        for (CarrierProfile p : catalog.profiles()) {
            for (MatchRule r : p.match()) {
                if (r.plmns().stream().anyMatch(sim::isOnNetwork)) {
                    near.add(p.id() + " (needs " + r.toString().replaceFirst("^plmn [^,]*, ", "") + ")");
                    break;
                }
            }
        }
        return near.isEmpty() ? "" : "; profiles on this network want other SIM data: " + String.join("; ", near);
    }
}
