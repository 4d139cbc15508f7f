package dev.mmsys.emulator;

import java.util.List;

/**
 * One command of an AT command line, as the modem parsed it: {@code AT+CGDCONT=1,"IP","apn"} is the extended
 * command {@code +CGDCONT} of kind {@link Kind#SET} with three arguments; {@code ATE0} is the basic command
 * {@code E} with the argument {@code 0}.
 */
record AtCommand(String name, Kind kind, List<Arg> args) {

    enum Kind {
        /** {@code AT+X} or a basic command such as {@code ATE0}. */
        EXEC,
        /** {@code AT+X?} */
        READ,
        /** {@code AT+X=?} */
        TEST,
        /** {@code AT+X=args} */
        SET
    }

    /** An argument: its text without quotes, whether it was quoted, and whether it was left out ({@code ,,}). */
    record Arg(String text, boolean quoted) {
        boolean omitted() {
            return !quoted && text.isEmpty();
        }
    }

    AtCommand {
        args = List.copyOf(args);
    }

    int argCount() {
        return args.size();
    }

    boolean has(int i) {
        return i < args.size() && !args.get(i).omitted();
    }

    String text(int i) {
        return has(i) ? args.get(i).text() : "";
    }

    /** The argument as a whole number; {@link BadArgument} when it is missing or not a number. */
    int integer(int i) {
        if (!has(i) || args.get(i).quoted()) {
            throw new BadArgument(name + " argument " + (i + 1) + " must be a number");
        }
        try {
            return Integer.parseInt(args.get(i).text());
        } catch (NumberFormatException e) {
            throw new BadArgument(name + " argument " + (i + 1) + " must be a number");
        }
    }

    int integer(int i, int ifOmitted) {
        return has(i) ? integer(i) : ifOmitted;
    }

    /** An argument out of range or of the wrong form: the modem answers with an error, never a crash. */
    static final class BadArgument extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadArgument(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public String toString() {
        return "AT" + name + switch (kind) {
            case EXEC -> args.isEmpty() ? "" : args.get(0).text();
            case READ -> "?";
            case TEST -> "=?";
            case SET -> "=" + args.stream().map(a -> a.quoted() ? '"' + a.text() + '"' : a.text())
                    .reduce((a, b) -> a + "," + b).orElse("");
        };
    }
}
