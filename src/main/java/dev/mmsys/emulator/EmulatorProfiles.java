package dev.mmsys.emulator;

import dev.mmsys.carrier.PdpType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The carrier profiles the emulator can play. SIM identities, addresses and names are invented for the emulator
 * (555 numbers, documentation-style addresses) except where the profile reproduces a documented situation
 * ({@code mint-ipv4-blocked}: the MMSC address and the APN from {@code reference/carriers.md}).
 */
public final class EmulatorProfiles {

    /** The SIM of the emulator's own test network (PLMN 001-01, the ITU test network). */
    static final EmulatedSim TEST_SIM = new EmulatedSim(true, "001010123456789", 2, "89001012345678901234",
            "+15555550100", null, "MMSYS Test", 0);
    static final EmulatedOperator TEST_NETWORK = new EmulatedOperator("MMSYS Test Network", "MMSYS", "00101", 1, 22);
    static final String TEST_MMSC_HOST = "mmsc.carrier.example";
    static final String TEST_MMSC_IP = "10.0.0.1";

    private static final Map<String, EmulatorProfile> PROFILES = new LinkedHashMap<>();

    static {
        add(ideal());
        add(mintIpv4Blocked());
        add(port80Only());
        add(noSim());
        add(notRegistered());
        add(dnsFailure());
        add(attMvnoProxy());
    }

    private EmulatorProfiles() {
    }

    /** Every profile name, in a stable order. */
    public static List<String> names() {
        return List.copyOf(PROFILES.keySet());
    }

    public static Optional<EmulatorProfile> find(String name) {
        return Optional.ofNullable(PROFILES.get(name));
    }

