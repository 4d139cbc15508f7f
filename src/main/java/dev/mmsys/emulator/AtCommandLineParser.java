package dev.mmsys.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one command line (without its CR) into commands, V.25ter style: {@code AT} then basic commands
 * ({@code E0}, {@code &F}, {@code I}) and extended ones ({@code +CSQ}), extended ones separated by {@code ;}.
 * Names are upper-cased; quoted arguments keep their case and may contain {@code ;} and {@code ,}.
 */
final class AtCommandLineParser {

    /** The SIM7600 rejects a line longer than this after the {@code AT} prefix [M §1.4.4]. */
    static final int MAX_LINE = 559;
    /** ... or with more commands than this [M §1.4.4]. */
    static final int MAX_COMMANDS = 39;

    private final String line;
    private int pos;

    private AtCommandLineParser(String line) {
        this.line = line;
    }

    /** The commands of {@code line}; {@link Malformed} when it is not a well-formed AT command line. */
    static List<AtCommand> parse(String line) {
        if (line.length() < 2 || !line.substring(0, 2).equalsIgnoreCase("AT")) {
            throw new Malformed("a command line starts with AT");
        }
        if (line.length() - 2 > MAX_LINE) {
            throw new Malformed("longer than " + MAX_LINE + " characters");
        }
        AtCommandLineParser p = new AtCommandLineParser(line);
        p.pos = 2;
        List<AtCommand> commands = p.commands();
        if (commands.size() > MAX_COMMANDS) {
            throw new Malformed(commands.size() + " commands in one line; at most " + MAX_COMMANDS);
        }
        return commands;
    }

    private List<AtCommand> commands() {
        List<AtCommand> out = new ArrayList<>();
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == ' ') {
                pos++;
            } else if (c == ';') {
                pos++;
            } else if (c == '+' || c == '$' || c == '^' || c == '*') {
                out.add(extended());
            } else if (Character.isLetter(c) || c == '&') {
                out.add(basic());
            } else {
                throw new Malformed("unexpected '" + c + "' at column " + (pos + 1));
            }
        }
        return out;
    }

    private AtCommand basic() {
        int start = pos;
        if (line.charAt(pos) == '&') {
            pos++;
            if (pos >= line.length() || !Character.isLetter(line.charAt(pos))) {
                throw new Malformed("'&' must be followed by a letter");
            }
        }
        pos++;
        String name = line.substring(start, pos).toUpperCase(Locale.ROOT);
        if (name.equals("S")) {
            return sRegister();
        }
        if (name.equals("D")) {
            // dial: the rest of the line is the dial string
            String rest = line.substring(pos);
            pos = line.length();
            return new AtCommand(name, AtCommand.Kind.EXEC, List.of(new AtCommand.Arg(rest, false)));
        }
        int digits = pos;
        while (pos < line.length() && Character.isDigit(line.charAt(pos))) {
            pos++;
        }
        String value = line.substring(digits, pos);
        return new AtCommand(name, AtCommand.Kind.EXEC,
                value.isEmpty() ? List.of() : List.of(new AtCommand.Arg(value, false)));
    }

    private AtCommand sRegister() {
        int digits = pos;
        while (pos < line.length() && Character.isDigit(line.charAt(pos))) {
            pos++;
        }
        if (digits == pos) {
            throw new Malformed("S needs a register number");
        }
        String name = "S" + line.substring(digits, pos);
        if (pos < line.length() && line.charAt(pos) == '?') {
            pos++;
            return new AtCommand(name, AtCommand.Kind.READ, List.of());
        }
        if (pos < line.length() && line.charAt(pos) == '=') {
            pos++;
            int v = pos;
            while (pos < line.length() && Character.isDigit(line.charAt(pos))) {
                pos++;
            }
            return new AtCommand(name, AtCommand.Kind.SET, List.of(new AtCommand.Arg(line.substring(v, pos), false)));
        }
        return new AtCommand(name, AtCommand.Kind.EXEC, List.of());
    }

    private AtCommand extended() {
        int start = pos;
        pos++;
        while (pos < line.length() && isNameChar(line.charAt(pos))) {
            pos++;
        }
        if (pos == start + 1) {
            throw new Malformed("empty command name at column " + (start + 1));
        }
        String name = line.substring(start, pos).toUpperCase(Locale.ROOT);
        if (pos >= line.length() || line.charAt(pos) == ';') {
            return new AtCommand(name, AtCommand.Kind.EXEC, List.of());
        }
        char c = line.charAt(pos);
        if (c == '?') {
            pos++;
            return new AtCommand(name, AtCommand.Kind.READ, List.of());
        }
        if (c != '=') {
            throw new Malformed("unexpected '" + c + "' after " + name);
        }
        pos++;
        if (pos < line.length() && line.charAt(pos) == '?') {
            pos++;
            return new AtCommand(name, AtCommand.Kind.TEST, List.of());
        }
        return new AtCommand(name, AtCommand.Kind.SET, arguments());
    }

    private List<AtCommand.Arg> arguments() {
        List<AtCommand.Arg> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (inQuotes) {
                if (c == '"') {
                    inQuotes = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                if (quoted || !cur.toString().isBlank()) {
                    throw new Malformed("misplaced quote at column " + (pos + 1));
                }
                cur.setLength(0);
                inQuotes = true;
                quoted = true;
            } else if (c == ',') {
                args.add(arg(cur, quoted));
                cur.setLength(0);
                quoted = false;
            } else if (c == ';') {
                break;
            } else {
                if (quoted && c != ' ') {
                    throw new Malformed("text after a closing quote at column " + (pos + 1));
                }
                cur.append(c);
            }
            pos++;
        }
        if (inQuotes) {
            throw new Malformed("unterminated quoted string");
        }
        args.add(arg(cur, quoted));
        return args;
    }

    private static AtCommand.Arg arg(StringBuilder cur, boolean quoted) {
        return new AtCommand.Arg(quoted ? cur.toString() : cur.toString().strip(), quoted);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '&' || c == '.' || c == '%' || c == '!';
    }

    /** The line is not a well-formed AT command line; the modem answers ERROR. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
