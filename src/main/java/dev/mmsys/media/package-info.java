/**
 * Media preparation for MMS: pictures scaled and re-compressed to fit a carrier's limits (pixels and octets),
 * as a phone's messaging app does before it sends. Plain Java (javax.imageio); nothing of MMS encoding, modems or
 * Camel.
 */
package dev.mmsys.media;
