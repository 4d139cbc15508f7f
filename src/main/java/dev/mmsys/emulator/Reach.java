package dev.mmsys.emulator;

/** What a TCP connection attempt to a destination meets in the emulated carrier network. */
public enum Reach {
    /** A server answers: the emulator connects to a real local TCP server. */
    CONNECT,
    /** The destination answers with a reset: {@code +CIPOPEN: <l>,1} after the connect latency. */
    REFUSE,
    /** Nothing ever answers: {@code +CIPOPEN: <l>,10} after {@code <cipopen_timeout>}. */
    BLACKHOLE
}
