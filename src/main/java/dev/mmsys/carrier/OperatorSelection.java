package dev.mmsys.carrier;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An {@code AT+COPS?} answer: {@code +COPS: <mode>[,<format>,"<oper>"[,<AcT>]]}. Without an operator the
 * modem is not registered.
 *
 * @param mode         0 automatic, 1 manual, 2 deregistered, 3 set format only, 4 manual/automatic
 * @param format       0 long alphanumeric, 1 short alphanumeric, 2 numeric
 * @param operator     the operator as {@code format} writes it
 * @param accessTechnology 0 GSM, 2 UTRAN, 7 E-UTRAN, …
 */
public record OperatorSelection(int mode, OptionalInt format, Optional<String> operator,
                                OptionalInt accessTechnology) {

    /** The modem names an operator, i.e. it is registered. */
    public boolean isRegistered() {
        return operator.isPresent();
    }

    /** The operator's name when the modem gave it in an alphanumeric format (0 or 1). */
    public Optional<String> name() {
        return format.isPresent() && format.getAsInt() != 2 ? operator : Optional.empty();
    }
}
