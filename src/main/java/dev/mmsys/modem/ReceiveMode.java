package dev.mmsys.modem;

/**
 * How the modem hands over socket data in command mode (AT+CIPRXGET): pushed as {@code +IPD} blocks, or
 * kept in the modem until read with {@code AT+CIPRXGET=2} after a {@code +CIPRXGET: 1} notice.
 */
public enum ReceiveMode {
    PUSH, MANUAL
}
