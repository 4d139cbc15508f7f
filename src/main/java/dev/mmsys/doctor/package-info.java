/**
 * {@code mmsys doctor}: walks the MMS path on a modem one step at a time (port, SIM, registration, carrier
 * settings, PDP context, addresses, DNS, TCP, HTTP, optionally a real MMS), records each step's evidence, and when
 * the MMSC cannot be reached tries the other PDP types and ports, so that the diagnosis can name the setting to
 * change. It uses the modem layer, the carrier profiles and the MMS codec; nothing of Camel.
 */
package dev.mmsys.doctor;
