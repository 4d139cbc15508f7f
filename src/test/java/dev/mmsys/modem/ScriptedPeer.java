package dev.mmsys.modem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Test scaffolding: the far end of a real TCP connection playing a modem from a script. The test reads what
 * the host sent ({@link #nextLine}, {@link #readBytes}) and writes the modem's answer ({@link #send}), so every
 * exchange is spelled out byte for byte in the test.
 */
final class ScriptedPeer implements AutoCloseable {

    private final ServerSocket server;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();

    ScriptedPeer() throws IOException {
        server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(server.accept());
                }
            } catch (IOException closed) {
                // server closed: test over
            }
        }, "scripted-peer-accept");
        t.setDaemon(true);
        t.start();
    }

    String port() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** Waits for the host to connect (it does so when its transport opens). */
    ScriptedPeer accept() throws IOException, InterruptedException {
        Socket s = accepted.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("the host did not connect within 10 s");
        }
        s.setSoTimeout(10_000);
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        return this;
    }

    /** The next command line the host sent, without its CR (a following LF is skipped). */
    String nextLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new AssertionError("host closed the connection; got so far: " + b);
            }
            if (c == '\n' && b.size() == 0) {
                continue;
            }
            if (c == '\r') {
                return b.toString(StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
    }

    /** Reads exactly n raw bytes the host sent. */
    byte[] readBytes(int n) throws IOException {
        return in.readNBytes(n);
    }

    void send(String s) throws IOException {
        send(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] b) throws IOException {
        out.write(b);
        out.flush();
    }

    /** Expects the command, then answers with {@code reply} ("\r\nOK\r\n" style, written as is). */
    void answer(String expectedCommand, String reply) throws IOException {
        String got = nextLine();
        if (!got.equals(expectedCommand)) {
            throw new AssertionError("expected " + expectedCommand + " but the host sent " + got);
        }
        send(reply);
    }

    /** Drops the connection, as a vanished device would. */
    void hangUp() throws IOException {
        socket.close();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        server.close();
    }
}
