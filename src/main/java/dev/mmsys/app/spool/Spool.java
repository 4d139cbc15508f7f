package dev.mmsys.app.spool;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The spool's folders under {@code mmsys.spool.dir}: {@code outbox/} (drop folder), {@code messages/} (one
 * record per accepted message), {@code sent/} and {@code failed/} (receipts), {@code quarantine/} (bad input
 * files with their reasons) and {@code keys/} (Idempotency-Keys). Keep it on one local file system: moves
 * between its folders must be atomic renames.
 */
public final class Spool {

    /** JSON for everything the spool writes: indented, so people can read the files. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path root;

    private Spool(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The spool at {@code root}, creating its folders and removing temporary files a crash left behind. */
    public static Spool open(Path root) {
        Spool s = new Spool(root);
        try {
            for (Path d : s.folders()) {
                Files.createDirectories(d);
                if (!d.equals(s.outbox())) {
                    AtomicFiles.removeLeftovers(d);
                }
            }
        } catch (IOException e) {
            throw new SpoolException("cannot create the spool folders under " + root + " (" + e
                    + "); check mmsys.spool.dir and its permissions", e);
        }
        return s;
    }

    /** The spool at {@code root} for reading only (the status command): nothing is created. */
    public static Spool existing(Path root) {
        return new Spool(root);
    }

    private List<Path> folders() {
        return List.of(outbox(), messages(), sent(), failed(), quarantine(), keys());
    }

    public Path root() {
        return root;
    }

    public Path outbox() {
        return root.resolve("outbox");
    }

    public Path messages() {
        return root.resolve("messages");
    }

    public Path sent() {
        return root.resolve("sent");
    }

    public Path failed() {
        return root.resolve("failed");
    }

    public Path quarantine() {
        return root.resolve("quarantine");
    }

    public Path keys() {
        return root.resolve("keys");
    }
}
