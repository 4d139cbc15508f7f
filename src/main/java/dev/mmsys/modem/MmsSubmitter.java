package dev.mmsys.modem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Submits an M-Send.req to the MMSC through a {@link ModemSession}, step by step: modem, SIM, registration,
 * PDP context, DNS, TCP, HTTP. Each step is recorded with its evidence; a failure carries the steps so far
 * ({@link ModemException#steps()}). The whole submission holds the session, so no other AT dialogue
 * interleaves with the connection.
 */
public final class MmsSubmitter {

    private final ModemSession session;

    public MmsSubmitter(ModemSession session) {
        this.session = session;
    }

    /**
     * @param network the PDP context and socket mode
     * @param target  MMSC (and proxy) address, see {@link MmscTarget#of}
     * @param pdu     the encoded M-Send.req
     * @param http    headers, timeouts and limits
     */
    public MmsSubmission submit(NetworkSettings network, MmscTarget target, byte[] pdu, HttpOptions http)
            throws ModemException {
        List<Step> steps = new ArrayList<>();
        return session.exclusive(s -> {
            long mark = s.transcriptMark();
            try {
                step(steps, "modem", () -> s.start().toString() + " on " + s.port());
                if (s.networkReady(network)) {
                    // the open network vouches for SIM and registration; re-asking costs a round trip each
                    String why = "not re-checked: the network is open with " + network;
                    step(steps, "sim", () -> why);
                    step(steps, "registration", () -> why);
                } else {
                    step(steps, "sim", () -> "SIM " + s.checkSim());
                    step(steps, "registration", () -> s.requireRegistration().toString());
                }
                step(steps, "pdp", () -> s.openNetwork(network).toString());
                String[] address = new String[1];
                step(steps, "dns", () -> {
                    boolean cached = s.cachedAnswer(target.connectHost()) != null;
                    List<String> a = s.resolve(target.connectHost());
                    address[0] = a.get(0);
                    return target.connectHost() + " → " + String.join(", ", a) + (cached ? " (cached)" : "");
                });
                ModemSocket[] socket = new ModemSocket[1];
                step(steps, "tcp", () -> {
                    socket[0] = s.openSocket(address[0], target.connectPort(), network);
                    return "connected to " + socket[0].remote() + (network.transparent() ? " (transparent)"
                            : " (" + network.receiveMode().name().toLowerCase(java.util.Locale.ROOT) + " receive)");
                });
                HttpResponse[] response = new HttpResponse[1];
                try (ModemSocket sock = socket[0]) {
                    step(steps, "http", () -> {
                        response[0] = ModemHttpClient.post(sock, target, pdu, http);
                        return "POST " + target.requestTarget() + " (" + pdu.length + " octets) → "
                                + response[0].statusLine() + ", " + response[0].body().length + " octets "
                                + response[0].mediaType();
                    });
                    return new MmsSubmission(response[0], steps, target, sock.octetsWritten(), sock.octetsRead(),
                            s.transcriptSince(mark));
                }
            } catch (ModemException e) {
                throw e.withSteps(steps, s.transcriptSince(mark));
            }
        });
    }

    @FunctionalInterface
    private interface Action {
        String run() throws ModemException;
    }

    private static void step(List<Step> steps, String name, Action a) throws ModemException {
        long t0 = System.nanoTime();
        try {
            String evidence = a.run();
            steps.add(new Step(name, true, evidence, Duration.ofNanos(System.nanoTime() - t0)));
        } catch (ModemException e) {
            steps.add(new Step(name, false, e.getMessage(), Duration.ofNanos(System.nanoTime() - t0)));
            throw e;
        }
    }
}
