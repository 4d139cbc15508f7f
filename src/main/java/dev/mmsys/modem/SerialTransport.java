package dev.mmsys.modem;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A serial port through jSerialComm ({@code /dev/ttyUSB2}, {@code COM24}, a pty). Opened exclusively, 8N1,
 * no flow control (the SIM7600 default). jSerialComm keeps {@code isOpen()} true after the device vanished and
 * its reads return -1 instead: {@link #input()} turns that into an end of stream, which the AT channel treats
 * as "port gone".
 */
public final class SerialTransport implements Transport {

    /** errno values jSerialComm reports when another process holds the port (EAGAIN from flock, EBUSY). */
    private static final int EAGAIN = 11;
    private static final int EBUSY = 16;
    private static final int EACCES = 13;

    private final SerialPort port;
    private final String description;
    private final InputStream in;
    private final OutputStream out;

    private SerialTransport(SerialPort port, String description) {
        this.port = port;
        this.description = description;
        this.in = new EndAwareInput(port.getInputStream());
        this.out = port.getOutputStream();
    }

    public static SerialTransport open(String name, int baudRate) throws ModemException {
        boolean pathLike = name.startsWith("/");
        if (pathLike && !Files.exists(Path.of(name))) {
            throw new PortUnavailableException(name + " does not exist: is the modem plugged in and powered? "
                    + "(the SIM7600's AT port is usually the third ttyUSB, e.g. /dev/ttyUSB2)", false, null);
        }
        SerialPort p;
        try {
            p = SerialPort.getCommPort(name);
        } catch (SerialPortInvalidPortException e) {
            throw new PortUnavailableException(name + " is not a serial port jSerialComm can open ("
                    + e.getMessage() + "); check --port", false, e);
        }
        p.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // reads block until at least one octet (the reader thread is the only reader; close() unblocks it);
        // a write that cannot drain for far longer than its line time means the device stopped reading
        int writeTimeoutMs = (int) Math.max(10_000, 3L * 4096 * 10 * 1000 / Math.max(1, baudRate));
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 0,
                writeTimeoutMs);
        if (!p.openPort()) {
            int errno = p.getLastErrorCode();
            if (errno == EAGAIN || errno == EBUSY) {
                throw new PortUnavailableException(name + " is in use by another program (errno " + errno
                        + "): stop it (ModemManager, minicom, another mmsys) or choose another port", true, null);
            }
            if (errno == EACCES) {
                throw new PortUnavailableException(name + ": permission denied: add your user to the 'dialout' "
                        + "group (then log in again) or run with access to the port", false, null);
            }
            throw new PortUnavailableException(name + " could not be opened (error " + errno
                    + "): is the modem plugged in, and is no other program using it?", errno == 2, null);
        }
        return new SerialTransport(p, name + " at " + baudRate + " baud");
    }

    @Override
    public InputStream input() {
        return in;
    }

    @Override
    public OutputStream output() {
        return out;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        port.closePort();
    }

    /** Maps jSerialComm's "disconnected" exceptions to end of stream, the one signal the channel watches. */
    private static final class EndAwareInput extends InputStream {
        private final InputStream delegate;

        EndAwareInput(InputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n;
            do {
                n = read(one, 0, 1);
            } while (n == 0);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return delegate.read(b, off, len);
            } catch (com.fazecast.jSerialComm.SerialPortIOException e) {
                return -1;
            }
        }

        @Override
        public int available() throws IOException {
            try {
                return delegate.available();
            } catch (com.fazecast.jSerialComm.SerialPortIOException e) {
                return 0;
            }
        }
    }
}
