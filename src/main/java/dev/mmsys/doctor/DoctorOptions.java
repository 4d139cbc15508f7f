package dev.mmsys.doctor;

import dev.mmsys.mms.MmsVersion;
import java.time.Duration;
import java.util.Optional;

/**
 * How the doctor probes.
 *
 * @param connectTimeout how long each TCP connection may take before it counts as unanswered
 * @param sendTestTo     when present, the E.164 number a real test MMS goes to after the checks pass
 * @param mmsVersion     the MMS version the probe and the test MMS are written in ({@code mmsys.mms.version})
 */
public record DoctorOptions(Duration connectTimeout, Optional<String> sendTestTo, MmsVersion mmsVersion) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);

    public DoctorOptions {
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("the connect timeout must be positive");
        }
    }
}
