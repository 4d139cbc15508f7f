package dev.mmsys.app.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crash-safe file writes: the content goes to a temporary file in the same directory, is forced to disk, then
 * renamed over the target in one atomic step, and the directory is forced so the rename itself survives a power
 * cut. A reader sees the old file or the new one, never a partial one. Temporary files start with a dot and end
 * in {@code .tmp}, so the outbox ignores them and {@link #removeLeftovers} can clean up after a crash.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong()) + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        move(tmp, target);
    }

    /**
     * Like {@link #write}, atomic (readers see the old content or the new, never a mix) but not forced to disk: for
     * files derived from durable ones, which a crash may leave missing or empty and which are then written again.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        Path tmp = target.toAbsolutePath().getParent().resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Renames {@code from} to {@code to} atomically (same file system) and makes the rename durable. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(from);
            throw new IOException("cannot rename " + from + " to " + to + " atomically; keep the spool "
                    + "on one local file system", e);
        }
        syncDirectory(to.toAbsolutePath().getParent());
        Path fromDir = from.toAbsolutePath().getParent();
        if (!fromDir.equals(to.toAbsolutePath().getParent())) {
            syncDirectory(fromDir);
        }
    }

    /** Deletes a file and makes the deletion durable. */
    public static boolean delete(Path file) throws IOException {
        boolean deleted = Files.deleteIfExists(file);
        if (deleted) {
            syncDirectory(file.toAbsolutePath().getParent());
        }
        return deleted;
    }

    /** Forces a directory's entries to disk; not possible on every platform (Windows), where it is skipped. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals renames itself
        }
    }

    public static boolean isTemporary(Path file) {
        String n = file.getFileName().toString();
        return n.startsWith(".") && n.endsWith(".tmp");
    }

    /** Removes temporary files a crash left behind in {@code dir} (their targets are intact). */
    public static int removeLeftovers(Path dir) throws IOException {
        int n = 0;
        try (var s = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : s) {
                if (Files.deleteIfExists(p)) {
                    n++;
                }
            }
        }
        return n;
    }
}
