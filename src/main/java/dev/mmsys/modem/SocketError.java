package dev.mmsys.modem;

/** The {@code <err>} codes of +NETOPEN, +CIPOPEN, +CIPCLOSE, +CIPERROR (SIM7600 AT manual §11.6). */
public final class SocketError {

    private SocketError() {
    }

    public static String describe(int err) {
        return switch (err) {
            case 0 -> "operation succeeded";
            case 1 -> "network failure";
            case 2 -> "network not opened";
            case 3 -> "wrong parameter";
            case 4 -> "operation not supported (link busy or not open)";
            case 5 -> "failed to create socket";
            case 6 -> "failed to bind socket";
            case 7 -> "TCP server is already listening";
            case 8 -> "busy";
            case 9 -> "sockets opened";
            case 10 -> "timeout";
            case 11 -> "DNS parse failed";
            case 12, 255 -> "unknown error";
            default -> "error " + err;
        };
    }
}
