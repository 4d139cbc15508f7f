package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways to reach the modem: in-process, raw TCP (ser2net style), and a socat pty opened by jSerialComm. */
class TransportTest {

    @TempDir
    Path dir;

    @Test
    void inProcessPortIsExclusiveAndReusable() throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests())) {
            HostSession first = HostSession.of(modem.connect());
            first.expect(PtyModem.BOOT);
            PortBusyException e = assertThrows(PortBusyException.class, modem::connect);
            assertTrue(e.getMessage().contains("already open (in-process connection)"), e.getMessage());
            first.exchange("ATE0\r", "ATE0\r\r\nOK\r\n");
            first.close();
            try (HostSession second = HostSession.of(modem.connect())) {
                second.exchange("AT\r", "\r\nOK\r\n");        // the modem kept its state (echo off)
            }
        }
    }

    @Test
    void tcpServesOneClientLikeSer2net() throws Exception {
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
             TcpModemServer tcp = modem.serveTcp(0);
             Socket client = new Socket("127.0.0.1", tcp.port())) {
            HostSession h = new HostSession(client.getInputStream(), client.getOutputStream(), client::close);
            h.expect(PtyModem.BOOT);
            h.exchange("AT\r", "AT\r\r\nOK\r\n");
            try (Socket second = new Socket("127.0.0.1", tcp.port())) {
                second.setSoTimeout(10_000);
                byte[] refusal = second.getInputStream().readAllBytes();
                assertEquals("Port already in use\r\n", new String(refusal, StandardCharsets.US_ASCII));
            }
            h.exchange("AT+CSQ\r", "AT+CSQ\r\r\n+CSQ: 22,99\r\n\r\nOK\r\n");
        }
    }

    @Test
    void jSerialCommOpensThePtyAndSeesItVanish() throws Exception {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped");
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
             PtyLink pty = modem.servePty(dir.resolve("ttySIM"))) {
            SerialPort port = SerialPort.getCommPort(pty.path().toString());
            assertTrue(port.openPort(), "jSerialComm opens " + pty.path());
            try {
                port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 5000, 0);
                assertTrue(readUntil(port, "PB DONE\r\n").endsWith(PtyModem.BOOT), "boot URCs, kept by the pty");
                write(port, "ATE0\r");
                assertEquals("ATE0\r\r\nOK\r\n", readUntil(port, "OK\r\n"));
                write(port, "AT+CGMR\r");
                assertEquals("\r\n+CGMR: LE20B04SIM7600G22\r\n\r\nOK\r\n", readUntil(port, "OK\r\n"));

                pty.vanish();
                assertFalse(Files.exists(pty.path()), "the device node is gone");
                byte[] buf = new byte[16];
                assertEquals(-1, port.readBytes(buf, buf.length), "reads fail once the device vanished");
            } finally {
                port.closePort();
            }
            pty.restore();
            SerialPort again = SerialPort.getCommPort(pty.path().toString());
            assertTrue(again.openPort());
            try {
                again.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 5000, 0);
                write(again, "AT\r");
                assertEquals("\r\nOK\r\n", readUntil(again, "OK\r\n"), "same modem, echo still off");
            } finally {
                again.closePort();
            }
        }
    }

    @Test
    void aLinkInUseIsRefusedAndAStaleOneReplaced() throws Exception {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped");
        Path link = dir.resolve("ttyShared");
        java.nio.file.Files.createSymbolicLink(link, dir.resolve("gone"));      // stale: its target does not exist
        try (Sim7600Emulator first = Sim7600Emulator.start(EmulatorSettings.forTests());
             PtyLink pty = first.servePty(link);
             Sim7600Emulator second = Sim7600Emulator.start(EmulatorSettings.forTests())) {
            Exception e = assertThrows(java.io.IOException.class, () -> second.servePty(link));
            assertTrue(e.getMessage().contains("is in use"), e.getMessage());
            assertTrue(java.nio.file.Files.exists(pty.path()), "the first emulator's link survives");
        }
    }

    @Test
    void ptyNeedsAnExistingDirectory() {
        assumeTrue(PtyLink.socatInstalled(), "socat is not installed: skipped");
        try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests())) {
            Exception e = assertThrows(java.io.IOException.class, () -> modem.servePty(dir.resolve("no/such/tty")));
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        }
    }

    @Test
    void closingTheEmulatorEndsTheHostsStream() throws Exception {
        Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests());
        HostSession h = HostSession.of(modem.connect());
        h.expect(PtyModem.BOOT);
        modem.close();
        assertTrue(h.awaitEnd(Duration.ofSeconds(5)));
        h.close();
        assertArrayEquals(new byte[0], h.pending());
    }

    private static void write(SerialPort port, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertEquals(b.length, port.writeBytes(b, b.length));
    }

    private static String readUntil(SerialPort port, String end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[256];
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!out.toString(StandardCharsets.ISO_8859_1).endsWith(end)) {
            assertTrue(System.nanoTime() < deadline, "no '" + end.strip() + "' within 10 s; got " + out);
            int n = port.readBytes(buf, buf.length);
            assertTrue(n >= 0, "the port failed while reading");
            out.write(buf, 0, n);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
