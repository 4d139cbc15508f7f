package dev.mmsys.modem;

import java.util.List;

/**
 * A command's successful answer: its information lines (echo removed), the final line ({@code OK} or
 * {@code CONNECT…}) and the raw bytes of a binary block, if any.
 */
public record AtResponse(String command, List<String> lines, String finalLine, byte[] data) {

    public AtResponse {
        lines = List.copyOf(lines);
        data = data == null ? new byte[0] : data;
    }

    /** The first line starting with {@code prefix}, with the prefix and following blanks removed; or null. */
    public String value(String prefix) {
        for (String l : lines) {
            if (l.startsWith(prefix)) {
                return l.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    /** The first information line that does not start with '+', e.g. the IMSI of AT+CIMI; or null. */
    public String bareLine() {
        for (String l : lines) {
            if (!l.startsWith("+")) {
                return l;
            }
        }
        return null;
    }

    /** Lines and final line joined for messages and evidence. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append(" | ");
        }
        return b.append(finalLine).toString();
    }
}
