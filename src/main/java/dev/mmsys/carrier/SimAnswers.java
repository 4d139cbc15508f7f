package dev.mmsys.carrier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the modem's raw answers to the SIM queries into values. Each method takes the answer as the modem
 * layer received it: the information line alone, or with the echoed command, blank lines and the final
 * {@code OK}. An {@code ERROR} or {@code +CME ERROR} answer is a {@link SimDataException}: the caller should
 * have handled those (no SIM, PIN) before asking for the values.
 *
 * <p>Typical use by the modem layer:
 * <pre>{@code
 * SimIdentity sim = SimIdentity.builder(SimAnswers.imsi(send("AT+CIMI")))
 *         .gid1(SimAnswers.fileContent(ElementaryFile.GID1, send(ElementaryFile.GID1.readCommand(8)))
 *                 .flatMap(SimFiles::gid1).orElse(null))
 *         .spn(SimAnswers.fileContent(ElementaryFile.SPN, send(ElementaryFile.SPN.readCommand(17)))
 *                 .map(h -> SimFiles.spn(h).name()).orElse(null))
 *         .iccid(SimAnswers.iccid(send("AT+CICCID")))
 *         .operatorName(SimAnswers.operator(send("AT+COPS?")).name().orElse(null))
 *         .build();
 * }</pre>
 */
public final class SimAnswers {

    private static final Pattern COPS = Pattern.compile(
            "\\+COPS:\\s*(\\d)(?:\\s*,\\s*(\\d)\\s*,\\s*\"([^\"]*)\"(?:\\s*,\\s*(\\d+))?)?\\s*");
    private static final Pattern CRSM = Pattern.compile(
            "\\+CRSM:\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})(?:\\s*,\\s*\"?([0-9A-Fa-f]*)\"?)?\\s*");

    private SimAnswers() {
    }

    /** {@code AT+CIMI}: the IMSI, a bare line of 6 to 15 digits. */
    public static String imsi(String answer) {
        for (String line : informationLines("AT+CIMI", answer)) {
            if (line.matches("[0-9]{6,15}")) {
                return line;
            }
        }
        throw new SimDataException("AT+CIMI", "no IMSI (a line of 6 to 15 digits) in the answer '"
                + oneLine(answer) + "'");
    }

    /**
     * {@code AT+CICCID}: the SIM card number from {@code +ICCID: <digits>}; a trailing F (19-digit ICCIDs
     * are padded to 20) is dropped.
     */
    public static String iccid(String answer) {
        for (String line : informationLines("AT+CICCID", answer)) {
            String upper = line.toUpperCase(Locale.ROOT);
            for (String prefix : List.of("+ICCID:", "+CCID:", "+QCCID:")) {
                if (upper.startsWith(prefix)) {
                    String v = upper.substring(prefix.length()).strip().replace("\"", "");
                    while (v.endsWith("F")) {
                        v = v.substring(0, v.length() - 1);
                    }
                    if (!v.matches("[0-9]{6,22}")) {
                        throw new SimDataException("AT+CICCID", "'" + line + "' does not hold an ICCID of digits");
                    }
                    return v;
                }
            }
        }
        throw new SimDataException("AT+CICCID", "no +ICCID: line in the answer '" + oneLine(answer) + "'");
    }

    /** {@code AT+COPS?}: registration mode and, when registered, the operator. */
    public static OperatorSelection operator(String answer) {
        for (String line : informationLines("AT+COPS?", answer)) {
            if (line.startsWith("+COPS:")) {
                Matcher m = COPS.matcher(line);
                if (!m.matches()) {
                    throw new SimDataException("AT+COPS?", "cannot read '" + line + "'; expected "
                            + "+COPS: <mode>[,<format>,\"<oper>\"[,<AcT>]]");
                }
                return new OperatorSelection(Integer.parseInt(m.group(1)),
                        m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(2))),
                        Optional.ofNullable(m.group(3)),
                        m.group(4) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(4))));
            }
        }
        throw new SimDataException("AT+COPS?", "no +COPS: line in the answer '" + oneLine(answer) + "'");
    }

    /** {@code AT+CRSM}: {@code +CRSM: <sw1>,<sw2>[,"<hex>"]} (quotes optional). */
    public static CrsmResponse crsm(String answer) {
        for (String line : informationLines("AT+CRSM", answer)) {
            if (line.startsWith("+CRSM:")) {
                Matcher m = CRSM.matcher(line);
                if (!m.matches()) {
                    throw new SimDataException("AT+CRSM", "cannot read '" + line + "'; expected "
                            + "+CRSM: <sw1>,<sw2>[,\"<hex>\"]");
                }
                int sw1 = Integer.parseInt(m.group(1));
                int sw2 = Integer.parseInt(m.group(2));
                if (sw1 > 255 || sw2 > 255) {
                    throw new SimDataException("AT+CRSM", "status words " + sw1 + "," + sw2 + " are not octets");
                }
                String data = m.group(3);
                return new CrsmResponse(sw1, sw2, data == null || data.isEmpty() ? Optional.empty()
                        : Optional.of(SimFiles.checkHex("AT+CRSM", data).toUpperCase(Locale.ROOT)));
            }
        }
        throw new SimDataException("AT+CRSM", "no +CRSM: line in the answer '" + oneLine(answer) + "'");
    }

    /**
     * The content of {@code file} from a READ BINARY answer: the hex, or empty when the SIM has no such file.
     * Any other failure status is an error naming the status words.
     */
    public static Optional<String> fileContent(ElementaryFile file, String answer) {
        CrsmResponse r = crsm(answer);
        if (r.isFileNotFound()) {
            return Optional.empty();
        }
        if (!r.isOk()) {
            throw new SimDataException(file.label(), "the SIM answered status " + r.statusWords()
                    + " to READ BINARY (not 9000)");
        }
        return Optional.of(r.data().orElse(""));
    }

    /** The answer's lines without the echo, blank lines and OK; an error answer throws. */
    private static List<String> informationLines(String command, String answer) {
        if (answer == null) {
            throw new SimDataException(command, "no answer");
        }
        List<String> lines = new ArrayList<>();
        for (String raw : answer.split("\r\n|\r|\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.equals("OK") || line.toUpperCase(Locale.ROOT).startsWith("AT")) {
                continue;
            }
            if (line.equals("ERROR") || line.startsWith("+CME ERROR") || line.startsWith("+CMS ERROR")) {
                throw new SimDataException(command, "the modem answered '" + line + "'");
            }
            lines.add(line);
        }
        return lines;
    }

    private static String oneLine(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
}
