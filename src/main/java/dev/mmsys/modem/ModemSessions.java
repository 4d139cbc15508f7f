package dev.mmsys.modem;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link ModemSession} per port in this process, shared by every user (all Camel endpoints, the
 * doctor, status queries). {@link #acquire} hands out a lease; the session closes when the last lease is
 * released. The first lease's {@link SessionSettings} decide; later ones with different settings get the
 * existing session (and a log line saying so).
 */
public final class ModemSessions {

    private static final Logger LOG = LoggerFactory.getLogger(ModemSessions.class);
    private static final Map<String, Entry> SESSIONS = new HashMap<>();

    private ModemSessions() {
    }

    private static final class Entry {
        final ModemSession session;
        int leases;

        Entry(ModemSession session) {
            this.session = session;
        }
    }

    /** A share in a port's session; close it when done. Nothing is opened until the session is first used. */
    public static final class Lease implements AutoCloseable {
        private final String key;
        private final ModemSession session;
        private boolean released;

        private Lease(String key, ModemSession session) {
            this.key = key;
            this.session = session;
        }

        public ModemSession session() {
            return session;
        }

        @Override
        public void close() {
            synchronized (SESSIONS) {
                if (released) {
                    return;
                }
                released = true;
                Entry e = SESSIONS.get(key);
                if (e != null && e.session == session && --e.leases == 0) {
                    SESSIONS.remove(key);
                    session.close();
                }
            }
        }
    }

    public static Lease acquire(String port, SessionSettings settings) {
        String key = port.strip();
        synchronized (SESSIONS) {
            Entry e = SESSIONS.get(key);
            if (e == null) {
                e = new Entry(new ModemSession(key, settings));
                SESSIONS.put(key, e);
            } else if (!e.session.settings().equals(settings)) {
                LOG.info("{} is already in use with other session settings; sharing it as it is ({})", key,
                        e.session.settings());
            }
            e.leases++;
            return new Lease(key, e.session);
        }
    }
}
