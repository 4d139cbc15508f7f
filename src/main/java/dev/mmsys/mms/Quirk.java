package dev.mmsys.mms;

/** A deviation from the specification that the lenient decoder accepted: where, in which field, and what. */
public record Quirk(int offset, String field, String description) {
    @Override
    public String toString() {
        return "offset " + offset + " (" + field + "): " + description;
    }
}
