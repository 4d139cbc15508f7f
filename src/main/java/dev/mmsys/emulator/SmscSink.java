package dev.mmsys.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The emulated SMS service centre: records every SMS the modem accepted, in order. Tests read {@link #all()} or
 * wait for a number of them with a deadline ({@link #await}).
 */
public final class SmscSink {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<SubmittedSms> received = new ArrayList<>();

    void add(SubmittedSms sms) {
        lock.lock();
        try {
            received.add(sms);
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Everything accepted so far. */
    public List<SubmittedSms> all() {
        lock.lock();
        try {
            return List.copyOf(received);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code count} SMS were accepted and returns them all; throws IllegalStateException
     * (saying how many came) when {@code timeout} passes first.
     */
    public List<SubmittedSms> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the SMSC received " + received.size() + " SMS, not " + count
                            + ", within " + timeout);
                }
                added.await(left, TimeUnit.NANOSECONDS);
            }
            return List.copyOf(received);
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            received.clear();
        } finally {
            lock.unlock();
        }
    }
}
