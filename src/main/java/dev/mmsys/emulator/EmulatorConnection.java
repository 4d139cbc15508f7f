package dev.mmsys.emulator;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The host's end of the emulated modem's serial port, as plain streams: what the modem sends arrives on
 * {@link #fromModem()}, what the host writes to {@link #toModem()} reaches the modem at line rate. Like a real
 * port it is exclusive: one connection at a time. Closing it is like closing the port; the modem keeps running.
 */
public interface EmulatorConnection extends AutoCloseable {

    InputStream fromModem();

    OutputStream toModem();

    @Override
    void close();
}
