package dev.mmsys.modem;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test helper: records what an AT channel reports and lets a test wait for it with a deadline. */
final class RecordingEvents implements AtEvents {

    final List<String> urcs = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream data = new ByteArrayOutputStream();
    final List<Integer> dataLinks = new CopyOnWriteArrayList<>();
    volatile String disconnected;

    @Override
    public synchronized void urc(String line) {
        urcs.add(line);
        notifyAll();
    }

    @Override
    public synchronized void data(int link, String from, byte[] bytes) {
        data.writeBytes(bytes);
        dataLinks.add(link);
        notifyAll();
    }

    @Override
    public synchronized void disconnected(String why) {
        disconnected = why;
        notifyAll();
    }

    synchronized void awaitUrc(String line) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!urcs.contains(line)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("URC " + line + " not seen; got " + urcs);
            }
            wait(left);
        }
    }

    synchronized byte[] awaitData(int n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (data.size() < n) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("only " + data.size() + " of " + n + " data octets arrived");
            }
            wait(left);
        }
        return data.toByteArray();
    }

    synchronized String awaitDisconnect() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (disconnected == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no disconnect reported");
            }
            wait(left);
        }
        return disconnected;
    }
}
