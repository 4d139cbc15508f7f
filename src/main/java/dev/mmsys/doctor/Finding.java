package dev.mmsys.doctor;

import java.util.Map;

/**
 * A diagnosis: what is wrong and what to do about it.
 *
 * @param problem  the likely cause, in words
 * @param fix      what to change or do
 * @param settings the configuration keys to set and their values, when the fix is a setting (may be empty)
 */
public record Finding(String problem, String fix, Map<String, String> settings) {

    public Finding {
        settings = Map.copyOf(settings);
    }

    static Finding of(String problem, String fix) {
        return new Finding(problem, fix, Map.of());
    }
}
