package dev.mmsys.modem;

/**
 * Status and identity for status pages and diagnostics; a value the modem would not give is null.
 *
 * @param imsi         AT+CIMI
 * @param iccid        AT+CICCID
 * @param gid1         EF-GID1 of the SIM as hex (AT+CRSM READ BINARY of 6F3E), e.g. "756DFFFF"
 * @param spn          EF-SPN of the SIM as hex (6F46): display condition octet, then the name
 * @param ownNumber    AT+CNUM's number
 */
public record ModemInfo(ModemIdentity identity, String simState, Registration registration, String imsi,
                        String iccid, String gid1, String spn, String ownNumber) {
}
