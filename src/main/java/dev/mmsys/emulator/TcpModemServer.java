package dev.mmsys.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modem's port as raw TCP, the way ser2net serves a serial device: one client at a time gets the byte
 * stream; a second client is told the port is in use and disconnected.
 */
public final class TcpModemServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TcpModemServer.class);

    private final Sim7600Emulator emulator;
    private final ServerSocket server;
    private final Thread acceptor;
    private volatile boolean closed;

    TcpModemServer(Sim7600Emulator emulator, int port) throws IOException {
        this.emulator = emulator;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another port", e);
        }
        this.acceptor = new Thread(this::acceptLoop, "sim7600-tcp-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port clients connect to ({@code tcp://127.0.0.1:<port>}). */
    public int port() {
        return server.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("modem TCP server stopped accepting: {}", e.toString());
                }
                return;
            }
            try {
                s.setTcpNoDelay(true);
                emulator.attach(s.getInputStream(), s.getOutputStream(), "TCP client " + s.getRemoteSocketAddress());
            } catch (PortBusyException e) {
                refuse(s);
            } catch (IOException | IllegalStateException e) {
                LOG.debug("modem TCP client dropped: {}", e.toString());
                closeQuietly(s);
            }
        }
    }

    /** ser2net's answer to a second client. */
    private static void refuse(Socket s) {
        try (s; OutputStream out = s.getOutputStream()) {
            out.write("Port already in use\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.debug("refusing a second client: {}", e.toString());
        }
    }

    /** Stops listening and disconnects the client. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        emulator.dropHost();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to do
        }
    }
}
