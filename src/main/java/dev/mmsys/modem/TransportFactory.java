package dev.mmsys.modem;

/** Opens a {@link Transport} for a port string; registered with {@link Transports} under a scheme. */
@FunctionalInterface
public interface TransportFactory {

    /**
     * @param port     the port string as the user wrote it ({@code tcp://host:2000}, {@code emulator})
     * @param baudRate the serial speed (ignored where it means nothing)
     */
    Transport open(String port, int baudRate) throws ModemException;
}
