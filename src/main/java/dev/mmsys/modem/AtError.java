package dev.mmsys.modem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error form a SIM7600 used to refuse a command: plain {@code ERROR}, {@code +CME ERROR}, {@code +CMS ERROR}
 * (numeric or verbose), {@code +CIPERROR: <err>}, {@code +IP ERROR: <info>} or a command's own
 * {@code +CIPOPEN: <link>,<err>}-style line before {@code ERROR}.
 *
 * @param kind which form
 * @param code the numeric code, or -1 when the modem gave text only
 * @param text the verbose text, or the well-known meaning of the code, or ""
 */
public record AtError(Kind kind, int code, String text) {

    public enum Kind { ERROR, CME, CMS, CIPERROR, IP_ERROR, RESULT_LINE }

    private static final Pattern CODE = Pattern.compile("\\d+");
    private static final Pattern RESULT_LINE =
            Pattern.compile("\\+(CIPOPEN|CIPCLOSE|NETCLOSE|NETOPEN): (?:\\d+,)?(\\d+)");

    /** The error expressed by {@code info} lines and the final line ({@code ERROR}, {@code +CME ERROR: …}). */
    static AtError of(List<String> info, String finalLine) {
        if (finalLine.startsWith("+CME ERROR:")) {
            return coded(Kind.CME, finalLine.substring(11).strip());
        }
        if (finalLine.startsWith("+CMS ERROR:")) {
            return coded(Kind.CMS, finalLine.substring(11).strip());
        }
        for (String line : info) {
            if (line.startsWith("+CIPERROR:")) {
                return coded(Kind.CIPERROR, line.substring(10).strip());
            }
            if (line.startsWith("+IP ERROR:")) {
                return coded(Kind.IP_ERROR, line.substring(10).strip());
            }
            Matcher m = RESULT_LINE.matcher(line);
            if (m.matches()) {
                int code = Integer.parseInt(m.group(2));
                return new AtError(Kind.RESULT_LINE, code, SocketError.describe(code));
            }
        }
        return new AtError(Kind.ERROR, -1, "");
    }

    private static AtError coded(Kind kind, String value) {
        if (CODE.matcher(value).matches()) {
            int code = Integer.parseInt(value);
            String text = switch (kind) {
                case CME -> cmeText(code);
                case CMS -> cmsText(code);
                case CIPERROR -> SocketError.describe(code);
                case IP_ERROR -> ipErrorText(code);
                default -> "";
            };
            return new AtError(kind, code, text);
        }
        return new AtError(kind, -1, value);
    }

    /** True for a verbose or numeric "SIM not inserted" (CME 10). */
    public boolean simNotInserted() {
        return kind == Kind.CME && (code == 10 || text.equalsIgnoreCase("SIM not inserted"));
    }

    @Override
    public String toString() {
        String head = switch (kind) {
            case ERROR -> "ERROR";
            case CME -> "+CME ERROR";
            case CMS -> "+CMS ERROR";
            case CIPERROR -> "+CIPERROR";
            case IP_ERROR -> "+IP ERROR";
            case RESULT_LINE -> "error";
        };
        if (kind == Kind.ERROR) {
            return head;
        }
        return head + " " + (code >= 0 ? code + (text.isEmpty() ? "" : " (" + text + ")") : text);
    }

    static String cmeText(int code) {
        return switch (code) {
            case 3 -> "operation not allowed";
            case 4 -> "operation not supported";
            case 10 -> "SIM not inserted";
            case 11 -> "SIM PIN required";
            case 12 -> "SIM PUK required";
            case 13 -> "SIM failure";
            case 14 -> "SIM busy";
            case 15 -> "SIM wrong";
            case 16 -> "incorrect password";
            case 30 -> "no network service";
            case 100 -> "unknown";
            default -> "";
        };
    }

    static String cmsText(int code) {
        return switch (code) {
            case 300 -> "ME failure";
            case 302 -> "operation not allowed";
            case 303 -> "operation not supported";
            case 304 -> "invalid PDU mode parameter";
            case 310 -> "SIM not inserted";
            case 314 -> "SIM busy";
            case 330 -> "SMSC address unknown";
            case 331 -> "no network service";
            case 332 -> "network timeout";
            case 500 -> "unknown error";
            default -> "";
        };
    }

    static String ipErrorText(int code) {
        String[] texts = {"Connection time out", "Bind port failed", "Port overflow", "Create socket failed",
            "Network is already opened", "Network is already closed", "No clients connected", "No active client",
            "Network not opened", "Client index overflow", "Connection is already created",
            "Connection is not created", "Invalid parameter", "Operation not supported", "DNS query failed",
            "TCP busy", "Netclose failed for socket opened", "Sending time out", "Sending failure for network error",
            "Open failure for network error", "Server is already listening", "No data", "Port overflow"};
        return code >= 0 && code < texts.length ? texts[code] : "";
    }
}
