/**
 * The {@code sim7600:} Camel component (camel-smpp style): {@link dev.mmsys.camel.Sim7600Component},
 * {@link dev.mmsys.camel.Sim7600Endpoint} with {@link dev.mmsys.camel.Sim7600Configuration} (URI options; the
 * configurers and metadata are generated at build time), {@link dev.mmsys.camel.Sim7600Producer} with one command
 * class per operation, header names in {@link dev.mmsys.camel.Sim7600Constants}, and the two failure kinds
 * {@link dev.mmsys.camel.Sim7600TransientException} (retry) and {@link dev.mmsys.camel.Sim7600PermanentException}
 * (fall back). The MMS-encoding and SMS-split processors live here too (another issue).
 */
package dev.mmsys.camel;
