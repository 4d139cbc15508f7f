package dev.mmsys.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS settings and sending (reference §7): +CMGF, +CSCA, +CSMP, +CNMI, +CMMS, +CSCS, +CPMS, +CSMS, and +CMGS in
 * PDU mode (with the 27.005 length check) and text mode. Accepted messages go to the {@link SmscSink}.
 */
final class SmsCommands {

    private static final Logger LOG = LoggerFactory.getLogger(SmsCommands.class);
    /** Largest SMS-SUBMIT TPDU (23.040): the biggest {@code <length>} AT+CMGS takes. */
    static final int MAX_TPDU = 164;

    private final ModemCore core;

    SmsCommands(ModemCore core) {
        this.core = core;
    }

    private ModemState state() {
        return core.state();
    }

    void register(Map<String, ModemCore.CommandHandler> h) {
        h.put("+CMGF", this::cmgf);
        h.put("+CSCA", this::csca);
        h.put("+CSMP", this::csmp);
        h.put("+CNMI", this::cnmi);
        h.put("+CMMS", this::cmms);
        h.put("+CSCS", this::cscs);
        h.put("+CPMS", this::cpms);
        h.put("+CSMS", (c, r) -> {
            if (c.kind() == AtCommand.Kind.READ) {
                r.info("+CSMS: 0,1,1,1");
            } else if (c.kind() == AtCommand.Kind.SET && c.integer(0) != 0) {
                r.cms(303);
            }
        });
        h.put("+CMGS", this::cmgs);
    }

    /** False (and the reply set) when SMS cannot be used at all yet. */
    private boolean smsAvailable(Reply r) {
        if (!state().simPresent(core.profile())) {
            r.cms(310);
            return false;
        }
        if (!state().simReady) {
            r.cms(314);
            return false;
        }
        return true;
    }

