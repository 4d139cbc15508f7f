package dev.mmsys.emulator;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How an {@link MmscEmulator} is set up.
 *
 * @param port         the MMSC's port on 127.0.0.1 (0: any free port)
 * @param proxyPort    the emulated MMS proxy's port (0: any free port, -1: no proxy)
 * @param storeDir     where each message's PDU and JSON summary go (created when missing)
 * @param mmscHost     the MMSC's host name: absolute-form requests through the proxy must name it
 * @param path         the MMSC URL's path; a POST elsewhere gets 404 ("" or "/": any path)
 * @param maxMessageSize  larger M-Send.req are refused with Error-permanent-content-not-accepted (0xE5)
 * @param keepAlive    keep the connection open after an answer when the client allows it (default: close)
 */
public record MmscSettings(int port, int proxyPort, Path storeDir, String mmscHost, String path, int maxMessageSize,
                           boolean keepAlive) {

    /** Request bodies larger than this are refused with HTTP 413 before they are read. */
    static final long MAX_BODY = 8L * 1024 * 1024;

    public MmscSettings {
        Objects.requireNonNull(storeDir, "storeDir");
        mmscHost = mmscHost == null ? "" : mmscHost.toLowerCase(Locale.ROOT);
        path = path == null ? "" : path;
    }

    /** The MMSC of {@code profile} (its host and path), any free ports, storing under {@code storeDir}. */
    public static MmscSettings forProfile(EmulatorProfile profile, Path storeDir) {
        java.net.URI uri = java.net.URI.create(profile.mmscUrl());
        return new MmscSettings(0, profile.mmsProxy().isEmpty() ? -1 : 0, storeDir, uri.getHost(),
                uri.getPath() == null ? "" : uri.getPath(), profile.maxMessageSize(), false);
    }

    public MmscSettings withPort(int p) {
        return new MmscSettings(p, proxyPort, storeDir, mmscHost, path, maxMessageSize, keepAlive);
    }

    public MmscSettings withKeepAlive(boolean k) {
        return new MmscSettings(port, proxyPort, storeDir, mmscHost, path, maxMessageSize, k);
    }
}
