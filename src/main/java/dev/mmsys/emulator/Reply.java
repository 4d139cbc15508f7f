package dev.mmsys.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The response a command handler builds: information lines (framed {@code \r\n...\r\n}, one block per command
 * as the SIM7600 frames them), raw data, and how it ends: a {@link FinalResult}, a prompt with a
 * {@link DataPhase}, or a final result that comes later ({@link #defer}).
 */
final class Reply {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();
    private final List<Runnable> after = new ArrayList<>();
    private final boolean verbose;
    FinalResult fin = FinalResult.OK;
    String prompt;
    DataPhase dataPhase;
    boolean deferred;
    Duration delay = Duration.ZERO;

    Reply(boolean verbose) {
        this.verbose = verbose;
    }

    /** An information line; consecutive lines form one block. */
    Reply info(String line) {
        lines.add(line);
        return this;
    }

    /** Raw octets after the information lines so far (CIPRXGET data). */
    Reply raw(byte[] data) {
        flushLines();
        body.writeBytes(data);
        return this;
    }

    void ok() {
        fin = FinalResult.OK;
    }

    void error() {
        fin = FinalResult.ERROR;
    }

    void cme(int code) {
        fin = new FinalResult.Cme(code);
    }

    void cms(int code) {
        fin = new FinalResult.Cms(code);
    }

    /** A line that carries the error, then plain ERROR: {@code +CIPERROR: 4}, {@code +CIPOPEN: 0,4}. */
    void errorWith(String line) {
        info(line);
        fin = FinalResult.ERROR;
    }

    void finalLine(String text) {
        fin = new FinalResult.Line(text);
    }

    void silent() {
        fin = FinalResult.NONE;
    }

    /** Shows {@code prompt} and hands the following bytes to {@code phase}. */
    void prompt(String promptBytes, DataPhase phase) {
        prompt = promptBytes;
        dataPhase = phase;
        fin = FinalResult.NONE;
    }

    /** The final result comes later, from whoever calls {@link ModemCore#finishDeferred}. */
    void defer() {
        deferred = true;
        fin = FinalResult.NONE;
    }

    /** Emits this reply {@code d} after the command was taken (commands that block, like AT+CDNSGIP). */
    void delay(Duration d) {
        delay = delay.plus(d);
    }

    /** Runs {@code r} on the modem thread right after this reply went out (e.g. to schedule URCs). */
    void after(Runnable r) {
        after.add(r);
    }

    List<Runnable> afterActions() {
        return after;
    }

    boolean endsLine() {
        return prompt != null || deferred || !(fin instanceof FinalResult.Ok);
    }

    /** The information lines and raw data, framed. */
    byte[] body() {
        flushLines();
        return body.toByteArray();
    }

    private void flushLines() {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (verbose) {
            sb.append("\r\n");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append("\r\n");
            }
            sb.append(lines.get(i));
        }
        sb.append("\r\n");
        body.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        lines.clear();
    }
}
