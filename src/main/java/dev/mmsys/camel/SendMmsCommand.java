package dev.mmsys.camel;

import dev.mmsys.modem.HttpResponse;
import dev.mmsys.modem.MmsSubmission;
import dev.mmsys.modem.MmsSubmitter;
import dev.mmsys.modem.MmscTarget;
import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.ModemHttpClient;
import dev.mmsys.modem.ModemSession;
import dev.mmsys.modem.NetworkSettings;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code operation=sendMms}: the body (M-Send.req bytes) is POSTed to the MMSC; the M-Send.conf's
 * Transaction-ID, Message-ID, Response-Status and Response-Text become headers, with the HTTP status and the
 * steps. The body is left as it was. A transient status, a 5xx/408/429 or a transport failure is a
 * {@link Sim7600TransientException}; a permanent status, another HTTP error or an answer that is not an
 * M-Send.conf is a {@link Sim7600PermanentException}.
 */
final class SendMmsCommand extends Sim7600Command {

    SendMmsCommand(ModemSession session, Sim7600Configuration configuration) {
        super(session, configuration);
    }

    @Override
    void execute(Exchange exchange) throws Sim7600Exception {
        byte[] pdu = exchange.getIn().getBody(byte[].class);
        if (pdu == null || pdu.length == 0) {
            throw new Sim7600PermanentException("sendMms needs the M-Send.req bytes as the body (got "
                    + (exchange.getIn().getBody() == null ? "none" : exchange.getIn().getBody().getClass().getName())
                    + "); put the MMS-encoding processor before it", List.of(), null);
        }
        MmscTarget target;
        NetworkSettings network;
        try {
            target = MmscTarget.of(configuration.getMmsc(), configuration.getProxy());
            network = configuration.networkSettings();
        } catch (IllegalArgumentException e) {
            throw new Sim7600PermanentException("sim7600:" + session.port() + " is misconfigured: " + e.getMessage(),
                    List.of(), e);
        }
        MmsSubmission sub;
        try {
            sub = new MmsSubmitter(session).submit(network, target, pdu, configuration.httpOptions());
        } catch (ModemException e) {
            throw translate("MMS submission through " + session.port() + " failed", e);
        }
        Message out = exchange.getMessage();
        HttpResponse r = sub.response();
        out.setHeader(Sim7600Constants.HTTP_STATUS, r.status());
        out.setHeader(Sim7600Constants.STEPS, sub.steps());
        out.setHeader(Sim7600Constants.TRANSCRIPT, sub.transcript());
        String where = "the MMSC at " + target.connectHost() + ":" + target.connectPort();
        if (!r.isSuccess()) {
            boolean retry = r.status() >= 500 || r.status() == 408 || r.status() == 429;
            String msg = where + " answered " + r.statusLine() + (retry ? "; it may accept the message later"
                    : "; check the MMSC URL, proxy, User-Agent/x-wap-profile and APN");
            throw retry ? new Sim7600TransientException(msg, sub.steps(), null)
                    : new Sim7600PermanentException(msg, sub.steps(), null);
        }
        if (!r.mediaType().equals(ModemHttpClient.MMS_CONTENT_TYPE)) {
            throw new Sim7600PermanentException(where + " answered " + r.statusLine() + " with '" + r.mediaType()
                    + "' instead of an M-Send.conf (" + ModemHttpClient.MMS_CONTENT_TYPE + "): is the URL the MMSC, "
                    + "and is a captive portal or proxy in the way?", sub.steps(), null);
        }
        SendConfResult conf;
        try {
            conf = SendConfReader.read(r.body());
        } catch (IllegalArgumentException e) {
            throw new Sim7600PermanentException(where + " answered with a malformed M-Send.conf: " + e.getMessage(),
                    sub.steps(), e);
        }
        out.setHeader(Sim7600Constants.TRANSACTION_ID, conf.transactionId());
        out.setHeader(Sim7600Constants.MESSAGE_ID, conf.messageId());
        out.setHeader(Sim7600Constants.RESPONSE_STATUS, conf.status());
        out.setHeader(Sim7600Constants.RESPONSE_STATUS_NAME, conf.statusName());
        out.setHeader(Sim7600Constants.RESPONSE_TEXT, conf.responseText());
        if (!conf.ok()) {
            String msg = where + " refused the message: " + conf.statusName()
                    + (conf.responseText() == null ? "" : " (" + conf.responseText() + ")");
            throw conf.transientFailure() ? new Sim7600TransientException(msg, sub.steps(), null)
                    : new Sim7600PermanentException(msg, sub.steps(), null);
        }
    }
}
