package dev.mmsys.bench;

import dev.mmsys.camel.EmulatorRig;
import dev.mmsys.emulator.EmulatorSettings;
import dev.mmsys.emulator.Timings;
import dev.mmsys.mms.Attachment;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.SendReq;
import dev.mmsys.modem.HttpOptions;
import dev.mmsys.modem.MmsSubmission;
import dev.mmsys.modem.MmsSubmitter;
import dev.mmsys.modem.MmscTarget;
import dev.mmsys.modem.ModemSession;
import dev.mmsys.modem.NetworkSettings;
import dev.mmsys.modem.PdpType;
import dev.mmsys.modem.SessionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;

/**
 * "mms-submit": the time to submit a 10 KB, 100 KB and 300 KB M-Send.req through jSerialComm, a socat pty and
 * the SIM7600 emulator at 115200 baud with 20 ms command latency (other delays as the emulator's realistic
 * timings), next to the line-rate minimum for the octets of the HTTP exchange (request + response, 10 bits per
 * octet). Transparent mode, then CIPSEND chunks of 1500 octets (the fallback for modems without transparent
 * mode). The session is warmed first (network open, DNS answered), as it is for every message after the first.
 * Target: transparent mode within 5 % of the minimum at 100 KB and 300 KB.
 */
final class MmsSubmitBench {

    static final int BAUD = 115200;
    static final Duration COMMAND_LATENCY = Duration.ofMillis(20);
    static final int[] SIZES = {10 * 1024, 100 * 1024, 300 * 1024};

    private MmsSubmitBench() {
    }

    static void run() throws Exception {
        System.out.printf(Locale.ROOT, "emulator: %d baud, %d ms command latency; minimum = octets x 10 / %d s%n",
                BAUD, COMMAND_LATENCY.toMillis(), BAUD);
        // the emulator models the line with timed waits: a busy machine stretches them
        Path load = Path.of("/proc/loadavg");
        if (Files.isReadable(load)) {
            System.out.println("load average at start: " + Files.readString(load).strip());
        }
        System.out.printf(Locale.ROOT, "%-12s %8s %12s %10s %10s %9s%n", "mode", "PDU", "octets", "time",
                "minimum", "overhead");
        for (boolean transparent : new boolean[] {true, false}) {
            runMode(transparent);
        }
    }

    private static void runMode(boolean transparent) throws Exception {
        Path dir = Files.createTempDirectory("mms-submit-bench");
        EmulatorSettings settings = EmulatorSettings.defaults().withProfile("ideal").withBaudRate(BAUD)
                .withTimings(Timings.realistic().withCommandLatency(COMMAND_LATENCY));
        try (EmulatorRig rig = EmulatorRig.start(settings, dir);
             ModemSession session = new ModemSession(rig.pty.path().toString(),
                     SessionSettings.defaults().withBaudRate(BAUD))) {
            NetworkSettings net = NetworkSettings.of(rig.profile().apn(), PdpType.parse(rig.profile().pdpType().name()))
                    .withTransparent(transparent);
            MmscTarget target = MmscTarget.of(rig.profile().mmscUrl(), null);
            HttpOptions http = HttpOptions.defaults();
            MmsSubmitter submitter = new MmsSubmitter(session);
            submitter.submit(net, target, pdu(1024), http); // warm: modem initialised, network open, DNS known
            for (int size : SIZES) {
                byte[] pdu = pdu(size);
                long t0 = System.nanoTime();
                MmsSubmission sub = submitter.submit(net, target, pdu, http);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (!sub.response().isSuccess()) {
                    throw new IllegalStateException("the MMSC answered " + sub.response().statusLine());
                }
                long octets = sub.octetsSent() + sub.octetsReceived();
                double minimum = octets * 10.0 / BAUD;
                System.out.printf(Locale.ROOT, "%-12s %5d KB %12d %9.3fs %9.3fs %+8.1f%%%n",
                        transparent ? "transparent" : "cipsend", size / 1024, octets, seconds, minimum,
                        (seconds / minimum - 1) * 100);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** An M-Send.req of {@code size} octets: a short text and a picture of random octets. */
    static byte[] pdu(int size) {
        byte[] picture = new byte[Math.max(1, size - 300)];
        new Random(size).nextBytes(picture);
        for (int attempt = 0; attempt < 4; attempt++) {
            byte[] encoded = encode(picture);
            int diff = size - encoded.length;
            if (diff == 0) {
                return encoded;
            }
            picture = java.util.Arrays.copyOf(picture, picture.length + diff);
        }
        return encode(picture);
    }

    private static byte[] encode(byte[] picture) {
        return MmsEncoder.encode(SendReq.builder().androidDefaults(Instant.EPOCH).transactionId("bench")
                .to("+16195550100").text("benchmark").attach(Attachment.of("photo.jpg", "image/jpeg", picture))
                .build());
    }
}
