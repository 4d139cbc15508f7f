package dev.mmsys.emulator;

/** The emulated modem's port is already open by another host (a real port is exclusive too). */
public final class PortBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortBusyException(String message) {
        super(message);
    }
}
