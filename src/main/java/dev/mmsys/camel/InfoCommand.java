package dev.mmsys.camel;

import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.ModemInfo;
import dev.mmsys.modem.ModemSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * {@code operation=info}: the reply body is a {@code Map<String, Object>} with manufacturer, model, revision,
 * imei, sim, registered, registration, signalDbm, rssi, operator, imsi, iccid, gid1, spn (SIM file hex) and
 * number (null where the modem would not say).
 */
final class InfoCommand extends Sim7600Command {

    InfoCommand(ModemSession session, Sim7600Configuration configuration) {
        super(session, configuration);
    }

    @Override
    void execute(Exchange exchange) throws Sim7600Exception {
        ModemInfo info;
        try {
            info = session.info();
        } catch (ModemException e) {
            throw translate("reading the modem's status on " + session.port() + " failed", e);
        }
        exchange.getMessage().setBody(toMap(info));
    }

    static Map<String, Object> toMap(ModemInfo info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manufacturer", info.identity().manufacturer());
        m.put("model", info.identity().model());
        m.put("revision", info.identity().revision());
        m.put("imei", info.identity().imei());
        m.put("sim", info.simState());
        m.put("registered", info.registration().registered());
        m.put("packetRegistered", info.registration().packetRegistered());
        m.put("registration", info.registration().toString());
        m.put("signalDbm", info.registration().signalDbm());
        m.put("rssi", info.registration().rssi());
        m.put("operator", info.registration().operator());
        m.put("imsi", info.imsi());
        m.put("iccid", info.iccid());
        m.put("gid1", info.gid1());
        m.put("spn", info.spn());
        m.put("number", info.ownNumber());
        return m;
    }
}