    /** The profile named {@code name}; IllegalArgumentException naming the known profiles otherwise. */
    public static EmulatorProfile get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown emulator profile '" + name + "'; known profiles: " + String.join(", ", names())));
    }

    private static void add(EmulatorProfile p) {
        PROFILES.put(p.name(), p);
    }

    /** Everything works: any APN, any PDP type, the MMSC answers on 80 and 8080. */
    static EmulatorProfile ideal() {
        return testCarrier("ideal", "everything works: any APN and PDP type; the MMSC answers on ports 80 and 8080")
                .routes(Route.connect(TEST_MMSC_IP, 80, Route.MMSC), Route.connect(TEST_MMSC_IP, 8080, Route.MMSC))
                .unmapped(Reach.REFUSE)
                .build();
    }

    /**
     * The first user's situation (reference/carriers.md): Mint Mobile on T-Mobile. DNS answers 10.175.85.144 for
     * the MMSC; an IP (IPv4-only) context connects nowhere; IPV4V6 and IPV6 contexts reach the MMSC on port 80;
     * port 8080 never answers.
     */
    static EmulatorProfile mintIpv4Blocked() {
        EmulatedSim sim = new EmulatedSim(true, "310260555010001", 3, "89012605550100012345", "+16195550100",
                "756DFFFFFFFFFFFF", "Mint Mobile", 1);
        return new Builder("mint-ipv4-blocked",
                "Mint Mobile SIM on T-Mobile: only IPV4V6/IPV6 contexts reach the MMSC, and only on port 80")
                .sim(sim)
                .operator(new EmulatedOperator("T-Mobile", "TMO", "310260", 1, 20))
                .apn("Wholesale", PdpType.IPV4V6)
                .dataPdpTypes(PdpType.IPV6, PdpType.IPV4V6)
                .dns("wholesale.mmsmvno.com", "10.175.85.144")
                .routes(Route.connect("10.175.85.144", 80, Route.MMSC), Route.blackhole("10.175.85.144", 8080))
                .unmapped(Reach.BLACKHOLE)
                .addresses("100.64.23.45", "38.7.251.144.0.1.35.69.0.0.0.0.0.0.0.1")
                .smsc("+16195550000")
                .mms("http://wholesale.mmsmvno.com/mms/wapenc", "", 1024 * 1024)
                .build();
    }

    /** IPv4 works but the MMSC answers only on port 80 (a configuration that says 8080 times out). */
    static EmulatorProfile port80Only() {
        return testCarrier("port80-only", "the MMSC answers only on port 80; 8080 and everything else never answer")
                .routes(Route.connect(TEST_MMSC_IP, 80, Route.MMSC), Route.blackhole(TEST_MMSC_IP, 8080))
                .unmapped(Reach.BLACKHOLE)
                .build();
    }

    /** No SIM in the slot. */
    static EmulatorProfile noSim() {
        return testCarrier("no-sim", "no SIM inserted: +CPIN? answers +CME ERROR: 10, nothing registers")
                .sim(EmulatedSim.absent())
                .operator(new EmulatedOperator("", "", "", 0, 22))
                .smsc("")
                .build();
    }

    /** SIM fine, no coverage. */
    static EmulatorProfile notRegistered() {
        return testCarrier("not-registered", "SIM ready but no coverage: +CSQ: 99,99, +CREG: 0,2, no data, no SMS")
                .operator(new EmulatedOperator("", "", "", 2, 99))
                .build();
    }

    /** Registered, data works by IP address, but every DNS lookup fails. */
    static EmulatorProfile dnsFailure() {
        return testCarrier("dns-failure", "every DNS lookup fails; the MMSC still answers by IP address on 80 and 8080")
                .routes(Route.connect(TEST_MMSC_IP, 80, Route.MMSC), Route.connect(TEST_MMSC_IP, 8080, Route.MMSC))
                .dnsWorks(false)
                .unmapped(Reach.REFUSE)
                .build();
    }

    /**
     * An AT&T MVNO (Red Pocket's GID1 and APN, other values invented): the MMSC is reachable only through the MMS proxy
     * proxy.mobile.att.net:80, which takes absolute-form requests.
     */
    static EmulatorProfile attMvnoProxy() {
        EmulatedSim sim = new EmulatedSim(true, "310410555010002", 3, "89014105550100023456", "+13125550100",
                "4201FFFFFFFFFFFF", "Red Pocket", 0);
        return new Builder("att-mvno-proxy",
                "AT&T MVNO: the MMSC is reached only through the MMS proxy proxy.mobile.att.net:80")
                .sim(sim)
                .operator(new EmulatedOperator("AT&T", "AT&T", "310410", 1, 24))
                .apn("PRODATA", PdpType.IPV4V6)
                .dataPdpTypes(PdpType.IP, PdpType.IPV6, PdpType.IPV4V6)
                .dns("proxy.mobile.att.net", "10.251.0.1")
                .dns("mmsc.mobile.att.net", "10.251.0.2")
                .routes(Route.connect("10.251.0.1", 80, Route.PROXY))
                .unmapped(Reach.BLACKHOLE)
                .addresses("10.132.45.67", "38.128.0.0.0.0.0.0.0.0.0.0.0.0.0.1")
                .smsc("+13125550000")
                .mms("http://mmsc.mobile.att.net", "proxy.mobile.att.net:80", 1024 * 1024)
                .build();
    }

    private static Builder testCarrier(String name, String description) {
        return new Builder(name, description)
                .sim(TEST_SIM)
                .operator(TEST_NETWORK)
                .apn("mms.carrier", PdpType.IPV4V6)
                .dataPdpTypes(PdpType.IP, PdpType.IPV6, PdpType.IPV4V6)
                .dns(TEST_MMSC_HOST, TEST_MMSC_IP)
                .addresses("10.71.155.118", "32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.1")
                .smsc("+15555550000")
                .mms("http://" + TEST_MMSC_HOST + "/mms", "", 1024 * 1024);
    }

    /** Fills a profile field by field (the record's canonical constructor has too many for legible call sites). */
    static final class Builder {
        private final String name;
        private final String description;
        private EmulatedSim sim;
        private EmulatedOperator operator;
        private String apn;
        private PdpType pdpType;
        private Set<String> acceptedApns = Set.of();
        private Set<PdpType> dataPdpTypes = EnumSet.allOf(PdpType.class);
        private final Map<String, String> dns = new LinkedHashMap<>();
        private boolean dnsWorks = true;
        private List<Route> routes = List.of();
        private Reach unmapped = Reach.BLACKHOLE;
        private String ipv4;
        private String ipv6;
        private String smsc;
        private String mmscUrl;
        private String proxy;
        private int maxSize;

        Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        Builder sim(EmulatedSim s) {
            sim = s;
            return this;
        }

        Builder operator(EmulatedOperator o) {
            operator = o;
            return this;
        }

        Builder apn(String a, PdpType type) {
            apn = a;
            pdpType = type;
            return this;
        }

        Builder acceptedApns(String... apns) {
            acceptedApns = Set.of(apns);
            return this;
        }

        Builder dataPdpTypes(PdpType first, PdpType... rest) {
            dataPdpTypes = EnumSet.of(first, rest);
            return this;
        }

        Builder dns(String host, String ip) {
            dns.put(host, ip);
            return this;
        }

        Builder dnsWorks(boolean works) {
            dnsWorks = works;
            return this;
        }

        Builder routes(Route... r) {
            routes = List.of(r);
            return this;
        }

        Builder unmapped(Reach r) {
            unmapped = r;
            return this;
        }

        Builder addresses(String v4, String v6) {
            ipv4 = v4;
            ipv6 = v6;
            return this;
        }

        Builder smsc(String s) {
            smsc = s;
            return this;
        }

        Builder mms(String url, String mmsProxy, int max) {
            mmscUrl = url;
            proxy = mmsProxy;
            maxSize = max;
            return this;
        }

        EmulatorProfile build() {
            return new EmulatorProfile(name, description, sim, operator, apn, pdpType, acceptedApns, dataPdpTypes,
                    dns, dnsWorks, routes, unmapped, ipv4, ipv6, smsc, mmscUrl, proxy, maxSize);
        }
    }
}
