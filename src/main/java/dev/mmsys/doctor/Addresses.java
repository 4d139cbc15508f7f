package dev.mmsys.doctor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The addresses a PDP context got, sorted into IPv4 and IPv6. The SIM7600 prints IPv6 addresses as 16 dotted
 * decimal octets ({@code 38.7.251.144.0.1...}); they are shown in the usual colon form.
 *
 * @param ipv4 the IPv4 addresses
 * @param ipv6 the IPv6 addresses, in colon form
 */
record Addresses(List<String> ipv4, List<String> ipv6) {

    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(\\.\\d{1,3})*");

    static Addresses of(List<String> reported) {
        Set<String> v4 = new LinkedHashSet<>();
        Set<String> v6 = new LinkedHashSet<>();
        for (String raw : reported) {
            String a = raw.replace("\"", "").strip();
            if (a.isEmpty() || isUnspecified(a)) {
                continue;
            }
            if (a.contains(":")) {
                v6.add(a.toLowerCase(java.util.Locale.ROOT));
                continue;
            }
            if (!DOTTED.matcher(a).matches()) {
                continue;
            }
            String[] octets = a.split("\\.");
            if (octets.length == 4) {
                v4.add(a);
            } else if (octets.length == 16) {
                v6.add(colonForm(octets));
            } else if (octets.length == 20) {
                // an IPV4V6 context in one field: 4 octets of IPv4, then 16 of IPv6
                v4.add(String.join(".", List.of(octets).subList(0, 4)));
                v6.add(colonForm(List.of(octets).subList(4, 20).toArray(String[]::new)));
            }
        }
        return new Addresses(List.copyOf(v4), List.copyOf(v6));
    }

    boolean isEmpty() {
        return ipv4.isEmpty() && ipv6.isEmpty();
    }

    private static boolean isUnspecified(String a) {
        return a.chars().allMatch(c -> c == '0' || c == '.' || c == ':');
    }

    /** RFC 5952 text: lower-case hex groups, the longest run of two or more zero groups as "::". */
    static String colonForm(String[] octets) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (Integer.parseInt(octets[2 * i]) & 0xFF) << 8 | (Integer.parseInt(octets[2 * i + 1]) & 0xFF);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                parts.add(i == 0 ? ":" : "");
                i += bestLen - 1;
                if (i == 7) {
                    parts.add("");
                }
                continue;
            }
            parts.add(Integer.toHexString(g[i]));
        }
        return String.join(":", parts);
    }
}
