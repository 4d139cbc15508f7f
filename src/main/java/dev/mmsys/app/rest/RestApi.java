package dev.mmsys.app.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.MmsysHeaders;
import dev.mmsys.app.intake.IdempotencyConflictException;
import dev.mmsys.app.delivery.Dispatcher;
import dev.mmsys.app.intake.Intake;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.message.MessageRequestJson;
import dev.mmsys.app.modem.CarrierSettings;
import dev.mmsys.carrier.MmsSettings;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.SpoolException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API's steps (routes/rest.yaml). Each handler leaves the answer object as the body and its status in
 * the {@value #STATUS} property; {@link #respond} writes it as JSON after removing every exchange header, so no
 * Camel or request header leaks into the HTTP answer.
 */
public final class RestApi {

    public static final String STATUS = "MmsysHttpStatus";
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_KEY_LENGTH = 255;

    private final Dispatcher dispatcher;
    private final Intake intake;
    private final MessageStore store;
    private final BearerToken token;
    private final byte[] openApi;
    private final CarrierSettings carrier;

    public RestApi(Intake intake, MessageStore store, BearerToken token, byte[] openApi, CarrierSettings carrier,
                   Dispatcher dispatcher) {
        this.carrier = carrier;
        this.dispatcher = dispatcher;
        this.intake = intake;
        this.store = store;
        this.token = token;
        this.openApi = openApi;
    }

    public void authorize(Exchange exchange) {
        token.check(exchange.getMessage().getHeader("Authorization", String.class));
    }

    /** POST /api/messages: 202 once the message is on disk; the route then hands the id to the pipeline. */
    public void submit(Exchange exchange) throws InvalidMessageException, IdempotencyConflictException {
        Message m = exchange.getMessage();
        String type = m.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new RestError(415, "Content-Type", "'" + type + "' is not JSON; send "
                    + "'Content-Type: application/json' with a body such as " + MessageRequestJson.EXAMPLE);
        }
        String key = m.getHeader("Idempotency-Key", String.class);
        if (key != null && (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new RestError(400, "Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, e.g. a UUID");
        }
        if (dispatcher.full(exchange.getContext())) {
            // refused before it is accepted: a 202 must mean the message is on its way
            throw new RestError(503, null, dispatcher.capacity() + " messages are already waiting for the modem "
                    + "(mmsys.delivery.max-waiting); try again later");
        }
        byte[] body = m.getBody(byte[].class);
        MessageRequest request = MessageRequestJson.parse(body == null ? new byte[0] : body);
        Intake.Accepted a = intake.accept(request, "rest", key);
        m.setHeader(MmsysHeaders.MESSAGE_ID, a.id());
        m.setHeader(MmsysHeaders.CREATED, a.created());
        exchange.setProperty(STATUS, 202);
        m.setBody(new SubmitResponse(a.id(), a.state().json()));
        if (a.created()) {
            LOG.info("rest: accepted {} for {} recipient(s)", a.id(), request.to().size());
        }
    }

    /** GET /api/messages/{id}. */
    public void get(Exchange exchange) {
        String id = exchange.getMessage().getHeader("id", String.class);
        Optional<MessageView> v = store.find(id).map(r -> MessageView.of(r, true))
                .or(() -> store.receipt(id).map(MessageView::ofReceipt));   // a record removed by keep-days
        ok(exchange, v.orElseThrow(() -> new RestError(404, "id", "no message with id '" + id
                + "'; ids are returned by POST /api/messages")));
    }

    /** GET /api/messages?state=…&limit=…: newest first. */
    public void list(Exchange exchange) {
        Message m = exchange.getMessage();
        String s = m.getHeader("state", String.class);
        MessageState state = null;
        if (s != null && !s.isEmpty()) {
            state = MessageState.parse(s);
            if (state == null) {
                throw new RestError(400, "state", "'" + s + "' is not a state; use queued, sending, sent, "
                        + "sent-as-sms or failed");
            }
        }
        int limit = 100;
        String l = m.getHeader("limit", String.class);
        if (l != null && !l.isEmpty()) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 10_000) {
                throw new RestError(400, "limit", "'" + l + "' is not a number from 1 to 10000");
            }
        }
        MessageState want = state;
        List<MessageView> out = store.newest(want, limit, (p, e) -> LOG.warn("{}", e.getMessage())).stream()
                .map(r -> MessageView.of(r, false)).toList();
        ok(exchange, out);
    }

    /** GET /api/health: the spool is usable and how many messages are waiting. */
    public void health(Exchange exchange) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "UP");
        Map<String, Long> counts = new LinkedHashMap<>();
        store.countByState((p, e) -> { }).forEach((state, n) -> {
            if (n > 0) {
                counts.put(state.json(), n);
            }
        });
        h.put("messages", counts);
        ok(exchange, h);
    }

    /** GET /api/openapi.json. */
    public void openApi(Exchange exchange) {
        exchange.setProperty(STATUS, 200);
        exchange.getMessage().setBody(openApi);
    }

    /** GET /api/modem: what the sim7600 info operation returned, plus the carrier settings in use. */
    public void modem(Exchange exchange) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object info = exchange.getMessage().getBody();
        if (info instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        } else {
            out.put("modem", info);
        }
        out.put("carrierSettings", carrier.settings().<Object>map(MmsSettings::toMap)
                .orElse("not known yet: detected from the SIM on the first MMS (mmsys.carrier=auto)"));
        ok(exchange, out);
    }

    /** The routes' exception handler: every failure becomes a JSON error with the right status. */
    public void error(Exchange exchange) {
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ErrorBody body;
        if (t instanceof RestError e) {
            body = new ErrorBody(e.status(), e.getMessage(), e.field());
            if (e.status() == 401) {
                exchange.setProperty("MmsysAuthenticate", true);
            }
        } else if (t instanceof InvalidMessageException e) {
            body = new ErrorBody(400, e.getMessage(), e.field());
        } else if (t instanceof IdempotencyConflictException e) {
            body = new ErrorBody(422, e.getMessage(), "Idempotency-Key");
        } else if (t instanceof SpoolException e) {
            LOG.error("rest: spool failure", e);
            body = new ErrorBody(503, "the message could not be stored (" + e.getMessage() + "); nothing was "
                    + "accepted, try again", null);
        } else if (exchange.getFromRouteId() != null && exchange.getFromRouteId().contains("modem")) {
            body = new ErrorBody(503, "the modem did not answer: " + t.getMessage()
                    + "; check mmsys.modem.port and run ./mmsys doctor", null);
        } else {
            LOG.error("rest: unexpected failure", t);
            body = new ErrorBody(500, "internal error: " + t + "; see the MMSYS log", null);
        }
        exchange.setProperty(STATUS, body.status());
        exchange.getMessage().setBody(body);
    }

    /** Last step of every REST route: JSON body, status, and no headers but the ones meant for the client. */
    public void respond(Exchange exchange) throws JsonProcessingException {
        Message m = exchange.getMessage();
        Object body = m.getBody();
        String id = m.getHeader(MmsysHeaders.MESSAGE_ID, String.class);
        m.removeHeaders("*");
        int status = exchange.getProperty(STATUS, 200, Integer.class);
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, "application/json");
        if (status == 202 && id != null) {
            m.setHeader("Location", "/api/messages/" + id);
        }
        if (Boolean.TRUE.equals(exchange.getProperty("MmsysAuthenticate"))) {
            m.setHeader("WWW-Authenticate", "Bearer realm=\"mmsys\"");
        }
        m.setBody(body instanceof byte[] b ? b : JSON.writeValueAsBytes(body));
    }

    private static void ok(Exchange exchange, Object body) {
        exchange.setProperty(STATUS, 200);
        exchange.getMessage().setBody(body);
    }

}
