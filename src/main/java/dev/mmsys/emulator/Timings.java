package dev.mmsys.emulator;

import java.time.Duration;

/**
 * How long the emulated modem and network take. {@link #realistic()} follows the typical figures of
 * reference/sim7600-at.md; {@link #scaled} shrinks them all for tests (a time-scale of 0.01 turns the 120 s
 * CIPOPEN timeout into 1.2 s).
 *
 * @param commandLatency  from the CR of a command line to its response
 * @param bootUrcs        power-on to RDY, then to +CPIN: READY, SMS DONE and PB DONE (offsets from power-on)
 * @param rebootSilence   how long a rebooting modem stays silent before RDY
 * @param netOpen         OK to +NETOPEN
 * @param netClose        OK to +NETCLOSE
 * @param dnsLookup       DNS query (CDNSGIP answer, or part of a CIPOPEN by host name)
 * @param connect         TCP handshake: OK to +CIPOPEN: l,0 (or to CONNECT)
 * @param sendConfirm     CIPSEND's OK to its +CIPSEND URC
 * @param close           CIPCLOSE's OK to its +CIPCLOSE URC
 * @param smsSubmit       Ctrl-Z to +CMGS
 * @param pdpActivation   AT+CGACT
 * @param guardTime       silence around +++ that leaves transparent mode
 * @param timeoutScale    multiplies the modem's own timeouts (AT+CIPTIMEOUT, default 120 s) before they apply
 */
public record Timings(Duration commandLatency, Boot bootUrcs, Duration rebootSilence, Duration netOpen,
                      Duration netClose, Duration dnsLookup, Duration connect, Duration sendConfirm, Duration close,
                      Duration smsSubmit, Duration pdpActivation, Duration guardTime, double timeoutScale) {

    /** Offsets from power-on of the four boot URCs. */
    public record Boot(Duration rdy, Duration cpinReady, Duration smsDone, Duration pbDone) {
        Boot scaled(double f) {
            return new Boot(scale(rdy, f), scale(cpinReady, f), scale(smsDone, f), scale(pbDone, f));
        }
    }

    /** Typical real-modem figures (the emulator's defaults). */
    public static Timings realistic() {
        return new Timings(ms(10),
                new Boot(ms(0), ms(500), ms(2000), ms(3000)),
                ms(8000), ms(500), ms(300), ms(200), ms(300), ms(30), ms(100), ms(1500), ms(500), ms(1000), 1.0);
    }

    /** No modelled delays at all (the line-rate model still applies); the modem's own timeouts are kept. */
    public static Timings instant() {
        return realistic().scaled(0).withTimeoutScale(1.0);
    }

    /** Every duration and the timeouts multiplied by {@code factor} (0 &lt; factor, or 0 for none). */
    public Timings scaled(double factor) {
        if (factor < 0 || Double.isNaN(factor)) {
            throw new IllegalArgumentException("time scale must be >= 0, was " + factor);
        }
        return new Timings(scale(commandLatency, factor), bootUrcs.scaled(factor), scale(rebootSilence, factor),
                scale(netOpen, factor), scale(netClose, factor), scale(dnsLookup, factor), scale(connect, factor),
                scale(sendConfirm, factor), scale(close, factor), scale(smsSubmit, factor),
                scale(pdpActivation, factor), scale(guardTime, factor), timeoutScale * factor);
    }

    public Timings withBoot(Boot b) {
        return new Timings(commandLatency, b, rebootSilence, netOpen, netClose, dnsLookup, connect, sendConfirm,
                close, smsSubmit, pdpActivation, guardTime, timeoutScale);
    }

    public Timings withCommandLatency(Duration d) {
        return new Timings(d, bootUrcs, rebootSilence, netOpen, netClose, dnsLookup, connect, sendConfirm, close,
                smsSubmit, pdpActivation, guardTime, timeoutScale);
    }

    public Timings withConnect(Duration d) {
        return new Timings(commandLatency, bootUrcs, rebootSilence, netOpen, netClose, dnsLookup, d, sendConfirm,
                close, smsSubmit, pdpActivation, guardTime, timeoutScale);
    }

    public Timings withSendConfirm(Duration d) {
        return new Timings(commandLatency, bootUrcs, rebootSilence, netOpen, netClose, dnsLookup, connect, d,
                close, smsSubmit, pdpActivation, guardTime, timeoutScale);
    }

    public Timings withGuardTime(Duration d) {
        return new Timings(commandLatency, bootUrcs, rebootSilence, netOpen, netClose, dnsLookup, connect,
                sendConfirm, close, smsSubmit, pdpActivation, d, timeoutScale);
    }

    public Timings withTimeoutScale(double s) {
        return new Timings(commandLatency, bootUrcs, rebootSilence, netOpen, netClose, dnsLookup, connect,
                sendConfirm, close, smsSubmit, pdpActivation, guardTime, s);
    }

    /** A modem timeout set in milliseconds (e.g. AT+CIPTIMEOUT's cipopen value), as it applies here. */
    Duration timeout(long modemMillis) {
        return Duration.ofNanos(Math.round(modemMillis * 1_000_000.0 * timeoutScale));
    }

    private static Duration ms(long v) {
        return Duration.ofMillis(v);
    }

    private static Duration scale(Duration d, double f) {
        return Duration.ofNanos(Math.round(d.toNanos() * f));
    }
}
