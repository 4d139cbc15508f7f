package dev.mmsys.modem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A transport over a given stream pair (the in-process emulator, tests). Closing closes both streams; the
 * optional {@code onClose} releases whatever backs them.
 */
public final class StreamTransport implements Transport {

    private final InputStream in;
    private final OutputStream out;
    private final String description;
    private final Runnable onClose;

    public StreamTransport(InputStream in, OutputStream out, String description, Runnable onClose) {
        this.in = in;
        this.out = out;
        this.description = description;
        this.onClose = onClose;
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
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is best effort: the pipe is being abandoned
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // as above
        }
        if (onClose != null) {
            onClose.run();
        }
    }
}
