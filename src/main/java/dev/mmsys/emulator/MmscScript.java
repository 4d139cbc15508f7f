package dev.mmsys.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * How the MMSC emulator answers the M-Send.req requests to come: a queue of scripted answers taken one per
 * request, then the default; or a seeded random choice. Thread-safe.
 *
 * <pre>{@code
 * mmsc.script().next(MmscResponse.http(503), MmscResponse.transientFailure());   // 1st and 2nd request
 * mmsc.script().always(MmscResponse.slow(Duration.ofSeconds(2)));                  // every later one
 * mmsc.script().random(7, 0.3, MmscResponse.http(500), MmscResponse.truncated());   // 30 % of requests
 * }</pre>
 */
public final class MmscScript {

    private final Deque<MmscResponse> queue = new ArrayDeque<>();
    private final List<String> used = new ArrayList<>();
    private MmscResponse fallback = MmscResponse.ok();
    private Random random;
    private double probability;
    private List<MmscResponse> choices = List.of();

    /** The next requests get these answers, in order (after any already queued). */
    public synchronized MmscScript next(MmscResponse... responses) {
        queue.addAll(List.of(responses));
        return this;
    }

    /** Requests with nothing queued get {@code response} (default: {@link MmscResponse#ok()}). */
    public synchronized MmscScript always(MmscResponse response) {
        fallback = response;
        return this;
    }

    /**
     * Requests with nothing queued get, with {@code probability}, one of {@code responses} (chosen by a
     * {@link Random} seeded with {@code seed}), else the default.
     */
    public synchronized MmscScript random(long seed, double probability, MmscResponse... responses) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within 0..1, was " + probability);
        }
        this.random = new Random(seed);
        this.probability = probability;
        this.choices = List.of(responses);
        return this;
    }

    /** Back to answering every request with {@link MmscResponse#ok()}. */
    public synchronized void reset() {
        queue.clear();
        fallback = MmscResponse.ok();
        random = null;
    }

    /** The answers given so far, in order (labels). */
    public synchronized List<String> used() {
        return Collections.unmodifiableList(new ArrayList<>(used));
    }

    synchronized MmscResponse take() {
        MmscResponse r = queue.poll();
        if (r == null && random != null && !choices.isEmpty() && random.nextDouble() < probability) {
            r = choices.get(random.nextInt(choices.size()));
        }
        if (r == null) {
            r = fallback;
        }
        used.add(r.label());
        return r;
    }
}
