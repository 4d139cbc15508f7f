package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real TCP server on loopback whose connections the test drives step by step. */
final class TestServer implements AutoCloseable {

    private final ServerSocket server;
    private final BlockingQueue<Conn> accepted = new LinkedBlockingQueue<>();

    TestServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    accepted.add(new Conn(server.accept()));
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-server");
        t.setDaemon(true);
        t.start();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
    }

    Conn accept() throws InterruptedException {
        Conn c = accepted.poll(10, TimeUnit.SECONDS);
        if (c == null) {
            fail("no connection reached the test server within 10 s");
        }
        return c;
    }

    /** True if no connection is waiting (checked after the modem reported a failure, so nothing is in flight). */
    boolean noConnection() {
        return accepted.isEmpty();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Conn c : accepted) {
            c.close();
        }
    }

    static final class Conn implements AutoCloseable {
        final Socket socket;

        Conn(Socket s) throws IOException {
            socket = s;
            socket.setSoTimeout(10_000);
        }

        /** Exactly {@code n} bytes. */
        byte[] read(int n) throws IOException {
            byte[] b = socket.getInputStream().readNBytes(n);
            if (b.length != n) {
                fail("the server got " + b.length + " bytes, not " + n + ", before the connection ended");
            }
            return b;
        }

        void write(byte[] b) throws IOException {
            socket.getOutputStream().write(b);
            socket.getOutputStream().flush();
        }

        /** Waits (deadline: the socket timeout) for the modem's side to close; true when it did. */
        boolean closedByModem() throws IOException {
            InputStream in = socket.getInputStream();
            try {
                return in.read() == -1;
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;        // a reset counts as closed
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
