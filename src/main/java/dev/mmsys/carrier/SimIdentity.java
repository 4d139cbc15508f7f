package dev.mmsys.carrier;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the SIM says about itself, as the modem layer reads it ({@code AT+CIMI}, EF_GID1 and EF_SPN through
 * {@code AT+CRSM}, {@code AT+CICCID}, {@code AT+COPS?}); {@link SimAnswers} and {@link SimFiles} turn the raw
 * answers into these values. Only the IMSI is required.
 *
 * @param imsi         the subscriber identity, 6 to 15 digits
 * @param mncLength    length of the MNC in the IMSI, from EF_AD, when read
 * @param gid1         EF_GID1 as upper-case hex without the FF padding, when the SIM has it
 * @param spn          EF_SPN's service provider name, when the SIM has one
 * @param iccid        the SIM card number, when read
 * @param operatorName the network's name from {@code AT+COPS?} (not the SIM's: it changes when roaming)
 */
public record SimIdentity(String imsi, OptionalInt mncLength, Optional<String> gid1, Optional<String> spn,
                          Optional<String> iccid, Optional<String> operatorName) {

    public SimIdentity {
        if (imsi == null || !imsi.matches("[0-9]{6,15}")) {
            throw new IllegalArgumentException("IMSI '" + imsi + "' is not 6 to 15 digits");
        }
        if (mncLength.isPresent() && mncLength.getAsInt() != 2 && mncLength.getAsInt() != 3) {
            throw new IllegalArgumentException("MNC length " + mncLength.getAsInt() + " is not 2 or 3");
        }
        gid1 = gid1.map(g -> g.toUpperCase(Locale.ROOT)).filter(g -> !g.isEmpty());
        gid1.ifPresent(g -> {
            if (!g.matches("([0-9A-F]{2})+")) {
                throw new IllegalArgumentException("GID1 '" + g + "' is not hex octets");
            }
        });
        spn = spn.map(String::strip).filter(s -> !s.isEmpty());
        iccid.ifPresent(i -> {
            if (!i.matches("[0-9]{6,22}")) {
                throw new IllegalArgumentException("ICCID '" + i + "' is not 6 to 22 digits");
            }
        });
        operatorName = operatorName.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A SIM known only by its IMSI. */
    public static SimIdentity ofImsi(String imsi) {
        return builder(imsi).build();
    }

    public static Builder builder(String imsi) {
        return new Builder(imsi);
    }

    /** The home network, from the IMSI and the MNC length (EF_AD's, else the numbering plan's). */
    public Plmn plmn() {
        return Plmn.fromImsi(imsi, mncLength);
    }

    /**
     * The SIM belongs to {@code network}: the IMSI starts with its digits, and the MNC length agrees with
     * EF_AD when that was read.
     */
    public boolean isOnNetwork(Plmn network) {
        if (mncLength.isPresent() && mncLength.getAsInt() != network.mnc().length()) {
            return false;
        }
        return imsi.startsWith(network.digits());
    }

    /** The IMSI with the subscriber part hidden, for output: {@code 310-260-*********}. */
    public String redactedImsi() {
        Plmn p = plmn();
        return p + "-" + "*".repeat(imsi.length() - p.digits().length());
    }

    /** One line for people: what was read, with the IMSI and ICCID partly hidden. */
    public String describe() {
        StringBuilder b = new StringBuilder("IMSI ").append(redactedImsi()).append(" (network ").append(plmn());
        b.append(mncLength.isPresent() ? ", MNC length from EF_AD" : ", MNC length from the numbering plan")
                .append(')');
        b.append(", GID1 ").append(gid1.orElse("none"));
        b.append(", SPN ").append(spn.map(s -> "\"" + s + "\"").orElse("none"));
        iccid.ifPresent(i -> b.append(", ICCID ").append(i, 0, Math.min(7, i.length())).append("…"));
        operatorName.ifPresent(o -> b.append(", network name \"").append(o).append('"'));
        return b.toString();
    }

    /** {@link #describe()}: logs and exception messages never carry the full IMSI or ICCID. */
    @Override
    public String toString() {
        return describe();
    }

    /** Builds a {@link SimIdentity} from what could be read; absent or blank values stay empty. */
    public static final class Builder {
        private final String imsi;
        private OptionalInt mncLength = OptionalInt.empty();
        private Optional<String> gid1 = Optional.empty();
        private Optional<String> spn = Optional.empty();
        private Optional<String> iccid = Optional.empty();
        private Optional<String> operatorName = Optional.empty();

        private Builder(String imsi) {
            this.imsi = imsi;
        }

        public Builder mncLength(int length) {
            this.mncLength = OptionalInt.of(length);
            return this;
        }

        /** GID1 as hex; trailing FF padding is dropped (an all-FF GID1 means none). */
        public Builder gid1(String hex) {
            this.gid1 = Optional.ofNullable(hex).map(SimFiles::trimPadding);
            return this;
        }

        public Builder spn(String spn) {
            this.spn = Optional.ofNullable(spn);
            return this;
        }

        public Builder iccid(String iccid) {
            this.iccid = Optional.ofNullable(iccid);
            return this;
        }

        public Builder operatorName(String name) {
            this.operatorName = Optional.ofNullable(name);
            return this;
        }

        public SimIdentity build() {
            return new SimIdentity(imsi, mncLength, gid1, spn, iccid, operatorName);
        }
    }
}
