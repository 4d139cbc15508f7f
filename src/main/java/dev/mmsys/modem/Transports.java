package dev.mmsys.modem;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a port string into a {@link Transport}: {@code tcp://host:port} is raw TCP, a scheme registered with
 * {@link #register} (the app registers {@code emulator}) uses its factory, anything else is a serial port
 * ({@code /dev/ttyUSB2}, {@code COM24}). The modem layer knows nothing of the emulator itself.
 */
public final class Transports {

    private static final Map<String, TransportFactory> FACTORIES = new ConcurrentHashMap<>();

    private Transports() {
    }

    /**
     * Registers {@code factory} for port strings equal to {@code scheme} or starting with {@code scheme:}
     * (e.g. {@code emulator}, {@code emulator:mint-ipv4-blocked}).
     */
    public static void register(String scheme, TransportFactory factory) {
        FACTORIES.put(scheme.toLowerCase(Locale.ROOT), factory);
    }

    public static void unregister(String scheme) {
        FACTORIES.remove(scheme.toLowerCase(Locale.ROOT));
    }

    public static Transport open(String port, int baudRate) throws ModemException {
        if (port == null || port.isBlank()) {
            throw new ModemException("no modem port configured: set mmsys.modem.port (or --port) to /dev/ttyUSB2, "
                    + "COM24, tcp://host:port or emulator", false);
        }
        String scheme = scheme(port);
        TransportFactory f = scheme == null ? null : FACTORIES.get(scheme);
        if (f != null) {
            return f.open(port, baudRate);
        }
        if ("tcp".equals(scheme)) {
            return TcpTransport.open(port);
        }
        if (port.equalsIgnoreCase("emulator") || "emulator".equals(scheme)) {
            throw new ModemException("port '" + port + "' names the built-in emulator, but it is not available in "
                    + "this process; run through the mmsys application, or use a pty/tcp port", false);
        }
        return SerialTransport.open(port, baudRate);
    }

    /** "tcp" for tcp://…, "emulator" for emulator or emulator:x; null for device names and paths. */
    static String scheme(String port) {
        int colon = port.indexOf(':');
        String s = colon < 0 ? port : port.substring(0, colon);
        // a Windows drive letter (C:\…) or a plain device name is not a scheme
        if (colon == 1 || s.startsWith("/") || s.isEmpty()) {
            return null;
        }
        return colon < 0 && !FACTORIES.containsKey(s.toLowerCase(Locale.ROOT)) ? null : s.toLowerCase(Locale.ROOT);
    }
}
