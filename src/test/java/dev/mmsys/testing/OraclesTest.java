package dev.mmsys.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The skip-or-fail policy for missing oracles ({@code MMSYS_REQUIRE_ORACLES}). */
class OraclesTest {

    @Test
    void onlyTheValueOneRequiresTheOracles() {
        assertTrue(Oracles.required(Map.of("MMSYS_REQUIRE_ORACLES", "1")));
        assertFalse(Oracles.required(Map.of()));
        assertFalse(Oracles.required(Map.of("MMSYS_REQUIRE_ORACLES", "0")));
        assertFalse(Oracles.required(Map.of("MMSYS_REQUIRE_ORACLES", "")));
    }

    @Test
    void aMissingOracleSkipsByDefault() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Oracles.need(false, () -> "tshark is not installed", false));
        assertTrue(e.getMessage().contains("tshark is not installed: skipped"), e.getMessage());
    }

    @Test
    void aMissingOracleFailsWhenRequired() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Oracles.need(false, () -> "../shared/tools/oracles/mms-decode.sh is absent", true));
        assertTrue(e.getMessage().startsWith("../shared/tools/oracles/mms-decode.sh is absent (MMSYS_REQUIRE_ORACLES=1"),
                e.getMessage());
    }

    @Test
    void aPresentOracleNeitherSkipsNorFails() {
        assertDoesNotThrow(() -> Oracles.need(true, () -> "unused", true));
        assertDoesNotThrow(() -> Oracles.need(true, () -> "unused", false));
    }

    @Test
    void theAccessorsFollowThePolicyOfThisRun() {
        String command = "mmsys-no-such-oracle-command";
        if (Oracles.required()) {
            AssertionError e = assertThrows(AssertionError.class, () -> Oracles.requireCommand(command));
            assertTrue(e.getMessage().contains("MMSYS_REQUIRE_ORACLES=1"), e.getMessage());
        } else {
            assertThrows(TestAbortedException.class, () -> Oracles.requireCommand(command));
        }
        assertEquals("MMSYS_REQUIRE_ORACLES", Oracles.REQUIRE_ENV);
    }
}
