package dev.mmsys.emulator;

/** How a command line ends (V.25ter final result codes and the SIM7600's own forms). */
sealed interface FinalResult {

    record Ok() implements FinalResult {
    }

    /** Plain {@code ERROR}, whatever AT+CMEE says. */
    record Error() implements FinalResult {
    }

    /** {@code +CME ERROR: <n>}, shown per AT+CMEE. */
    record Cme(int code) implements FinalResult {
    }

    /** {@code +CMS ERROR: <n>}, shown per AT+CMEE. */
    record Cms(int code) implements FinalResult {
    }

    /** A final line of its own, such as {@code CONNECT 115200} or {@code CONNECT FAIL}. */
    record Line(String text) implements FinalResult {
    }

    /** No final result at all (a modem that went silent, or a prompt that waits for data). */
    record None() implements FinalResult {
    }

    FinalResult OK = new Ok();
    FinalResult ERROR = new Error();
    FinalResult NONE = new None();
}
