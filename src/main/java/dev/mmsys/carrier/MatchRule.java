package dev.mmsys.carrier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One way a SIM can belong to a profile: its network (one of {@link #plmns}) and, for an MVNO that shares
 * its host's network, what sets the MVNO's SIMs apart: GID1 (a hex prefix, as Android compares it), the
 * service provider name (exact, ignoring case), an IMSI prefix ({@code x} matches any digit) or an ICCID
 * prefix. Every attribute given must match.
 */
public record MatchRule(List<Plmn> plmns, Optional<String> gid1, Optional<String> spn,
                        Optional<String> imsiPrefix, Optional<String> iccidPrefix) {

    public MatchRule {
        plmns = List.copyOf(plmns);
        if (plmns.isEmpty()) {
            throw new IllegalArgumentException("a match rule needs at least one network (plmn)");
        }
        gid1 = gid1.map(MatchRule::gid1Prefix);
        spn = spn.map(MatchRule::spnName);
        imsiPrefix = imsiPrefix.map(MatchRule::imsiPattern);
        iccidPrefix = iccidPrefix.map(MatchRule::iccidDigits);
        if (imsiPrefix.isPresent()) {
            String p = imsiPrefix.get();
            if (plmns.stream().noneMatch(n -> digitsMatch(p.substring(0, n.digits().length()), n.digits()))) {
                throw new IllegalArgumentException("IMSI prefix '" + p + "' does not start with any of the rule's "
                        + "networks " + plmns + ", so the rule can never match");
            }
        }
    }

    /** A GID1 prefix: 1 to 32 hex digits, upper-cased. */
    static String gid1Prefix(String s) {
        String g = s.strip().toUpperCase(Locale.ROOT);
        if (!g.matches("[0-9A-F]{1,32}")) {
            throw new IllegalArgumentException("'" + s + "' is not a GID1 value; write 1 to 32 hex digits, e.g. 756D");
        }
        return g;
    }

    static String spnName(String s) {
        if (s.isBlank() || s.length() > 32) {
            throw new IllegalArgumentException("'" + s + "' is not a service provider name (1 to 32 characters)");
        }
        return s.strip();
    }

    /** An IMSI prefix: 6 to 15 digits, {@code x} for any digit. */
    static String imsiPattern(String s) {
        String p = s.strip().toLowerCase(Locale.ROOT);
        if (!p.matches("[0-9x]{6,15}")) {
            throw new IllegalArgumentException("'" + s + "' is not an IMSI prefix; write 6 to 15 digits "
                    + "(x for any digit), e.g. 31026097");
        }
        return p;
    }

    static String iccidDigits(String s) {
        String p = s.strip();
        if (!p.matches("[0-9]{2,19}")) {
            throw new IllegalArgumentException("'" + s + "' is not an ICCID prefix; write 2 to 19 digits");
        }
        return p;
    }

    /** A rule on the network alone: the host network's own profile. */
    public boolean isHostOnly() {
        return attributeCount() == 0;
    }

    /** How many MVNO attributes (GID1, SPN, IMSI prefix, ICCID prefix) the rule has. */
    public int attributeCount() {
        return (gid1.isPresent() ? 1 : 0) + (spn.isPresent() ? 1 : 0) + (imsiPrefix.isPresent() ? 1 : 0)
                + (iccidPrefix.isPresent() ? 1 : 0);
    }

    /**
     * Tests the SIM against this rule.
     *
     * @return what matched, in words, or empty when the rule does not apply to this SIM
     */
    public Optional<List<String>> test(SimIdentity sim) {
        List<String> why = new ArrayList<>();
        Optional<Plmn> network = plmns.stream().filter(p -> sim.isOnNetwork(p)).findFirst();
        if (network.isEmpty()) {
            return Optional.empty();
        }
        why.add("network " + network.get());
        if (gid1.isPresent()) {
            if (sim.gid1().isEmpty() || !gid1Matches(gid1.get(), sim.gid1().get())) {
                return Optional.empty();
            }
            why.add("GID1 " + sim.gid1().get() + (sim.gid1().get().equals(gid1.get()) ? "" : " (rule " + gid1.get() + ")"));
        }
        if (spn.isPresent()) {
            if (sim.spn().isEmpty() || !sim.spn().get().strip().equalsIgnoreCase(spn.get().strip())) {
                return Optional.empty();
            }
            why.add("service provider name \"" + sim.spn().get() + "\"");
        }
        if (imsiPrefix.isPresent()) {
            if (!digitsMatch(imsiPrefix.get(), sim.imsi())) {
                return Optional.empty();
            }
            why.add("IMSI prefix " + imsiPrefix.get());
        }
        if (iccidPrefix.isPresent()) {
            if (sim.iccid().isEmpty() || !sim.iccid().get().startsWith(iccidPrefix.get())) {
                return Optional.empty();
            }
            why.add("ICCID prefix " + iccidPrefix.get());
        }
        return Optional.of(List.copyOf(why));
    }

    /**
     * How specific the matched data is, for ranking rules with as many attributes: the number of GID1, IMSI
     * and ICCID prefix digits (a longer prefix names a narrower group of SIMs).
     */
    public int weight() {
        return gid1.map(String::length).orElse(0) + imsiPrefix.map(String::length).orElse(0)
                + iccidPrefix.map(String::length).orElse(0);
    }

    /**
     * The rule's GID1 is a prefix of the SIM's, as Android compares them. The SIM's GID1 arrives without its
     * FF padding, so it is compared as if the padding were still there: rule {@code 20FF} matches a SIM
     * whose file holds {@code 20FFFF…} (GID1 {@code 20}), not one holding {@code 2001}.
     */
    static boolean gid1Matches(String rule, String simGid1) {
        String padded = simGid1.length() >= rule.length() ? simGid1
                : simGid1 + "F".repeat(rule.length() - simGid1.length());
        return padded.startsWith(rule);
    }

    /** {@code pattern} (digits, x = any digit) is a prefix of {@code digits}. */
    static boolean digitsMatch(String pattern, String digits) {
        if (pattern.length() > digits.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'x' && p != digits.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("plmn ");
        List<String> shown = plmns.stream().limit(3).map(Plmn::toString).toList();
        b.append(String.join("/", shown));
        if (plmns.size() > shown.size()) {
            b.append("/… (").append(plmns.size()).append(" networks)");
        }
        gid1.ifPresent(g -> b.append(", gid1 ").append(g));
        spn.ifPresent(s -> b.append(", spn \"").append(s).append('"'));
        imsiPrefix.ifPresent(p -> b.append(", imsi-prefix ").append(p));
        iccidPrefix.ifPresent(p -> b.append(", iccid-prefix ").append(p));
        return b.toString();
    }
}
