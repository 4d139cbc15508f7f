package dev.mmsys.carrier;

import java.util.Comparator;
import java.util.List;

/**
 * A profile's rule that matched a SIM, and on what.
 *
 * @param profile    the profile
 * @param ruleNumber 1-based position of the rule in the profile's {@code match} list
 * @param rule       the rule
 * @param matchedOn  what matched, in words ("network 310-260", "GID1 756D", …)
 */
public record RuleHit(CarrierProfile profile, int ruleNumber, MatchRule rule, List<String> matchedOn) {

    /**
     * Most specific first: more MVNO attributes (an MVNO's rule beats its host network's), then longer
     * GID1/IMSI/ICCID prefixes.
     */
    static final Comparator<RuleHit> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((RuleHit h) -> h.rule().attributeCount())
            .thenComparingInt(h -> h.rule().weight())
            .reversed();

    public RuleHit {
        matchedOn = List.copyOf(matchedOn);
    }

    /** "'mint' (Mint Mobile), rule 1 [plmn 310-260/310-240, gid1 756D]: network 310-260, GID1 756D". */
    public String describe() {
        return "'" + profile.id() + "' (" + profile.name() + "), rule " + ruleNumber + " [" + rule + "]: "
                + String.join(", ", matchedOn);
    }

    boolean ranksWith(RuleHit other) {
        return MOST_SPECIFIC_FIRST.compare(this, other) == 0;
    }
}
