/**
 * The SIM7600 modem layer: no Camel here. {@link dev.mmsys.modem.Transports} opens a port (serial through
 * jSerialComm, raw TCP, or a registered scheme such as the in-process emulator); {@link dev.mmsys.modem.AtChannel}
 * speaks the AT protocol on it; {@link dev.mmsys.modem.ModemSession} walks the modem's steps (SIM, registration,
 * PDP context, DNS, sockets, SMS, info) and keeps its picture of the modem in step with the URCs;
 * {@link dev.mmsys.modem.ModemHttpClient} and {@link dev.mmsys.modem.MmsSubmitter} post an MMS over the modem's
 * sockets. {@link dev.mmsys.modem.ModemSessions} shares one session per port in the process. Every failure is a
 * {@link dev.mmsys.modem.ModemException} that says whether retrying may help. Behaviour follows
 * {@code reference/sim7600-at.md}.
 */
package dev.mmsys.modem;
