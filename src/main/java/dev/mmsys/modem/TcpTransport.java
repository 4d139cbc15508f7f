package dev.mmsys.modem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;

/** A modem AT port served over raw TCP ({@code tcp://host:port}, e.g. ser2net in raw mode). */
public final class TcpTransport implements Transport {

    static final int CONNECT_TIMEOUT_MS = 10_000;

    private final Socket socket;
    private final String description;

    private TcpTransport(Socket socket, String description) {
        this.socket = socket;
        this.description = description;
    }

    public static TcpTransport open(String port) throws ModemException {
        URI uri;
        try {
            uri = URI.create(port);
        } catch (IllegalArgumentException e) {
            throw new ModemException("port '" + port + "' is not a valid tcp://host:port address", false);
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new ModemException("port '" + port + "' needs a host and a port number, like tcp://192.168.1.5:2000",
                    false);
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_TIMEOUT_MS);
            return new TcpTransport(s, port);
        } catch (UnknownHostException e) {
            closeQuietly(s);
            throw new PortUnavailableException(port + ": unknown host '" + uri.getHost() + "'; check the address",
                    false, e);
        } catch (ConnectException | SocketTimeoutException e) {
            closeQuietly(s);
            throw new PortUnavailableException(port + ": nothing answers there (" + e.getMessage()
                    + "); is ser2net (or the emulator) running and listening on that port?", false, e);
        } catch (IOException e) {
            closeQuietly(s);
            throw new PortUnavailableException(port + ": cannot connect (" + e.getMessage() + ")", false, e);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to release
        }
    }

    @Override
    public InputStream input() {
        try {
            return socket.getInputStream();
        } catch (IOException e) {
            return InputStream.nullInputStream();
        }
    }

    @Override
    public OutputStream output() {
        try {
            return socket.getOutputStream();
        } catch (IOException e) {
            return OutputStream.nullOutputStream();
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }
}
