package dev.mmsys.app.cli;

import dev.mmsys.app.CliException;
import java.util.ArrayList;
import java.util.List;

/**
 * The recipients of a {@code --to} option that takes comma-separated values and may repeat. The values are split
 * here rather than by picocli, which drops trailing empty entries: {@code --to +16195550100,,} would silently
 * lose the missing recipient. Any empty entry is bad input naming the value and the entry.
 */
final class RecipientOption {

    private RecipientOption() {
    }

    /** The entries of every value, in order, stripped of surrounding white space. */
    static List<String> entries(String option, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            String[] parts = value.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isBlank()) {
                    throw CliException.badInput(option + " '" + value + "': "
                            + (parts.length == 1 ? "the recipient is empty"
                            : "entry " + (i + 1) + " of " + parts.length + " is empty (a leading, trailing or doubled"
                            + " comma)") + "; give each recipient, e.g. " + option + " +16195550100,+16195550101");
                }
                out.add(parts[i].strip());
            }
        }
        return out;
    }
}
