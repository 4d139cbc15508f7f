package dev.mmsys.modem;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mmsys.testing.Oracles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Test scaffolding: two linked pseudo-terminals made by socat ({@code pty,raw,echo=0}), reachable as symlinks
 * {@code host} (the end MMSYS opens with jSerialComm) and {@code device} (the end a test plays the modem on).
 * Skips the test when socat is not installed.
 */
final class PtyPair implements AutoCloseable {

    final Path host;
    final Path device;
    private final Process socat;

    private PtyPair(Path host, Path device, Process socat) {
        this.host = host;
        this.device = device;
        this.socat = socat;
    }

    static PtyPair start(Path dir) throws IOException {
        assumeTrue(Oracles.onPath("socat"), "socat is not installed: skipped (.ci/run installs it)");
        return start(dir.resolve("ttyHost"), dir.resolve("ttyDevice"));
    }

    /** Starts socat and returns once it reports its data loop (both links exist then). */
    static PtyPair start(Path host, Path device) throws IOException {
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + host,
                "pty,raw,echo=0,link=" + device).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains("starting data transfer loop")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) {
                            // keep socat's stderr flowing
                        }
                    } catch (IOException ignored) {
                        // socat ended
                    }
                }, "socat-log");
                drain.setDaemon(true);
                drain.start();
                return new PtyPair(host, device, p);
            }
        }
        throw new IOException("socat ended before it was ready: " + seen);
    }

    /** Kills socat: both ptys vanish, as when a USB modem is unplugged. */
    @Override
    public void close() throws IOException {
        socat.destroy();
        try {
            if (!socat.waitFor(10, TimeUnit.SECONDS)) {
                socat.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
