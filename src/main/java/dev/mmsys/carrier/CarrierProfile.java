package dev.mmsys.carrier;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One carrier's MMS settings, as {@code config/carriers.yaml} states them. Immutable.
 *
 * @param id          the name {@code mmsys.carrier} uses, e.g. {@code mint}
 * @param name        for people, e.g. {@code Mint Mobile}
 * @param match       how to recognise the carrier's SIMs (any rule may match)
 * @param apn         APN of the context that reaches the MMSC
 * @param credentials APN user and password, when the carrier wants them
 * @param pdpType     PDP context type of that APN
 * @param mmscUrl     the MMSC; its own port applies (80 when it has none)
 * @param proxy       the MMS proxy, when the carrier has one
 * @param maxMessageSize largest M-Send.req the carrier accepts, in octets
 * @param maxImageSize   largest picture, in octets
 * @param maxImage       largest picture, in pixels
 * @param userAgent   HTTP {@code User-Agent} sent to the MMSC
 * @param uaProf      UAProf URL sent as {@code x-wap-profile}
 * @param notes       what a user should know
 * @param unconfirmed fields whose values no public source confirmed (see {@link #FIELDS})
 */
public record CarrierProfile(String id, String name, List<MatchRule> match, String apn,
                             Optional<ApnCredentials> credentials, PdpType pdpType, URI mmscUrl,
                             Optional<MmsProxy> proxy, long maxMessageSize, long maxImageSize,
                             ImageDimensions maxImage, String userAgent, URI uaProf, String notes,
                             Set<String> unconfirmed) {

    /** The setting fields a profile has, as the carriers file names them. */
    public static final List<String> FIELDS = List.of("apn", "apn-user", "apn-password", "pdp-type", "mmsc",
            "proxy", "max-message-size", "max-image-size", "max-image-dimensions", "user-agent", "uaprof");

    public CarrierProfile {
        match = List.copyOf(match);
        unconfirmed = Set.copyOf(unconfirmed);
        if (id == null || !id.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?") || id.equals("auto")) {
            throw new IllegalArgumentException("profile id '" + id + "' must be lower-case letters, digits and "
                    + "dashes, and not 'auto'");
        }
        if (match.isEmpty()) {
            throw new IllegalArgumentException("profile '" + id + "' has no match rules");
        }
        if (maxImageSize > maxMessageSize) {
            throw new IllegalArgumentException("profile '" + id + "': the largest image (" + maxImageSize
                    + " octets) is larger than the largest message (" + maxMessageSize + " octets)");
        }
        for (String f : unconfirmed) {
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("profile '" + id + "': '" + f + "' is not a field; "
                        + "unconfirmed may list " + FIELDS);
            }
        }
    }

    /** No public source confirmed this field's value (the doctor says so next to it). */
    public boolean isUnconfirmed(String field) {
        return unconfirmed.contains(field);
    }
}
