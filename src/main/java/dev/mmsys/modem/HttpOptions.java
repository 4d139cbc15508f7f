package dev.mmsys.modem;

import java.time.Duration;

/**
 * HTTP settings for the MMS POST.
 *
 * @param userAgent       User-Agent header (some MMSCs reject unknown agents); blank: none
 * @param uaProf          x-wap-profile header (UAProf URL); blank: none
 * @param responseTimeout how long to wait for each part of the answer (Android: 60 s)
 * @param maxResponseSize the largest response (headers + body) accepted
 */
public record HttpOptions(String userAgent, String uaProf, Duration responseTimeout, int maxResponseSize) {

    public static final String DEFAULT_USER_AGENT = "Android-Mms/2.0";

    public HttpOptions {
        userAgent = userAgent == null ? "" : userAgent.strip();
        uaProf = uaProf == null ? "" : uaProf.strip();
        if (userAgent.indexOf('\r') >= 0 || userAgent.indexOf('\n') >= 0 || uaProf.indexOf('\r') >= 0
                || uaProf.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("User-Agent and x-wap-profile must be single lines");
        }
    }

    public static HttpOptions defaults() {
        return new HttpOptions(DEFAULT_USER_AGENT, "", Duration.ofSeconds(60), 256 * 1024);
    }
}
