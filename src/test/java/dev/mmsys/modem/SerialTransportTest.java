package dev.mmsys.modem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jSerialComm on real pseudo-terminals: exchange, exclusive ownership, a vanishing device and its return. */
class SerialTransportTest {

    @TempDir
    Path dir;

    /** Plays a modem on the device end: answers each command line with OK. */
    private static CompletableFuture<Void> answerOk(Path device, int commands) {
        return CompletableFuture.runAsync(() -> {
            try (RandomAccessFile f = new RandomAccessFile(device.toFile(), "rw")) {
                for (int i = 0; i < commands; i++) {
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    int b;
                    while ((b = f.read()) != '\r') {
                        if (b < 0) {
                            return;
                        }
                        line.write(b);
                    }
                    f.write("\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void commandOverAPty() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            var device = answerOk(pty.device, 1);
            RecordingEvents ev = new RecordingEvents();
            try (AtChannel ch = new AtChannel(Transports.open(pty.host.toString(), 115200), ev,
                    new Transcript(10, true))) {
                assertEquals("OK", ch.execute(AtCommand.of("AT", Duration.ofSeconds(5))).finalLine());
                assertTrue(ch.describe().contains("115200 baud"));
            }
            device.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void portHeldByAnotherProgramIsNamedBusy() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            Path ready = dir.resolve("locked");
            Process holder = new ProcessBuilder("flock", "-x", pty.host.toString(), "sh", "-c",
                    "touch " + ready + "; exec sleep 30").start();
            try {
                awaitFile(ready);
                PortUnavailableException e = assertThrows(PortUnavailableException.class,
                        () -> Transports.open(pty.host.toString(), 115200));
                assertTrue(e.isBusy());
                assertTrue(e.getMessage().contains("in use by another program"), e.getMessage());
            } finally {
                holder.destroy();
                holder.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void absentPortSaysToPlugItIn() {
        PortUnavailableException e = assertThrows(PortUnavailableException.class,
                () -> Transports.open(dir.resolve("ttyUSB9").toString(), 115200));
        assertTrue(e.getMessage().contains("does not exist: is the modem plugged in"), e.getMessage());
        assertTrue(e.isTransient());
    }

    @Test
    void vanishedPtyIsDetectedAndTheSessionReopensWhenItReturns() throws Exception {
        Path host = dir.resolve("ttyHost");
        Path device = dir.resolve("ttyDevice");
        ModemSession session = new ModemSession(host.toString(), SessionSettings.defaults()
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3),
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)));
        try (session) {
            try (PtyPair pty = PtyPair.start(host, device)) {
                var dev = answerOk(pty.device, 4); // AT, ATE0, AT+CMEE=1, ATI
                session.start();
                dev.get(10, TimeUnit.SECONDS);
                assertTrue(session.isConnected());
            }
            // socat is gone: jSerialComm's read returns -1 while the port still looks open; the channel notices
            Await.until(() -> !session.isConnected());
            ModemException gone = assertThrows(ModemException.class, session::start);
            assertTrue(gone.isTransient());
            assertTrue(gone.getMessage().contains("does not exist"), gone.getMessage());
            try (PtyPair again = PtyPair.start(host, device)) {
                var dev = answerOk(again.device, 4);
                session.start();
                dev.get(10, TimeUnit.SECONDS);
                assertTrue(session.isConnected());
            }
        }
    }

    private static void awaitFile(Path p) throws InterruptedException {
        Await.until(() -> Files.exists(p));
    }
}
