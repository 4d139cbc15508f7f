package dev.mmsys.modem;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Test helper: waits for a state the code under test reaches on another thread, with a deadline. */
final class Await {

    private Await() {
    }

    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.sleep(5); // re-check interval; the condition decides, the deadline bounds
        }
    }
}