    private void cmgf(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CMGF: " + state().cmgf);
            case TEST -> r.info("+CMGF: (0-1)");
            case SET -> {
                int v = c.integer(0, 0);
                if (v != 0 && v != 1) {
                    r.error();
                    return;
                }
                state().cmgf = v;
            }
            default -> r.error();
        }
    }

    private void csca(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> {
                if (smsAvailable(r)) {
                    r.info("+CSCA: \"" + state().csca + "\"," + state().cscaType);
                }
            }
            case TEST -> {
            }
            case SET -> {
                if (!smsAvailable(r)) {
                    return;
                }
                String sca = c.text(0);
                state().csca = sca;
                state().cscaType = c.integer(1, sca.startsWith("+") ? 145 : 129);
            }
            default -> r.error();
        }
    }

    private void csmp(AtCommand c, Reply r) {
        int[] v = state().csmp;
        switch (c.kind()) {
            case READ -> r.info("+CSMP: " + v[0] + "," + v[1] + "," + v[2] + "," + v[3]);
            case TEST -> {
            }
            case SET -> {
                int[] n = v.clone();
                for (int i = 0; i < Math.min(4, c.argCount()); i++) {
                    if (c.has(i)) {
                        n[i] = c.integer(i);
                        if (n[i] < 0 || n[i] > 255) {
                            r.cms(305);
                            return;
                        }
                    }
                }
                state().csmp = n;
            }
            default -> r.error();
        }
    }

    private void cnmi(AtCommand c, Reply r) {
        int[] v = state().cnmi;
        switch (c.kind()) {
            case READ -> r.info("+CNMI: " + v[0] + "," + v[1] + "," + v[2] + "," + v[3] + "," + v[4]);
            case TEST -> r.info("+CNMI: (0-2),(0-3),(0,2),(0-2),(0-1)");
            case SET -> {
                int[] n = v.clone();
                int[] max = {2, 3, 2, 2, 1};
                for (int i = 0; i < Math.min(5, c.argCount()); i++) {
                    if (c.has(i)) {
                        n[i] = c.integer(i);
                        if (n[i] < 0 || n[i] > max[i]) {
                            r.cms(303);
                            return;
                        }
                    }
                }
                if ((n[1] == 3 || n[3] == 1) && n[0] != 1 || n[1] == 2 && n[0] == 0) {
                    r.cms(303);      // combinations the manual rules out (reference §7.2)
                    return;
                }
                state().cnmi = n;
            }
            default -> r.error();
        }
    }

    private void cmms(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CMMS: " + state().cmms);
            case TEST -> r.info("+CMMS: (0-2)");
            case SET -> {
                int v = c.integer(0, 0);
                if (v < 0 || v > 2) {
                    r.error();
                    return;
                }
                state().cmms = v;
            }
            default -> r.error();
        }
    }

    private void cscs(AtCommand c, Reply r) {
        switch (c.kind()) {
            case READ -> r.info("+CSCS: \"" + state().cscs + "\"");
            case TEST -> r.info("+CSCS: (\"IRA\",\"UCS2\",\"GSM\")");
            case SET -> {
                String cs = c.text(0).toUpperCase(Locale.ROOT);
                if (!cs.equals("IRA") && !cs.equals("UCS2") && !cs.equals("GSM")) {
                    r.error();
                    return;
                }
                state().cscs = cs;
            }
            default -> r.error();
        }
    }

    private void cpms(AtCommand c, Reply r) {
        if (!smsAvailable(r)) {
            return;
        }
        switch (c.kind()) {
            case READ -> r.info("+CPMS: \"SM\",0,30,\"SM\",0,30,\"SM\",0,30");
            case TEST -> r.info("+CPMS: (\"SM\",\"ME\"),(\"SM\",\"ME\"),(\"SM\",\"ME\")");
            case SET -> r.info("+CPMS: 0,30,0,30,0,30");
            default -> r.error();
        }
    }

    // ---- AT+CMGS ---------------------------------------------------------------------------------------------

    private void cmgs(AtCommand c, Reply r) {
        if (c.kind() == AtCommand.Kind.TEST) {
            return;
        }
        if (c.kind() != AtCommand.Kind.SET || !smsAvailable(r)) {
            if (c.kind() != AtCommand.Kind.SET) {
                r.error();
            }
            return;
        }
        if (state().cmgf == 0) {
            int length = c.integer(0);
            if (length < 1 || length > MAX_TPDU) {
                r.cms(304);
                return;
            }
            r.prompt("\r\n> ", new PduPhase(length));
        } else {
            String da = c.text(0);
            if (da.isEmpty()) {
                r.cms(305);
                return;
            }
            r.prompt("\r\n> ", new TextPhase(da));
        }
    }

    /** Checks that apply to every submission after the data: SMSC, readiness, network, scripted faults. */
    private boolean deliverable(String smsc, Reply r) {
        if (smsc.isEmpty()) {
            r.cms(330);
            return false;
        }
        if (!state().smsReady) {
            r.cms(500);     // before SMS DONE: which code a real SIM7600 gives is unconfirmed (reference §10)
            return false;
        }
        r.delay(core.timings().smsSubmit());
        if (!state().registered(core.profile())) {
            r.cms(331);
            return false;
        }
        Integer fault = core.faults().takeCmsError();
        if (fault != null) {
            r.cms(fault);
            return false;
        }
        return true;
    }

    private int nextMr() {
        int mr = state().nextMr;
        state().nextMr = (mr + 1) & 0xFF;
        return mr;
    }

    /** The hex PDU after the prompt, up to Ctrl-Z. */
    private final class PduPhase implements DataPhase {
        private final int length;

        PduPhase(int length) {
            this.length = length;
        }

        @Override
        public int fixedLength() {
            return -1;
        }

        @Override
        public int maxLength() {
            return 2 * (12 + MAX_TPDU);
        }

        @Override
        public void complete(byte[] data, boolean overflow, Reply r) {
            String hex = new String(data, StandardCharsets.US_ASCII);
            byte[] pdu;
            try {
                if (overflow || hex.length() % 2 != 0) {
                    throw new IllegalArgumentException("odd or overlong");
                }
                pdu = HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                LOG.debug("AT+CMGS: not a hex PDU");
                r.cms(304);
                return;
            }
            int tpdu = pdu.length == 0 ? -1 : pdu.length - 1 - (pdu[0] & 0xFF);
            if (tpdu != length) {
                LOG.debug("AT+CMGS={}: the PDU has {} TPDU octets", length, tpdu);
                r.cms(304);
                return;
            }
            SmsSubmitReader.Submit submit;
            try {
                submit = SmsSubmitReader.read(pdu);
            } catch (SmsSubmitReader.Malformed e) {
                LOG.debug("AT+CMGS: {}", e.getMessage());
                r.cms(304);
                return;
            }
            String smsc = submit.smsc().isEmpty() ? state().csca : submit.smsc();
            if (!deliverable(smsc, r)) {
                return;
            }
            int mr = nextMr();
            r.info("+CMGS: " + mr);
            String upper = hex.toUpperCase(Locale.ROOT);
            // recorded when accepted, before +CMGS reaches the host: a reboot now loses the answer, not the SMS
            core.smsc().add(new SubmittedSms(mr, upper, length, smsc, submit.destination(), submit.concat(),
                    submit.dcs(), "", Instant.now()));
        }

        @Override
        public void cancelled(Reply r) {
            r.ok();     // ESC: "If cancel sending: OK", nothing is sent
        }
    }

    /** Text mode: the text after the prompt, up to Ctrl-Z. */
    private final class TextPhase implements DataPhase {
        private final String destination;

        TextPhase(String destination) {
            this.destination = destination;
        }

        @Override
        public int fixedLength() {
            return -1;
        }

        @Override
        public void complete(byte[] data, boolean overflow, Reply r) {
            if (overflow) {
                r.cms(305);
                return;
            }
            String smsc = state().csca;
            if (!deliverable(smsc, r)) {
                return;
            }
            int mr = nextMr();
            r.info("+CMGS: " + mr);
            String text = new String(data, StandardCharsets.ISO_8859_1);
            core.smsc().add(new SubmittedSms(mr, "", 0, smsc, destination, null, -1, text, Instant.now()));
        }

        @Override
        public void cancelled(Reply r) {
            r.ok();
        }
    }
}
