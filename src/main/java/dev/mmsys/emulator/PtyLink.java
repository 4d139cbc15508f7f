package dev.mmsys.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modem's port as a pseudo-terminal: socat owns the pty (raw, no echo) and relays it to the emulator over
 * loopback TCP; {@code link} is a symlink to the pty's slave that hosts open like {@code /dev/ttyUSB2}.
 * The emulator starts and stops socat; {@link #vanish()} and {@link #restore()} take the device away and bring
 * it back, as a USB modem that re-enumerates does (a jSerialComm port then reads -1 while {@code isOpen()} stays
 * true).
 */
public final class PtyLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PtyLink.class);
    private static final Duration READY = Duration.ofSeconds(10);

    private final Sim7600Emulator emulator;
    private final Path link;
    private final TcpModemServer server;
    private Process socat;

    private PtyLink(Sim7600Emulator emulator, Path link, TcpModemServer server) {
        this.emulator = emulator;
        this.link = link.toAbsolutePath();
        this.server = server;
    }

    static PtyLink start(Sim7600Emulator emulator, Path link) throws IOException {
        if (!socatInstalled()) {
            throw new IOException("socat is not installed, and the pty transport needs it: install it "
                    + "(Debian/Ubuntu: apt-get install socat) or serve the modem over TCP instead");
        }
        Path parent = link.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException(link + ": the directory " + parent + " does not exist; create it or choose "
                    + "another link path");
        }
        if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw new IOException(link + " exists and is not a symlink; choose another link path");
        }
        if (Files.isSymbolicLink(link) && Files.exists(link)) {
            throw new IOException(link + " is in use (it points to " + Files.readSymbolicLink(link)
                    + "); stop the other emulator or choose another link path");
        }
        TcpModemServer server = emulator.serveTcp(0);
        PtyLink pty = new PtyLink(emulator, link, server);
        try {
            pty.startSocat();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return pty;
    }

    /** Whether socat is on the PATH. */
    public static boolean socatInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /** The device path hosts open. */
    public Path path() {
        return link;
    }

    private synchronized void startSocat() throws IOException {
        deleteStaleLink();
        ProcessBuilder pb = new ProcessBuilder(List.of("socat",
                "pty,raw,echo=0,link=" + link,
                "tcp:127.0.0.1:" + server.port()));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        socat = p;
        long deadline = System.nanoTime() + READY.toNanos();
        // socat gives no signal when the pty is ready: watch for the link and for its TCP connection
        while (!(Files.exists(link) && emulator.hasHost())) {
            if (!p.isAlive()) {
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                throw new IOException("socat could not create the pty at " + link + ": " + out);
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("socat did not create the pty at " + link + " within " + READY);
            }
            LockSupport.parkNanos(2_000_000);
        }
        LOG.debug("pty {} ready (socat pid {})", link, p.pid());
    }

    /** Removes the link left by a socat that is gone (its pty no longer exists), or by our own stopped socat. */
    private void deleteStaleLink() throws IOException {
        if (Files.isSymbolicLink(link)) {
            Files.delete(link);
        }
    }

    /** The device disappears: socat is stopped, the link goes, a host's open port breaks. */
    public synchronized void vanish() {
        stopSocat();
        emulator.awaitDetached(Duration.ofSeconds(5));
    }

    /** The device comes back at the same path (a new pty: hosts must open it again). */
    public synchronized void restore() throws IOException {
        if (socat != null && socat.isAlive()) {
            return;
        }
        startSocat();
    }

    private void stopSocat() {
        Process p = socat;
        socat = null;
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            deleteStaleLink();
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", link, e.toString());
        }
    }

    /** Stops socat, removes the link and stops serving. */
    @Override
    public synchronized void close() {
        stopSocat();
        server.close();
    }
}
