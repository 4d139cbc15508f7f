package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.rest.MessageView;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.emulator.SubmittedSms;
import dev.mmsys.mms.SendReq;
import dev.mmsys.sms.SmsPduDecoder;
import dev.mmsys.sms.SmsReassembler;
import dev.mmsys.sms.SmsSubmit;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code direct:mmsys-send} as README "From another Camel project" documents it, used by a route of another
 * integration added to the running application's CamelContext: the body is the text, headers
 * {@code CamelSim7600To}, optional {@code CamelSim7600Subject} and {@code MmsysMode}; afterwards the body is the
 * message as REST shows it and header {@code MmsysState} its final state. Header names are spelled as the README
 * spells them.
 */
class DirectSendTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The other integration's routes: they set the documented headers and hand the text to MMSYS. */
    private static void addIntegrationRoutes(RunningApp app) throws Exception {
        app.app.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:weekly-report")
                        .setHeader("CamelSim7600To", constant("+16195550100, +16195550101"))
                        .setHeader("CamelSim7600Subject", constant("Weekly report"))
                        .to("direct:mmsys-send");
                from("direct:alert")
                        .setHeader("CamelSim7600To", constant(List.of("+16195550102")))
                        .setHeader("MmsysMode", constant("sms"))
                        .to("direct:mmsys-send");
                // a route that passes on whatever the caller set
                from("direct:anything").to("direct:mmsys-send");
            }
        });
    }

    private static Exchange call(RunningApp app, String endpoint, String body, Map<String, Object> headers) {
        return app.app.producer().send(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    @Test
    void aRouteOfAnotherIntegrationSendsAGroupMmsAndGetsTheMessageAsRestShowsIt() throws Exception {
        String text = "This week: 41 orders shipped, 2 returns, stock of blue mugs low. ".repeat(8).strip();
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir);
             RunningApp app = RunningApp.start(dir, carrier.fastSettings())) {
            addIntegrationRoutes(app);
            Exchange ex = call(app, "direct:weekly-report", text, Map.of());

            assertEquals(null, ex.getException(), () -> String.valueOf(ex.getException()));
            assertEquals("sent", ex.getMessage().getHeader("MmsysState"));
            MessageView v = assertInstanceOf(MessageView.class, ex.getMessage().getBody());
            assertEquals("sent", v.state());
            assertEquals(List.of("+16195550100", "+16195550101"), v.to());
            assertEquals("Weekly report", v.subject());
            assertEquals("direct", v.source());
            assertEquals(1, v.attempts());

            // the MMSC got one group MMS with the text and subject
            assertEquals(1, carrier.mmsc.received().size());
            SendReq req = carrier.requests().get(0);
            assertEquals(text, req.text().orElseThrow());
            assertEquals("Weekly report", req.subject().orElseThrow().text());
            assertEquals(List.of("+16195550100/TYPE=PLMN", "+16195550101/TYPE=PLMN"), req.recipients());
            assertEquals(carrier.mmsc.received().get(0).summary().get("messageId").asText(), v.mms().messageId());
            assertEquals(0, carrier.modem.smsc().all().size(), "no SMS");

            // "the message as REST shows it": the same JSON as GET /api/messages/{id}
            HttpResponse<String> rest = app.get("/api/messages/" + v.id());
            assertEquals(200, rest.statusCode(), rest.body());
            JsonNode shown = JSON.readTree(rest.body());
            assertEquals(shown, JSON.valueToTree(v));
            assertEquals("sent", shown.get("state").asText());
        }
    }

    @Test
    void mmsysModeSmsSendsTheTextAsSmsOnly() throws Exception {
        String text = "Freezer 2 is at -4 C and rising; check the door seal. ".repeat(4).strip();
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir);
             RunningApp app = RunningApp.start(dir, carrier.fastSettings())) {
            addIntegrationRoutes(app);
            Exchange ex = call(app, "direct:alert", text, Map.of());

            assertEquals(null, ex.getException(), () -> String.valueOf(ex.getException()));
            assertEquals("sent-as-sms", ex.getMessage().getHeader("MmsysState"));
            MessageView v = assertInstanceOf(MessageView.class, ex.getMessage().getBody());
            assertEquals("sent-as-sms", v.state());
            assertEquals(0, carrier.mmsc.received().size(), "mode sms: no MMS attempt");
            List<SubmittedSms> sms = carrier.modem.smsc().all();
            assertEquals(v.sms().parts(), sms.size());
            assertTrue(sms.stream().allMatch(s -> s.destination().equals("+16195550102")), sms.toString());
            List<SmsSubmit> parts = sms.stream().map(s -> (SmsSubmit) SmsPduDecoder.decodeHex(s.pduHex())).toList();
            assertEquals(text, SmsReassembler.assemble(parts).text());
        }
    }

    @Test
    void badInputFailsTheCallersExchangeNamingTheFieldAndRecordsNothing() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir);
             RunningApp app = RunningApp.start(dir, carrier.fastSettings())) {
            addIntegrationRoutes(app);
            record Bad(String body, Map<String, Object> headers, String field, String reason) {
            }
            List<Bad> bad = List.of(
                    new Bad("no recipient", Map.of(), "CamelSim7600To", "is not set"),
                    new Bad("bad number", Map.of("CamelSim7600To", "call-me"), "to[0]", "is not a phone number"),
                    new Bad("bad mode", Map.of("CamelSim7600To", "+16195550100", "MmsysMode", "fax"), "MmsysMode",
                            "'fax' is not a mode; use auto, mms or sms"),
                    new Bad(null, Map.of("CamelSim7600To", "+16195550100"), "body", "is empty"),
                    new Bad("   ", Map.of("CamelSim7600To", "+16195550100"), "text", "is empty"),
                    new Bad("two\nlines", Map.of("CamelSim7600To", "+16195550100", "CamelSim7600Subject", "a\nb"),
                            "subject", "one line"));
            for (Bad b : bad) {
                Exchange ex = call(app, "direct:anything", b.body(), b.headers());
                InvalidMessageException e = assertInstanceOf(InvalidMessageException.class, ex.getException(),
                        () -> b + " → " + ex.getException());
                assertEquals(b.field(), e.field(), b + " → " + e.getMessage());
                assertTrue(e.reason().contains(b.reason()), b + " → " + e.getMessage());
                assertEquals(null, ex.getMessage().getHeader("MmsysState"), "no message, so no state");
            }
            MessageStore store = new MessageStore(Spool.existing(app.spool));
            assertEquals(0, store.list((p, e) -> { }).size(), "nothing was recorded");
            assertEquals(0, carrier.mmsc.received().size());
            assertEquals(0, carrier.modem.smsc().all().size());

            // and the pipeline still works
            Exchange good = call(app, "direct:anything", "after the bad ones",
                    Map.of("CamelSim7600To", "+16195550100"));
            assertEquals("sent", good.getMessage().getHeader("MmsysState"), () -> String.valueOf(good.getException()));
            assertEquals(1, carrier.mmsc.received().size());
        }
    }
}
