package dev.mmsys.app.cli;

import dev.mmsys.app.MmsysConfig;
import dev.mmsys.app.MmsysHome;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command shares: where the configuration is and the most common overrides of it. */
public final class CommonOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "configuration file (default: config/application.properties in the MMSYS home)")
    Path config;

    @Option(names = "--port", paramLabel = "DEV",
            description = "modem port: /dev/ttyUSB2, COM24, tcp://host:port, or 'emulator' (mmsys.modem.port)")
    String port;

    @Option(names = "--mmsc", paramLabel = "URL", description = "MMSC URL (mmsys.mmsc.url)")
    String mmsc;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "MMS proxy (mmsys.mmsc.proxy)")
    String proxy;

    @Option(names = "--apn", paramLabel = "NAME", description = "APN of the MMS context (mmsys.apn)")
    String apn;

    @Option(names = "--pdp-type", paramLabel = "TYPE", description = "IP, IPV6 or IPV4V6 (mmsys.pdp-type)")
    String pdpType;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "set any configuration key")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--json", description = "machine-readable output")
    public boolean json;

    /** The configuration with this command line's overrides applied. */
    public MmsysConfig load() {
        Map<String, String> o = new LinkedHashMap<>();
        put(o, "mmsys.modem.port", port);
        put(o, "mmsys.mmsc.url", mmsc);
        put(o, "mmsys.mmsc.proxy", proxy);
        put(o, "mmsys.apn", apn);
        put(o, "mmsys.pdp-type", pdpType);
        o.putAll(set);
        return MmsysConfig.load(config == null ? MmsysHome.defaultConfigFile() : config, config != null, o);
    }

    private static void put(Map<String, String> o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
