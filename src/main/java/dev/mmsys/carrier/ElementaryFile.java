package dev.mmsys.carrier;

/**
 * SIM files MMSYS reads with {@code AT+CRSM} (READ BINARY, command 176) to recognise an MVNO. The file ids
 * are the same on a 2G SIM and a USIM (3GPP TS 51.011, TS 31.102).
 */
public enum ElementaryFile {
    /** Group identifier level 1: MVNOs on a shared network are told apart by it. */
    GID1(0x6F3E, "EF_GID1"),
    /** Service provider name: display condition + name. */
    SPN(0x6F46, "EF_SPN"),
    /** Administrative data: its 4th octet gives the length of the MNC in the IMSI. */
    AD(0x6FAD, "EF_AD");

    private final int fileId;
    private final String label;

    ElementaryFile(int fileId, String label) {
        this.fileId = fileId;
        this.label = label;
    }

    /** The file id, e.g. 28478 (0x6F3E) for EF_GID1. */
    public int fileId() {
        return fileId;
    }

    /** The name 3GPP uses, e.g. {@code EF_GID1}. */
    public String label() {
        return label;
    }

    /** {@code AT+CRSM=176,<fileid>,0,0,<length>}: READ BINARY of the first {@code length} octets (1–255). */
    public String readCommand(int length) {
        if (length < 1 || length > 255) {
            throw new IllegalArgumentException("READ BINARY length " + length + " is not 1 to 255");
        }
        return "AT+CRSM=176," + fileId + ",0,0," + length;
    }
}
