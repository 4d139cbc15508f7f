package dev.mmsys.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void theModemsDottedIpv6BecomesColonForm() {
        Addresses a = Addresses.of(List.of("100.64.23.45", "38.7.251.144.0.1.35.69.0.0.0.0.0.0.0.1"));
        assertEquals(List.of("100.64.23.45"), a.ipv4());
        assertEquals(List.of("2607:fb90:1:2345::1"), a.ipv6());
    }

    @Test
    void zeroRunsAreCompressedOnceAndOnlyWhenLongerThanOneGroup() {
        assertEquals("::1", Addresses.colonForm("0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1".split("\\.")));
        assertEquals("2001:db8::", Addresses.colonForm("32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.0".split("\\.")));
        assertEquals("2001:db8:0:1:1:1:1:1", Addresses.colonForm("32.1.13.184.0.0.0.1.0.1.0.1.0.1.0.1".split("\\.")));
        assertEquals("2001:0:0:1::1", Addresses.colonForm("32.1.0.0.0.0.0.1.0.0.0.0.0.0.0.1".split("\\.")));
    }

    @Test
    void placeholdersDuplicatesAndJunkAreDropped() {
        Addresses a = Addresses.of(List.of("0.0.0.0", "\"10.1.2.3\"", "10.1.2.3", "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0",
                "", "n/a", "2001:DB8::5"));
        assertEquals(List.of("10.1.2.3"), a.ipv4());
        assertEquals(List.of("2001:db8::5"), a.ipv6());
        assertTrue(Addresses.of(List.of("0.0.0.0")).isEmpty());
    }

    @Test
    void aDualStackAddressInOneFieldIsSplit() {
        Addresses a = Addresses.of(List.of("10.1.2.3.32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.7"));
        assertEquals(List.of("10.1.2.3"), a.ipv4());
        assertEquals(List.of("2001:db8::7"), a.ipv6());
    }
}
