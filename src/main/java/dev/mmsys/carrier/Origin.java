package dev.mmsys.carrier;

/**
 * Where an effective MMS setting came from, so that the doctor can say which value to change and where.
 *
 * @param kind   configuration key, carrier profile, or built-in default
 * @param detail for people, e.g. {@code configuration key mmsys.apn}
 */
public record Origin(Kind kind, String detail) {

    public enum Kind {
        /** A configuration key was set (file, environment, -D, or the command line). */
        CONFIGURATION,
        /** The carrier profile supplied it. */
        PROFILE,
        /** Neither: MMSYS's built-in default. */
        DEFAULT
    }

    static Origin configuration(String key) {
        return new Origin(Kind.CONFIGURATION, "configuration key " + key);
    }

    static Origin profile(CarrierProfile p, String how, String field) {
        return new Origin(Kind.PROFILE, "carrier profile '" + p.id() + "' (" + how + ")"
                + (p.isUnconfirmed(field) ? ", value not confirmed by a public source" : ""));
    }

    static Origin builtIn(String why) {
        return new Origin(Kind.DEFAULT, "built-in default: " + why);
    }

    @Override
    public String toString() {
        return detail;
    }
}
