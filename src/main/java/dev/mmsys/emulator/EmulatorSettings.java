package dev.mmsys.emulator;

import java.util.Objects;

/**
 * How a {@link Sim7600Emulator} behaves beyond its carrier profile. Start from {@link #defaults()} (faithful:
 * realistic timings, 115200 baud) or {@link #forTests()} (fast), then adjust with the {@code with…} methods.
 *
 * @param profile          the carrier the modem meets
 * @param baudRate         line rate of the modelled UART (8N1: 10 bits per octet, both directions); 0 = unthrottled
 * @param timings          delays and timeouts
 * @param imei             what ATI and AT+CGSN report
 * @param echoDataPhase    echo the bytes typed after a {@code >} prompt while ATE1 (reference §1.2: unconfirmed)
 * @param crlfAfterIpd     send CR LF after each pushed {@code +IPD} data block (reference §5.6: unconfirmed; off)
 * @param bootOnFirstHost  power on (RDY, ...) when the first host attaches rather than at {@link Sim7600Emulator#start}
 */
public record EmulatorSettings(EmulatorProfile profile, int baudRate, Timings timings, String imei,
                               boolean echoDataPhase, boolean crlfAfterIpd, boolean bootOnFirstHost) {

    public EmulatorSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(timings, "timings");
        if (baudRate < 0) {
            throw new IllegalArgumentException("baud rate must be >= 0 (0 = unthrottled), was " + baudRate);
        }
    }

    /** Faithful defaults: profile {@code ideal}, 115200 baud, realistic timings. */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings(EmulatorProfiles.ideal(), 115200, Timings.realistic(), "861234567890123",
                true, false, true);
    }

    /** For tests: unthrottled line, every delay and timeout scaled by 0.01. */
    public static EmulatorSettings forTests() {
        return defaults().withBaudRate(0).withTimings(Timings.realistic().scaled(0.01));
    }

    public EmulatorSettings withProfile(EmulatorProfile p) {
        return new EmulatorSettings(p, baudRate, timings, imei, echoDataPhase, crlfAfterIpd, bootOnFirstHost);
    }

    public EmulatorSettings withProfile(String name) {
        return withProfile(EmulatorProfiles.get(name));
    }

    public EmulatorSettings withBaudRate(int baud) {
        return new EmulatorSettings(profile, baud, timings, imei, echoDataPhase, crlfAfterIpd, bootOnFirstHost);
    }

    public EmulatorSettings withTimings(Timings t) {
        return new EmulatorSettings(profile, baudRate, t, imei, echoDataPhase, crlfAfterIpd, bootOnFirstHost);
    }

    /** Multiplies every delay and timeout of the current timings by {@code factor}. */
    public EmulatorSettings withTimeScale(double factor) {
        return withTimings(timings.scaled(factor));
    }

    public EmulatorSettings withEchoDataPhase(boolean on) {
        return new EmulatorSettings(profile, baudRate, timings, imei, on, crlfAfterIpd, bootOnFirstHost);
    }

    public EmulatorSettings withCrlfAfterIpd(boolean on) {
        return new EmulatorSettings(profile, baudRate, timings, imei, echoDataPhase, on, bootOnFirstHost);
    }

    public EmulatorSettings withBootOnFirstHost(boolean on) {
        return new EmulatorSettings(profile, baudRate, timings, imei, echoDataPhase, crlfAfterIpd, on);
    }
}
