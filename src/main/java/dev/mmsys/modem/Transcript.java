package dev.mmsys.modem;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The most recent AT traffic on a port, for diagnostics and error reports. Bounded; payloads appear as
 * summaries ("[1500 octets]"); digit runs that look like phone numbers, IMSIs or ICCIDs are shortened unless
 * redaction is off.
 */
public final class Transcript {

    private static final Pattern LONG_NUMBER = Pattern.compile("(\\+?\\d{3})\\d{4,}");

    private final int capacity;
    private final boolean redact;
    private final ArrayDeque<String> entries = new ArrayDeque<>();

    public Transcript(int capacity, boolean redact) {
        this.capacity = capacity;
        this.redact = redact;
    }

    void sent(String text) {
        add("> " + text);
    }

    void received(String line) {
        add("< " + line);
    }

    void note(String text) {
        add("# " + text);
    }

    private synchronized void add(String entry) {
        String e = redact ? LONG_NUMBER.matcher(entry).replaceAll("$1…") : entry;
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(Instant.now() + " " + e);
    }

    /** The entries, oldest first. */
    public synchronized List<String> lines() {
        return new ArrayList<>(entries);
    }

    /** A mark to pass to {@link #since(int)}: the number of entries seen so far is not kept, so use size. */
    public synchronized int size() {
        return entries.size();
    }
}
