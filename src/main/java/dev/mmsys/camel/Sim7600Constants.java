package dev.mmsys.camel;

import org.apache.camel.spi.Metadata;

/** Header names of the {@code sim7600:} component. */
public final class Sim7600Constants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this exchange: sendMms, "
            + "sendSms or info.", javaType = "String")
    public static final String OPERATION = "CamelSim7600Operation";

    @Metadata(label = "producer", description = "Recipient(s) of a text given to sendSms: an E.164 number, or a "
            + "list / comma-separated numbers (each gets the whole text).", javaType = "String or java.util.List")
    public static final String TO = "CamelSim7600To";

    @Metadata(label = "producer", description = "sendMms: the X-Mms-Transaction-ID the MMSC echoed in M-Send.conf.",
            javaType = "String")
    public static final String TRANSACTION_ID = "CamelSim7600TransactionId";

    @Metadata(label = "producer", description = "sendMms: the Message-ID the MMSC assigned (M-Send.conf), if any.",
            javaType = "String")
    public static final String MESSAGE_ID = "CamelSim7600MessageId";

    @Metadata(label = "producer", description = "sendMms: X-Mms-Response-Status of M-Send.conf as its octet value "
            + "(128 = Ok, 192-223 transient, 224-255 permanent).", javaType = "Integer")
    public static final String RESPONSE_STATUS = "CamelSim7600ResponseStatus";

    @Metadata(label = "producer", description = "sendMms: the name of the response status, e.g. Ok or "
            + "Error-permanent-service-denied.", javaType = "String")
    public static final String RESPONSE_STATUS_NAME = "CamelSim7600ResponseStatusName";

    @Metadata(label = "producer", description = "sendMms: X-Mms-Response-Text of M-Send.conf, if any.",
            javaType = "String")
    public static final String RESPONSE_TEXT = "CamelSim7600ResponseText";

    @Metadata(label = "producer", description = "sendMms: the MMSC's HTTP status code.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelSim7600HttpStatus";

    @Metadata(label = "producer", description = "sendMms: each step of the submission (modem, sim, registration, "
            + "pdp, dns, tcp, http) with its evidence.", javaType = "java.util.List<dev.mmsys.modem.Step>")
    public static final String STEPS = "CamelSim7600Steps";

    @Metadata(label = "producer", description = "sendMms: the AT traffic of the submission (payloads summarised, "
            + "numbers redacted unless redact=false).", javaType = "java.util.List<String>")
    public static final String TRANSCRIPT = "CamelSim7600Transcript";

    @Metadata(label = "producer", description = "sendSms: the number of SMS parts sent.", javaType = "Integer")
    public static final String PARTS = "CamelSim7600Parts";

    @Metadata(label = "producer", description = "sendSms: the message reference (TP-MR) the modem reported for "
            + "each part, in order.", javaType = "java.util.List<Integer>")
    public static final String MESSAGE_REFERENCES = "CamelSim7600MessageReferences";

    private Sim7600Constants() {
    }
}
