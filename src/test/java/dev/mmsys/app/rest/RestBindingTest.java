package dev.mmsys.app.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.MmsysConfig;
import dev.mmsys.testing.RunningApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST server listens on 127.0.0.1 only unless {@code camel.server.host} says otherwise (README: "0.0.0.0
 * opens it to the network"). The probe is an address of this machine that is not 127.0.0.1: a non-loopback
 * interface address when there is one, else 127.0.0.2 (on Linux all of 127/8 reaches the loopback interface, but
 * a socket bound to 127.0.0.1 does not accept it). The same probe must connect once the server listens on
 * 0.0.0.0, so a refusal in the default case is the binding's doing and not an unreachable address.
 */
class RestBindingTest {

    @TempDir
    Path dir;

    @Test
    void theShippedConfigurationAndTheDefaultsBindToLocalhost() {
        assertEquals("127.0.0.1", MmsysConfig.defaults().get("camel.server.host"));
        assertEquals("127.0.0.1", MmsysConfig.load(Path.of("config/application.properties"), true, Map.of())
                .get("camel.server.host"), "config/application.properties");
    }

    @Test
    void byDefaultOnlyLoopbackConnectionsAreAccepted() throws Exception {
        InetAddress probe = probeAddress();
        try (RunningApp app = RunningApp.start(dir.resolve("default"), Map.of())) {
            assertEquals(200, app.get("/api/health").statusCode(), "reachable on 127.0.0.1");
            assertThrows(ConnectException.class, () -> health(probe, app.httpPort),
                    "the REST server must not accept connections on " + probe.getHostAddress());
        }
        try (RunningApp app = RunningApp.start(dir.resolve("open"), Map.of("camel.server.host", "0.0.0.0"))) {
            assertTrue(health(probe, app.httpPort).startsWith("HTTP/1.1 200"),
                    "with camel.server.host=0.0.0.0 the server answers on " + probe.getHostAddress());
            assertEquals(200, app.get("/api/health").statusCode(), "and still on 127.0.0.1");
        }
    }

    /** GET /api/health on {@code address:port} over a plain socket; the status line. */
    private static String health(InetAddress address, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 5000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/health HTTP/1.1\r\nHost: " + address.getHostAddress() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            return line.toString().strip();
        }
    }

    /** An IPv4 address of this machine other than 127.0.0.1: a non-loopback one if any, else 127.0.0.2. */
    private static InetAddress probeAddress() throws SocketException, IOException {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return a;
                }
            }
        }
        return InetAddress.getByName("127.0.0.2");
    }
}
