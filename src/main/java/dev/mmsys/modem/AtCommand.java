package dev.mmsys.modem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One AT command line and what its answer looks like. Built with {@link #of} and the {@code with…} methods
 * (each returns a copy; instances are immutable).
 *
 * <ul>
 *   <li>response prefixes: lines starting with one of these belong to this command's answer even when the
 *       same text can also be a URC ({@code +CPIN: READY}, {@code +CIPOPEN: 0,4}).</li>
 *   <li>payload: bytes sent after the modem's {@code >} prompt (CIPSEND data, CMGS hex + Ctrl-Z).</li>
 *   <li>binary block: given an answer line, how many raw bytes follow it (CIPRXGET=2), or -1.</li>
 *   <li>connect: the answer ends with {@code CONNECT…} (the link is then in transparent data mode and its
 *       bytes go to the given sink), {@code CONNECT FAIL}, a failed {@code +CIPOPEN} or an error; an
 *       {@code OK} before it is not final.</li>
 *   <li>raw: the text is written as is, without the CR ({@code +++}).</li>
 * </ul>
 */
public final class AtCommand {

    private static final ToIntFunction<String> NO_BLOCK = line -> -1;

    private String text;
    /** What logs, transcripts and messages show: the text, or a version with secrets masked. */
    private String shown;
    private Duration timeout;
    private List<String> responsePrefixes = List.of();
    private byte[] payload;
    private String payloadSummary;
    private ToIntFunction<String> binaryBlock = NO_BLOCK;
    private DataSink connectSink;
    private boolean raw;
    private boolean survivesRestart;
    private boolean crlf;

    private AtCommand() {
    }

    /** {@code text} without the trailing CR, answered within {@code timeout}. */
    public static AtCommand of(String text, Duration timeout) {
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an AT command line must not contain CR or LF: " + text);
        }
        AtCommand c = new AtCommand();
        c.text = text;
        c.shown = text;
        c.timeout = timeout;
        return c;
    }

    private AtCommand copy() {
        AtCommand c = new AtCommand();
        c.text = text;
        c.shown = shown;
        c.timeout = timeout;
        c.responsePrefixes = responsePrefixes;
        c.payload = payload;
        c.payloadSummary = payloadSummary;
        c.binaryBlock = binaryBlock;
        c.connectSink = connectSink;
        c.raw = raw;
        c.survivesRestart = survivesRestart;
        c.crlf = crlf;
        return c;
    }

    /** Shows {@code masked} instead of the text in transcripts, logs and messages (a password in AT+CGAUTH). */
    public AtCommand shownAs(String masked) {
        AtCommand c = copy();
        c.shown = masked;
        return c;
    }

    /** The command as transcripts and messages show it. */
    public String shown() {
        return shown;
    }

    public AtCommand withResponsePrefixes(String... prefixes) {
        AtCommand c = copy();
        c.responsePrefixes = List.of(prefixes);
        return c;
    }

    /** Data for the {@code >} prompt; {@code summary} is what the transcript shows instead of the bytes. */
    public AtCommand withPayload(byte[] data, String summary) {
        AtCommand c = copy();
        c.payload = data.clone();
        c.payloadSummary = summary;
        return c;
    }

    public AtCommand withBinaryBlock(ToIntFunction<String> lengthAfterLine) {
        AtCommand c = copy();
        c.binaryBlock = lengthAfterLine;
        return c;
    }

    AtCommand expectingConnect(DataSink sink) {
        AtCommand c = copy();
        c.connectSink = sink;
        return c;
    }

    /**
     * A command typed while the modem boots may still be answered after its {@code RDY} (the probe after
     * opening the port): a restart does not end the wait for it.
     */
    public AtCommand survivingRestart() {
        AtCommand c = copy();
        c.survivesRestart = true;
        return c;
    }

    boolean survivesRestart() {
        return survivesRestart;
    }

    /** Ends the line with CR LF instead of CR. */
    public AtCommand withCrLf() {
        AtCommand c = copy();
        c.crlf = true;
        return c;
    }

    public AtCommand raw() {
        AtCommand c = copy();
        c.raw = true;
        return c;
    }

    public String text() {
        return text;
    }

    public Duration timeout() {
        return timeout;
    }

    boolean hasPayload() {
        return payload != null;
    }

    byte[] payload() {
        return payload;
    }

    String payloadSummary() {
        return payloadSummary;
    }

    boolean isRaw() {
        return raw;
    }

    boolean isConnect() {
        return connectSink != null;
    }

    DataSink connectSink() {
        return connectSink;
    }

    boolean ownsLine(String line) {
        for (String p : responsePrefixes) {
            if (line.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    int binaryBlockAfter(String line) {
        return binaryBlock.applyAsInt(line);
    }

    byte[] lineBytes() {
        return (raw ? text : text + (crlf ? "\r\n" : "\r")).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return shown;
    }
}
