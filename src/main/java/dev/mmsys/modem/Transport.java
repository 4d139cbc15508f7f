package dev.mmsys.modem;

import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A byte pipe to the modem's AT interface: a serial port, a TCP connection to ser2net, or an in-process
 * emulator. {@link #input()} must return -1 (or throw) when the other end is gone; {@link #close()} must
 * unblock a read in progress.
 */
public interface Transport extends Closeable {

    InputStream input();

    OutputStream output();

    /** What this is connected to, for messages: "/dev/ttyUSB2 at 115200 baud", "tcp://host:port". */
    String describe();

    @Override
    void close();
}
