package dev.mmsys.carrier;

/** An effective setting and where it came from. */
public record Setting<T>(T value, Origin origin) {
}
