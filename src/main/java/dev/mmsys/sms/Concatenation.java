package dev.mmsys.sms;

/** The concatenation IE: which set a part belongs to, how many parts the set has, and which one this is. */
public record Concatenation(int reference, int referenceBits, int total, int sequence) {

    public Concatenation {
        if (referenceBits != 8 && referenceBits != 16) {
            throw new IllegalArgumentException("a concatenation reference has 8 or 16 bits, not " + referenceBits);
        }
        if (reference < 0 || reference >= 1 << referenceBits) {
            throw new IllegalArgumentException("reference " + reference + " does not fit in " + referenceBits + " bits");
        }
        if (total < 1 || total > 255 || sequence < 1 || sequence > total) {
            throw new IllegalArgumentException("part " + sequence + " of " + total + " is not a valid position (1 to"
                    + " total, total at most 255)");
        }
    }
}
