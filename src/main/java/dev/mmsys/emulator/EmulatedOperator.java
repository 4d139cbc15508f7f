package dev.mmsys.emulator;

/**
 * The network the emulated modem is camped on.
 *
 * @param registration {@code <stat>} of +CREG/+CGREG/+CEREG: 0 not searching, 1 home, 2 searching, 3 denied, 5 roaming
 * @param rssi         +CSQ {@code <rssi>} (0-31, 99 unknown)
 */
public record EmulatedOperator(String longName, String shortName, String plmn, int registration, int rssi) {

    public boolean registered() {
        return registration == 1 || registration == 5;
    }
}
