package dev.mmsys.emulator;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * How close the emulated UART comes to line rate (8N1 at 115200 baud, 20 ms per command): raw transparent-mode
 * transfers both ways, and the same upload in 1500-octet CIPSEND chunks. Prints figures; asserts nothing.
 * Run with {@code mvn -B -Pbench test-compile exec:exec -Dbench.args=emulator-line-rate}.
 */
public final class EmulatorLineRateBench {

    private static final int BAUD = 115200;
    private static final int SIZE = 100 * 1024;

    private EmulatorLineRateBench() {
    }

    public static void run() throws Exception {
        Timings t = Timings.realistic().scaled(0.01).withCommandLatency(Duration.ofMillis(20));
        EmulatorSettings s = EmulatorSettings.defaults().withBaudRate(BAUD).withTimings(t);
        double ideal = SIZE * 10.0 / BAUD;
        System.out.printf("%d KB at %d baud 8N1: line time %.2f s%n", SIZE / 1024, BAUD, ideal);
        report("transparent upload", ideal, transparent(s, true));
        report("transparent download", ideal, transparent(s, false));
        report("CIPSEND upload (1500-octet chunks)", ideal, cipsend(s));
    }

    private static void report(String what, double ideal, double seconds) {
        System.out.printf("%-36s %.2f s  = %.1f %% of line rate%n", what, seconds, 100 * ideal / seconds);
    }

    /** Seconds for SIZE octets through transparent mode, host to server ({@code up}) or back. */
    private static double transparent(EmulatorSettings s, boolean up) throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(s);
             ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             EmulatorConnection port = modem.connect()) {
            modem.network().map("10.9.9.9", 80, (java.net.InetSocketAddress) server.getLocalSocketAddress());
            InputStream in = port.fromModem();
            OutputStream out = port.toModem();
            readThrough(in, "PB DONE\r\n");
            command(in, out, "ATE0\r", "OK\r\n");
            command(in, out, "AT+CIPMODE=1\r", "OK\r\n");
            command(in, out, "AT+NETOPEN\r", "+NETOPEN: 0\r\n");
            command(in, out, "AT+CIPOPEN=0,\"TCP\",\"10.9.9.9\",80\r", "CONNECT 115200\r\n");
            try (Socket peer = server.accept()) {
                byte[] data = new byte[SIZE];
                Arrays.fill(data, (byte) 'x');
                long start = System.nanoTime();
                if (up) {
                    out.write(data);
                    out.flush();
                    peer.getInputStream().readNBytes(SIZE);
                } else {
                    peer.getOutputStream().write(data);
                    peer.getOutputStream().flush();
                    in.readNBytes(SIZE);
                }
                return (System.nanoTime() - start) / 1e9;
            }
        }
    }

    /** Seconds for SIZE octets in CIPSEND chunks, each waiting for its OK and +CIPSEND. */
    private static double cipsend(EmulatorSettings s) throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(s);
             ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             EmulatorConnection port = modem.connect()) {
            modem.network().map("10.9.9.9", 80, (java.net.InetSocketAddress) server.getLocalSocketAddress());
            InputStream in = port.fromModem();
            OutputStream out = port.toModem();
            readThrough(in, "PB DONE\r\n");
            command(in, out, "ATE0\r", "OK\r\n");
            command(in, out, "AT+NETOPEN\r", "+NETOPEN: 0\r\n");
            command(in, out, "AT+CIPOPEN=0,\"TCP\",\"10.9.9.9\",80\r", "+CIPOPEN: 0,0\r\n");
            try (Socket peer = server.accept()) {
                Thread drain = new Thread(() -> {
                    try {
                        peer.getInputStream().readNBytes(SIZE);
                    } catch (java.io.IOException ignored) {
                        // the benchmark ends
                    }
                });
                drain.start();
                long start = System.nanoTime();
                byte[] chunk = new byte[1500];
                for (int sent = 0; sent < SIZE; sent += 1500) {
                    int n = Math.min(1500, SIZE - sent);
                    command(in, out, "AT+CIPSEND=0," + n + "\r", ">");
                    out.write(chunk, 0, n);
                    out.flush();
                    readThrough(in, "+CIPSEND: 0," + n + "," + n + "\r\n");
                }
                drain.join();
                return (System.nanoTime() - start) / 1e9;
            }
        }
    }

    private static void command(InputStream in, OutputStream out, String cmd, String until) throws Exception {
        out.write(cmd.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        readThrough(in, until);
    }

    private static void readThrough(InputStream in, String marker) throws Exception {
        StringBuilder b = new StringBuilder();
        while (b.indexOf(marker) < 0) {
            int c = in.read();
            if (c < 0) {
                throw new IllegalStateException("the emulator closed the port; got " + b);
            }
            b.append((char) c);
        }
    }
}
