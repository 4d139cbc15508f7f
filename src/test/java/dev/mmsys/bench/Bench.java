package dev.mmsys.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks that print figures (never assertions): {@code mvn -B -Pbench test-compile exec:exec
 * -Dbench.args="NAME …"} where NAME is one of the entries below, or {@code all}.
 * JMH benchmarks run in a forked JVM through {@link Jmh}; end-to-end ones are plain programs.
 */
public final class Bench {

    /** name → what runs it; each entry prints its own figures. */
    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        // register benchmarks here: ENTRIES.put("name", new Entry("what it measures", () -> ...));
        ENTRIES.put("pipeline", new Entry("the whole pipeline in its own JVM (launcher options + AppCDS) with a "
                + "zero-latency emulator and MMSC: launch to ready, RSS after start, messages/s REST to receipt",
                PipelineBench::run));
        ENTRIES.put("large-spool", new Entry("./mmsys run on a spool of 50,000 finished messages: launch to ready "
                + "(recovery reads each record once) and RSS after start", PipelineBench::runLargeSpool));
        ENTRIES.put("mms-submit", new Entry("MMS submission over the emulator at 115200 baud, 20 ms command "
                + "latency, against the line-rate minimum", MmsSubmitBench::run));
        ENTRIES.put("emulator-line-rate", new Entry("SIM7600 emulator: UART line-rate model, transparent vs CIPSEND",
                dev.mmsys.emulator.EmulatorLineRateBench::run));
        ENTRIES.put("sms-codec", new Entry("SMS codec: count parts, compose SMS-SUBMIT PDUs, decode and reassemble"
                + " a set (JMH, µs per operation)", () -> Jmh.run(SmsCodecBenchmark.class)));
        ENTRIES.put("mms-codec", new Entry("MMS M-Send.req encode/decode throughput, 1 KB text and 300 KB with a"
                + " JPEG (JMH)", () -> {
                    System.out.println(dev.mmsys.mms.MmsCodecBenchmark.describe());
                    Jmh.run(dev.mmsys.mms.MmsCodecBenchmark.class);
                }));
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 || (args.length == 1 && args[0].equals("all"))
                ? List.copyOf(ENTRIES.keySet()) : List.of(args);
        for (String name : names) {
            Entry e = ENTRIES.get(name);
            if (e == null) {
                System.err.println("unknown benchmark '" + name + "'; known: " + ENTRIES.keySet());
                System.exit(2);
            }
            System.out.println("== " + name + ": " + e.description());
            e.body().run();
        }
    }

    /** Runs the JMH benchmarks of {@code benchmarkClass} with a short, stated configuration. */
    public static final class Jmh {
        private Jmh() {
        }

        public static void run(Class<?> benchmarkClass) throws Exception {
            var opts = new org.openjdk.jmh.runner.options.OptionsBuilder()
                    .include(benchmarkClass.getName())
                    .forks(1).warmupIterations(3).measurementIterations(5)
                    .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                    .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                    .build();
            new org.openjdk.jmh.runner.Runner(opts).run();
        }
    }

    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    public record Entry(String description, Body body) {
    }
}
