package dev.mmsys.sms;

/** The character set of TP-UD as TP-DCS declares it (TS 23.038 §4). */
public enum SmsAlphabet {
    /** GSM 7-bit, default alphabet or a national table pair; TP-UDL counts septets. */
    GSM_7BIT("GSM-7"),
    /** 8-bit data (e.g. WAP Push); TP-UDL counts octets. */
    EIGHT_BIT("8-bit"),
    /** UCS-2, read as UTF-16BE so that surrogate pairs carry characters outside the BMP; TP-UDL counts octets. */
    UCS2("UCS-2");

    private final String label;

    SmsAlphabet(String label) {
        this.label = label;
    }

    /** The name the segment counters and carriers use: GSM-7, 8-bit, UCS-2. */
    public String label() {
        return label;
    }
}
