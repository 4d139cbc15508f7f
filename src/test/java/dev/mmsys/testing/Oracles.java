package dev.mmsys.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The independent decoders in {@code ../shared/tools/oracles/} and the third-party samples in
 * {@code ../shared/oracle-samples/}. A user's clone has no {@code ../shared}: every accessor here makes the
 * calling test skip (JUnit assumption) when what it needs is absent, so the suite stays green there. With the
 * environment variable {@value #REQUIRE_ENV}{@code =1} (.ci/run sets it when ../shared/tools/oracles exists) a
 * missing oracle, sample, tool or {@code node_modules} fails the test instead, so CI cannot go green without them.
 */
public final class Oracles {

    /** Set to {@code 1}: what an oracle test needs must be there (fail, not skip). */
    public static final String REQUIRE_ENV = "MMSYS_REQUIRE_ORACLES";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Oracles() {
    }

    /** Whether {@value #REQUIRE_ENV}=1 is set for this run. */
    public static boolean required() {
        return required(System.getenv());
    }

    static boolean required(Map<String, String> env) {
        return "1".equals(env.getOrDefault(REQUIRE_ENV, "").strip());
    }

    /**
     * Continues when {@code present}; otherwise skips the calling test, or fails it when oracles are
     * {@linkplain #required() required}. {@code missing} says what is absent and how to get it.
     */
    public static void need(boolean present, Supplier<String> missing) {
        need(present, missing, required());
    }

    static void need(boolean present, Supplier<String> missing, boolean required) {
        if (present) {
            return;
        }
        if (required) {
            throw new AssertionError(missing.get() + " (" + REQUIRE_ENV + "=1: the oracles are required in this run, "
                    + "so this is a failure, not a skip)");
        }
        assumeTrue(false, () -> missing.get() + ": skipped");
    }

    /** {@code ../shared}, or the directory named by the {@code mmsys.shared.dir} property. */
    public static Path sharedDir() {
        return Path.of(System.getProperty("mmsys.shared.dir", "../shared")).toAbsolutePath().normalize();
    }

    public static Path requireShared(String relative) {
        Path p = sharedDir().resolve(relative);
        need(Files.exists(p), () -> p + " is absent (no ../shared checkout)");
        return p;
    }

    /** Sample files under {@code oracle-samples/<sub>}, sorted by name. */
    public static List<Path> samples(String sub) {
        Path dir = requireShared("oracle-samples/" + sub);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    public static void requireCommand(String command) {
        need(onPath(command), () -> command + " is not installed (.ci/run installs it)");
    }

    /** {@code mms-decode.sh [flags] FILE}: the tshark oracle's JSON plus its exit code. */
    public static Result mmsDecode(Path pdu, String... flags) {
        Path script = requireShared("tools/oracles/mms-decode.sh");
        requireCommand("tshark");
        List<String> cmd = new ArrayList<>(List.of("sh", script.toString()));
        cmd.addAll(List.of(flags));
        cmd.add(pdu.toString());
        return run(cmd, null, 120);
    }

    /** node-pdu: {@code sms-decode.js [args…]}. */
    public static Result smsDecodeNode(List<String> args) {
        Path script = nodeDir().resolve("sms-decode.js");
        List<String> cmd = new ArrayList<>(List.of("node", script.toString()));
        cmd.addAll(args);
        return run(cmd, null, 60);
    }

    /** Three segment counters: {@code sms-segments.js --stdin} with the text on standard input. */
    public static Result smsSegments(String text, String... flags) {
        Path script = nodeDir().resolve("sms-segments.js");
        List<String> cmd = new ArrayList<>(List.of("node", script.toString()));
        cmd.addAll(List.of(flags));
        cmd.add("--stdin");
        return run(cmd, text.getBytes(StandardCharsets.UTF_8), 60);
    }

    /** libGammu: {@code sms-decode-gammu.py HEX…} under Debian's python3 (where python3-gammu lives). */
    public static Result smsDecodeGammu(List<String> hexPdus) {
        Path script = requireShared("tools/oracles/sms-decode-gammu.py");
        Path python = Path.of("/usr/bin/python3");
        need(Files.isExecutable(python), () -> "/usr/bin/python3 is absent");
        Result probe = run(List.of(python.toString(), "-c", "import gammu"), null, 30);
        need(probe.exitCode() == 0, () -> "python3-gammu is not installed (.ci/run installs it)");
        List<String> cmd = new ArrayList<>(List.of(python.toString(), script.toString()));
        cmd.addAll(hexPdus);
        return run(cmd, null, 60);
    }

    /**
     * The node oracles' folder with its {@code node_modules}: {@code ../shared/tools/oracles/node}, or the
     * copy named by {@code MMSYS_ORACLES_NODE_DIR} (.ci/run makes one when ../shared is read-only).
     */
    private static Path nodeDir() {
        requireCommand("node");
        String copy = System.getenv("MMSYS_ORACLES_NODE_DIR");
        Path dir = copy != null ? Path.of(copy) : requireShared("tools/oracles/node");
        Path modules = dir.resolve("node_modules");
        need(Files.isDirectory(modules), () -> modules + " is absent: run 'npm ci' there (.ci/run does)");
        return dir;
    }

    /** Runs a command with a deadline; stdout and stderr are captured separately. */
    public static Result run(List<String> cmd, byte[] stdin, long timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(cmd).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + cmd);
            }
            return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an oracle printed. */
    public record Result(int exitCode, String stdout, String stderr) {
        public JsonNode json() {
            try {
                return JSON.readTree(stdout);
            } catch (IOException e) {
                throw new AssertionError("oracle printed no JSON (exit " + exitCode + "): " + stdout + stderr, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + stdout + (stderr.isBlank() ? "" : "\nstderr: " + stderr);
        }
    }
}
