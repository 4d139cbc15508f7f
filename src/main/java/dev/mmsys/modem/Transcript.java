package dev.mmsys.modem;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The most recent AT traffic on a port, for diagnostics and error reports. Bounded; payloads appear as
 * summaries ("[1500 octets]"); digit runs that look like phone numbers, IMSIs or ICCIDs are shortened unless
 * redaction is off.
 */
public final class Transcript {

    private static final Logger LOG = LoggerFactory.getLogger(Transcript.class);
    private static final Pattern LONG_NUMBER = Pattern.compile("(\\+?\\d{3})\\d{4,}");

    private final int capacity;
    private final boolean redact;
    private final ArrayDeque<String> entries = new ArrayDeque<>();
    /** Entries ever added; the oldest kept one is number {@code added - entries.size()}. */
    private long added;

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

    /** {@code text} with its phone numbers, IMSIs, ICCIDs and IMEIs shortened, as the transcript shows them. */
    public static String shortenNumbers(String text) {
        return LONG_NUMBER.matcher(text).replaceAll("$1…");
    }

    private synchronized void add(String entry) {
        String e = redact ? shortenNumbers(entry) : entry;
        LOG.debug("{}", e); // AT traffic is logged only here, redacted like the transcript
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(Instant.now() + " " + e);
        added++;
    }

    /** A position to pass to {@link #since(long)}. */
    public synchronized long mark() {
        return added;
    }

    /** The entries added after {@code mark} that are still kept, oldest first. */
    public synchronized List<String> since(long mark) {
        long first = added - entries.size();
        int skip = (int) Math.max(0, mark - first);
        List<String> out = new ArrayList<>(entries);
        return out.subList(Math.min(skip, out.size()), out.size());
    }

    /** The entries, oldest first. */
    public synchronized List<String> lines() {
        return new ArrayList<>(entries);
    }

    public synchronized int size() {
        return entries.size();
    }
}
