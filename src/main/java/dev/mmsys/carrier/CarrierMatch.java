package dev.mmsys.carrier;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of matching a SIM against the carrier profiles, with the reasons in words (the doctor prints
 * {@link #explanation()}).
 *
 * @param sim         the SIM that was matched
 * @param outcome     matched, no profile matched, or several matched equally well
 * @param hits        every profile that matched (its best rule), most specific first
 * @param explanation why, line by line
 */
public record CarrierMatch(SimIdentity sim, Outcome outcome, List<RuleHit> hits, List<String> explanation) {

    public enum Outcome {
        /** One profile matched best. */
        MATCHED,
        /** No profile's rules match the SIM. */
        NO_MATCH,
        /** Two or more profiles matched with equally specific rules; the user must choose. */
        AMBIGUOUS
    }

    public CarrierMatch {
        hits = List.copyOf(hits);
        explanation = List.copyOf(explanation);
    }

    /** The profile chosen, when {@link Outcome#MATCHED}. */
    public Optional<CarrierProfile> profile() {
        return outcome == Outcome.MATCHED ? Optional.of(hits.get(0).profile()) : Optional.empty();
    }

    /** The rule that decided, when {@link Outcome#MATCHED}. */
    public Optional<RuleHit> best() {
        return outcome == Outcome.MATCHED ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** {@link #explanation()} as one text. */
    public String explain() {
        return String.join(System.lineSeparator(), explanation);
    }
}
