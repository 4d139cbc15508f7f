package dev.mmsys.app.spool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency keys, kept in {@code keys/<sha256 of key>.json} so they survive restarts: a key maps to the
 * hash of the request it came with and to the message id it produced.
 */
public final class IdempotencyKeys {

    private final Path dir;

    public IdempotencyKeys(Spool spool) {
        this.dir = spool.keys();
    }

    public record Entry(String key, String requestHash, String id) {
    }

    public Optional<Entry> find(String key) {
        Path f = file(key);
        try {
            Entry e = Spool.JSON.readValue(Files.readAllBytes(f), Entry.class);
            return Optional.of(e);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SpoolException("cannot read the idempotency key file " + f + " (" + e + ")", e);
        }
    }

    public void put(Entry e) {
        Path f = file(e.key());
        try {
            AtomicFiles.write(f, Spool.JSON.writeValueAsBytes(e));
        } catch (IOException ex) {
            throw new SpoolException("cannot write " + f + " (" + ex + ")", ex);
        }
    }

    /** Forgets the keys recorded before {@code cutoff} (a request retried after that makes a new message). */
    public int removeOlderThan(Instant cutoff) {
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : s) {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff) && Files.deleteIfExists(p)) {
                        n++;
                    }
                } catch (IOException e) {
                    // another process took it meanwhile, or it cannot be removed now: the next pass tries again
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new SpoolException("cannot list " + dir + " (" + e + ")", e);
        }
        if (n > 0) {
            AtomicFiles.syncDirectory(dir);
        }
        return n;
    }

    private Path file(String key) {
        return dir.resolve(sha256(key.getBytes(StandardCharsets.UTF_8)) + ".json");
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
