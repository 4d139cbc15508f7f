package dev.mmsys.emulator;

import java.util.Map;

/** V.25ter basics and identification: AT, ATE, ATV, ATI, ATZ, AT&amp;F, AT+CMEE, AT+CGMR, AT+IPR, AT+CRESET... */
final class GeneralCommands {

    static final String MANUFACTURER = "SIMCOM INCORPORATED";
    static final String MODEL = "SIMCOM_SIM7600G-H";
    static final String REVISION = "LE20B04SIM7600G22";

    private final ModemCore core;

    GeneralCommands(ModemCore core) {
        this.core = core;
    }

    void register(Map<String, ModemCore.CommandHandler> h) {
        h.put("E", (c, r) -> core.state().echo = basicFlag(c, r, core.state().echo));
        h.put("V", (c, r) -> core.state().verbose = basicFlag(c, r, core.state().verbose));
        h.put("I", this::identification);
        h.put("Z", this::reset);
        h.put("&F", this::reset);
        h.put("&W", (c, r) -> { });
        h.put("&C", (c, r) -> { });
        h.put("&D", (c, r) -> { });
        h.put("X", (c, r) -> { });
        h.put("H", (c, r) -> { });
        h.put("+CMEE", this::cmee);
        h.put("+CGMI", (c, r) -> text(c, r, MANUFACTURER));
        h.put("+GMI", (c, r) -> text(c, r, MANUFACTURER));
        h.put("+CGMM", (c, r) -> text(c, r, MODEL));
        h.put("+GMM", (c, r) -> text(c, r, MODEL));
        h.put("+CGMR", (c, r) -> text(c, r, "+CGMR: " + REVISION));
        h.put("+GMR", (c, r) -> text(c, r, REVISION));
        h.put("+CGSN", (c, r) -> text(c, r, core.settings().imei()));
        h.put("+GSN", (c, r) -> text(c, r, core.settings().imei()));
        h.put("+CSUB", (c, r) -> text(c, r, "+CSUB: B04V03"));
        h.put("+IPR", this::ipr);
        h.put("+IFC", this::ifc);
        h.put("+CRESET", this::creset);
    }

    /** ATE0/ATE1, ATV0/ATV1: a missing value means 0. */
    private static boolean basicFlag(AtCommand c, Reply r, boolean current) {
        int v = c.integer(0, 0);
        if (v != 0 && v != 1) {
            r.error();
            return current;
        }
        return v == 1;
    }

    private void identification(AtCommand c, Reply r) {
        if (c.integer(0, 0) != 0) {
            r.error();
            return;
        }
        r.info("Manufacturer: " + MANUFACTURER)
                .info("Model: " + MODEL)
                .info("Revision: " + REVISION)
                .info("IMEI: " + core.settings().imei())
                .info("+GCAP: +CGSM");
    }

    /** ATZ / AT&amp;F: the V.25ter and error-reporting settings return to their factory defaults. */
    private void reset(AtCommand c, Reply r) {
        ModemState s = core.state();
        s.echo = true;
        s.verbose = true;
        s.cmee = 1;
    }

    private void cmee(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CMEE: " + core.state().cmee);
            case TEST -> r.info("+CMEE: (0-2)");
            case SET -> {
                int v = c.integer(0, 0);
                if (v < 0 || v > 2) {
                    r.error();
                    return;
                }
                core.state().cmee = v;
            }
            default -> core.state().cmee = 0;
        }
    }

    private static void text(AtCommand c, Reply r, String answer) {
        if (c.kind() == AtCommand.Kind.TEST) {
            return;
        }
        if (c.kind() != AtCommand.Kind.EXEC) {
            r.error();
            return;
        }
        r.info(answer);
    }

    private void ipr(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+IPR: " + core.state().ipr);
            case TEST -> r.info("+IPR: (0,300,600,1200,2400,4800,9600,19200,38400,57600,115200,230400,460800,"
                    + "921600,3000000,3200000,3686400,4000000)");
            case SET -> core.state().ipr = c.integer(0);
            default -> r.error();
        }
    }

    private void ifc(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+IFC: " + core.state().ifc[0] + "," + core.state().ifc[1]);
            case TEST -> r.info("+IFC: (0,2),(0,2)");
            case SET -> core.state().ifc = new int[] {c.integer(0), c.integer(1, 0)};
            default -> r.error();
        }
    }

    private void creset(AtCommand c, Reply r) {
        if (c.kind() != AtCommand.Kind.EXEC) {
            r.error();
            return;
        }
        r.after(core::reboot);
    }
}
