package dev.mmsys.carrier;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1), for SIM text stored one
 * character per octet with bit 8 clear ("unpacked", TS 31.101 Annex A), as in EF_SPN.
 */
final class GsmDefaultAlphabet {

    static final int ESCAPE = 0x1B;

    /** Code 0x00 to 0x7F; 0x1B (escape to the extension table) is never looked up here. */
    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    static {
        if (BASIC.length() != 128) {
            throw new ExceptionInInitializerError("GSM basic table has " + BASIC.length() + " entries");
        }
    }

    private GsmDefaultAlphabet() {
    }

    /** The character of a basic-table code (0x00–0x7F). */
    static char basic(int code) {
        return BASIC.charAt(code);
    }

    /**
     * The character of {@code code} after an escape. Codes the extension table does not define show as the
     * basic table's character (TS 23.038 §6.2.1.1); escape-escape, reserved for a further table, as a space.
     */
    static char extension(int code) {
        return switch (code) {
            case 0x0A -> '\f';
            case 0x14 -> '^';
            case 0x28 -> '{';
            case 0x29 -> '}';
            case 0x2F -> '\\';
            case 0x3C -> '[';
            case 0x3D -> '~';
            case 0x3E -> ']';
            case 0x40 -> '|';
            case 0x65 -> '€';
            case ESCAPE -> ' ';
            default -> BASIC.charAt(code);
        };
    }
}
