package dev.mmsys.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.Mmsys;
import dev.mmsys.emulator.PtyLink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EmulatorCommandTest {

    @TempDir
    Path dir;

    /** Output that a test can wait on. */
    static final class Watched extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition written = lock.newCondition();

        @Override
        public void write(char[] c, int off, int len) {
            lock.lock();
            try {
                text.append(c, off, len);
                written.signalAll();
            } finally {
                lock.unlock();
            }
        }

        String awaitContains(String s, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            lock.lock();
            try {
                while (text.indexOf(s) < 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        fail("'" + s + "' was not printed within " + timeout + "; output: " + text);
                    }
                    written.await(left, TimeUnit.NANOSECONDS);
                }
                return text.toString();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Runs {@code mmsys emulator args} in a thread until the test interrupts it. */
    private static final class Running implements AutoCloseable {
        final Watched out = new Watched();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Running(String... args) {
            CommandLine cl = Mmsys.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            String[] all = new String[args.length + 1];
            all[0] = "emulator";
            System.arraycopy(args, 0, all, 1, args.length);
            thread = new Thread(() -> exit.set(cl.execute(all)), "emulator-command");
            thread.start();
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            return exit.get();
        }

        @Override
        public void close() {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String exchange(Socket s, String command, String until) throws Exception {
        s.getOutputStream().write(command.getBytes(StandardCharsets.US_ASCII));
        StringBuilder got = new StringBuilder();
        while (got.indexOf(until) < 0) {
            int c = s.getInputStream().read();
            if (c < 0) {
                fail("the emulator closed the connection; got " + got);
            }
            got.append((char) c);
        }
        return got.toString();
    }

    @Test
    void servesTcpAndPrintsWhereToConnect() throws Exception {
        int port = freePort();
        try (Running r = new Running("--tcp", String.valueOf(port), "--profile", "mint-ipv4-blocked",
                "--store", dir.toString(), "--baud", "0", "--time-scale", "0.01")) {
            String out = r.out.awaitContains("Press Ctrl-C to stop.", Duration.ofSeconds(20));
            assertTrue(out.contains("profile mint-ipv4-blocked"), out);
            assertTrue(out.contains("--port tcp://127.0.0.1:" + port), out);
            assertTrue(out.contains("APN Wholesale, PDP type IPV4V6, MMSC http://wholesale.mmsmvno.com/mms/wapenc, "
                    + "proxy none"), out);
            Matcher page = Pattern.compile("MMSC emulator: (http://127\\.0\\.0\\.1:\\d+/)").matcher(out);
            assertTrue(page.find(), out);
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.setSoTimeout(10_000);
                exchange(s, "", "PB DONE\r\n");
                assertEquals("AT+CIMI\r\r\n310260555010001\r\n\r\nOK\r\n", exchange(s, "AT+CIMI\r", "OK\r\n"));
            }
            assertEquals(0, r.stop(), r.err.toString());
        }
    }

    @Test
    void jsonOutputAndPty() throws Exception {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped");
        Path link = dir.resolve("ttyEMU");
        try (Running r = new Running("--pty", link.toString(), "--json", "--store", dir.toString(),
                "--time-scale", "0.01", "--profile", "att-mvno-proxy")) {
            String out = r.out.awaitContains("}", Duration.ofSeconds(20));
            JsonNode n = new ObjectMapper().readTree(out);
            assertEquals(link.toString(), n.get("modemPort").asText());
            assertEquals("proxy.mobile.att.net:80", n.get("proxy").asText());
            assertTrue(Files.exists(link));
            assertEquals(0, r.stop(), r.err.toString());
            assertTrue(!Files.exists(link), "the pty link is removed on stop");
        }
    }

    @Test
    void badInputIsExitTwoAndNamesTheFix() {
        CommandLine cl = Mmsys.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(Mmsys.EXIT_BAD_INPUT, cl.execute("emulator", "--profile", "verizon", "--store", dir.toString()));
        assertTrue(err.toString().contains("--profile verizon: unknown profile; choose one of ideal, mint-ipv4-blocked"),
                err.toString());
        StringWriter err2 = new StringWriter();
        CommandLine cl2 = Mmsys.commandLine();
        cl2.setErr(new PrintWriter(err2, true));
        assertEquals(Mmsys.EXIT_BAD_INPUT, cl2.execute("emulator", "--pty", "x", "--tcp", "1"));
        assertTrue(err2.toString().contains("mutually exclusive"), err2.toString());
    }

    @Test
    void portInUseIsExitOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandLine cl = Mmsys.commandLine();
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute("emulator", "--tcp", String.valueOf(taken.getLocalPort()), "--store", dir.toString());
            assertEquals(Mmsys.EXIT_FAILED, code, err.toString());
            assertTrue(err.toString().contains("--tcp " + taken.getLocalPort() + ": cannot listen"), err.toString());
        }
    }

    @Test
    void helpDescribesTheCommand() {
        CommandLine cl = Mmsys.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("emulator", "--help"));
        String help = out.toString();
        for (String s : new String[] {"--pty", "--tcp", "--mmsc-port", "--profile", "mint-ipv4-blocked", "socat"}) {
            assertTrue(help.contains(s), s + " in " + help);
        }
    }
}
