package dev.mmsys.app.spool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Bad input set aside so it never blocks the rest: {@code quarantine/<name>} keeps the original, and
 * {@code quarantine/<name>.error.json} says what is wrong and how to fix it. Fix the file and drop it into
 * the outbox again.
 */
public final class Quarantine {

    public static final String ERROR_SUFFIX = ".error.json";
    private final Path dir;

    public Quarantine(Spool spool) {
        this.dir = spool.quarantine();
    }

    /** Moves {@code file} into the quarantine next to its reason; returns where it went. */
    public Path quarantine(Path file, String field, String reason, String from) throws IOException {
        Path target = freeName(file.getFileName().toString());
        // the reason first: a crash in between leaves the file in the outbox, to be quarantined again
        writeError(target, field, reason, from);
        AtomicFiles.move(file, target);
        return target;
    }

    /** Keeps {@code content} (e.g. a queue message) in the quarantine under {@code name} with its reason. */
    public Path quarantine(String name, byte[] content, String field, String reason, String from) throws IOException {
        Path target = freeName(name);
        writeError(target, field, reason, from);
        AtomicFiles.write(target, content);
        return target;
    }

    public Path dir() {
        return dir;
    }

    private void writeError(Path target, String field, String reason, String from) throws IOException {
        ObjectNode n = Spool.JSON.createObjectNode();
        n.put("file", target.getFileName().toString());
        n.put("from", from);
        n.put("field", field);
        n.put("error", reason);
        n.put("quarantinedAt", Instant.now().toString());
        n.put("retry", "fix the file and put it back into the outbox");
        AtomicFiles.write(errorFile(target), Spool.JSON.writeValueAsBytes(n));
    }

    public static Path errorFile(Path quarantined) {
        return quarantined.resolveSibling(quarantined.getFileName() + ERROR_SUFFIX);
    }

    private Path freeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._+@=-]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        Path p = dir.resolve(safe);
        for (int i = 1; Files.exists(p); i++) {
            p = dir.resolve(safe + "." + i);
        }
        return p;
    }
}
