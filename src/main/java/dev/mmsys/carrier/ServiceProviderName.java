package dev.mmsys.carrier;

/**
 * EF_SPN's content (3GPP TS 31.102 §4.2.12): the display condition octet and the service provider name.
 *
 * @param displayCondition the first octet (bit 1: show the network name when registered on the home network;
 *                         bit 2: hide the SPN when roaming)
 * @param name             the name; empty when the SIM stores none
 */
public record ServiceProviderName(int displayCondition, String name) {
}
