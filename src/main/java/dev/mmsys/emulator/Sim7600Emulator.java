package dev.mmsys.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A SIMCom SIM7600G-H as software: its AT command interface (reference/sim7600-at.md), its TCP/IP stack over a
 * carrier profile's network ({@link EmulatedNetwork}), SMS into an {@link SmscSink}, with fault injection
 * ({@link #faults()}).
 *
 * <p>Reach it in-process ({@link #connect()}), over raw TCP as ser2net serves a modem ({@link #serveTcp}), or
 * through a pseudo-terminal made with socat ({@link #servePty}). Like a real port, only one host at a time.
 *
 * <pre>{@code
 * try (Sim7600Emulator modem = Sim7600Emulator.start(EmulatorSettings.forTests().withProfile("mint-ipv4-blocked"));
 *      EmulatorConnection port = modem.connect()) {
 *     port.toModem().write("AT\r".getBytes(US_ASCII));   // boot URCs first, then "AT\r\r\nOK\r\n"
 * }
 * }</pre>
 */
public final class Sim7600Emulator implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final EmulatorSettings settings;
    private final EmulatedNetwork network;
    private final SmscSink smsc = new SmscSink();
    private final ModemFaults faults;
    private final ModemCore core;
    private final String name;
    private final ReentrantLock hostLock = new ReentrantLock();
    private final Condition hostChanged = hostLock.newCondition();
    private HostLine host;
    private String hostDescription = "";
    private boolean closed;

    private Sim7600Emulator(EmulatorSettings settings) {
        this.settings = settings;
        this.name = "sim7600-" + INSTANCES.incrementAndGet();
        this.network = new EmulatedNetwork(settings.profile());
        this.faults = new ModemFaults(this);
        this.core = new ModemCore(this, settings);
    }

    /** A running emulator (powered on now, or when the first host attaches; see {@link EmulatorSettings}). */
    public static Sim7600Emulator start(EmulatorSettings settings) {
        Sim7600Emulator e = new Sim7600Emulator(settings);
        e.core.start();
        return e;
    }

    public EmulatorSettings settings() {
        return settings;
    }

    public EmulatorProfile profile() {
        return settings.profile();
    }

    /** The carrier network: bind the MMSC, map test servers, add DNS records. */
    public EmulatedNetwork network() {
        return network;
    }

    /** Every SMS the modem accepted. */
    public SmscSink smsc() {
        return smsc;
    }

    /** Fault injection (scripted, immediate and random). */
    public ModemFaults faults() {
        return faults;
    }

    ModemCore core() {
        return core;
    }

    /**
     * Command lines the host sent before the previous command's final result (the manual forbids it; the
     * emulator buffers them as a real modem seems to, and lists them here so tests can assert there are none).
     */
    public List<String> protocolViolations() {
        return core.violations();
    }

    /** Opens the port in-process. {@link PortBusyException} while another host has it. */
    public EmulatorConnection connect() {
        BytePipe toModem = new BytePipe(4096);        // like an OS serial transmit buffer: writes block when full
        BytePipe fromModem = new BytePipe(64 * 1024);
        attach(toModem.in(), fromModem.out(), "in-process connection");
        return new EmulatorConnection() {
            @Override
            public InputStream fromModem() {
                return fromModem.in();
            }

            @Override
            public OutputStream toModem() {
                return toModem.out();
            }

            @Override
            public void close() {
                toModem.close();
                fromModem.close();
                awaitDetached(Duration.ofSeconds(5));
            }
        };
    }

    /** Serves the port as raw TCP on {@code port} of the loopback interface (0: any free port). */
    public TcpModemServer serveTcp(int port) throws IOException {
        return new TcpModemServer(this, port);
    }

    /**
     * Serves the port on a pseudo-terminal at {@code link}, made by socat (which must be installed); returns once
     * the link exists and socat is connected. Hosts open {@code link} like a serial device.
     */
    public PtyLink servePty(Path link) throws IOException {
        return PtyLink.start(this, link);
    }

    /** Attaches a host (transports call this); {@link PortBusyException} while another host has the port. */
    void attach(InputStream in, OutputStream out, String description) {
        hostLock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the emulator is closed");
            }
            if (host != null) {
                throw new PortBusyException("the emulated modem port is already open (" + hostDescription
                        + "); a modem port takes one host at a time: close the other connection first");
            }
            HostLine[] self = new HostLine[1];
            self[0] = new HostLine(name, in, out, settings.baudRate(), core::fromHost, () -> detached(self[0]));
            host = self[0];
            hostDescription = description;
            core.attach(self[0]);
            self[0].start();
            hostChanged.signalAll();
        } finally {
            hostLock.unlock();
        }
    }

    private void detached(HostLine line) {
        core.detach(line);
        hostLock.lock();
        try {
            if (host == line) {
                host = null;
                hostDescription = "";
                hostChanged.signalAll();
            }
        } finally {
            hostLock.unlock();
        }
    }

    boolean hasHost() {
        hostLock.lock();
        try {
            return host != null;
        } finally {
            hostLock.unlock();
        }
    }

    /** Waits until a host is attached; false when {@code timeout} passed first. */
    boolean awaitAttached(Duration timeout) {
        return awaitHost(true, timeout);
    }

    /** Waits until no host is attached; false when {@code timeout} passed first. */
    boolean awaitDetached(Duration timeout) {
        return awaitHost(false, timeout);
    }

    private boolean awaitHost(boolean attached, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        hostLock.lock();
        try {
            while ((host != null) != attached) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                hostChanged.await(left, TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            hostLock.unlock();
        }
    }

    /** Detaches the current host, if any (its streams close). */
    void dropHost() {
        HostLine h;
        hostLock.lock();
        try {
            h = host;
        } finally {
            hostLock.unlock();
        }
        if (h != null) {
            h.close();
            detached(h);
        }
    }

    /** Stops the modem: links close, the host's streams close. */
    @Override
    public void close() {
        hostLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            hostLock.unlock();
        }
        dropHost();
        core.shutdown();
    }
}
