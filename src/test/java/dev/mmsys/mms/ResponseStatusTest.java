package dev.mmsys.mms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** X-Mms-Response-Status categories, OMA-TS-MMS-ENC 1.3 §7.3.48, including the obsolete MMS 1.0 codes. */
class ResponseStatusTest {

    @ParameterizedTest
    @CsvSource({
        "0x80, OK, Ok",
        "0x81, TRANSIENT, Error-unspecified",
        "0x82, PERMANENT, Error-service-denied",
        "0x83, PERMANENT, Error-message-format-corrupt",
        "0x84, PERMANENT, Error-sending-address-unresolved",
        "0x85, PERMANENT, Error-message-not-found",
        "0x86, TRANSIENT, Error-network-problem",
        "0x87, PERMANENT, Error-content-not-accepted",
        "0x88, PERMANENT, Error-unsupported-message",
        "0xC0, TRANSIENT, Error-transient-failure",
        "0xC4, TRANSIENT, Error-transient-partial-success",
        "0xC5, TRANSIENT, reserved-0xC5",
        "0xDF, TRANSIENT, reserved-0xDF",
        "0xE0, PERMANENT, Error-permanent-failure",
        "0xEB, PERMANENT, Error-permanent-lack-of-prepaid",
        "0xEC, PERMANENT, reserved-0xEC",
        "0x89, PERMANENT, reserved-0x89",
        "0xA0, PERMANENT, reserved-0xA0",
    })
    void categories(String code, StatusCategory category, String label) {
        ResponseStatus s = new ResponseStatus(Integer.decode(code));
        assertEquals(category, s.category(), code);
        assertEquals(label, s.label());
    }

    @ParameterizedTest
    @CsvSource({"0x81, 0xC0", "0x86, 0xC3", "0x82, 0xE1", "0x87, 0xE5", "0x88, 0xE0", "0xC7, 0xC0", "0xF0, 0xE0",
        "0x90, 0xE0", "0xC3, 0xC3"})
    void obsoleteAndReservedCodesMapToTheValueAClientReactsTo(String code, String equivalent) {
        ResponseStatus s = new ResponseStatus(Integer.decode(code));
        assertEquals(Integer.decode(equivalent), s.equivalent().code());
        assertEquals(Integer.decode(code) >= 0x81 && Integer.decode(code) <= 0x88, s.isObsolete());
    }

    @ParameterizedTest
    @CsvSource({"0x80, OK", "0xC2, TRANSIENT", "0xDE, TRANSIENT", "0xE3, PERMANENT", "0xFF, PERMANENT", "0x81, PERMANENT"})
    void retrieveStatus(String code, StatusCategory category) {
        assertEquals(category, new RetrieveStatus(Integer.decode(code)).category());
        assertTrue(new RetrieveStatus(Integer.decode(code)).toString().contains(code.substring(2)));
    }
}
