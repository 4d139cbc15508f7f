package dev.mmsys.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.emulator.MmscResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Injected faults through the whole component (jSerialComm, socat pty, emulator, MMSC). The route retries
 * {@link Sim7600TransientException} up to three times, as the application's route does: retryable faults must
 * succeed on a retry, permanent ones must surface as {@link Sim7600PermanentException} without one.
 */
class Sim7600FaultsTest {

    @TempDir
    Path dir;

    private EmulatorRig rig;
    private CamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (rig != null) {
            rig.close();
        }
    }

    private void start(String profile, String options) throws Exception {
        start(profile, options, 0);
    }

    /** @param retryDelayMs the delay between retries (the application's start at 2 s) */
    private void start(String profile, String options, long retryDelayMs) throws Exception {
        rig = EmulatorRig.start(profile, dir);
        String uri = rig.uri(options);
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Sim7600TransientException.class).maximumRedeliveries(3).redeliveryDelay(retryDelayMs);
                from("direct:send").to(uri);
            }
        });
        camel.start();
    }

    private Exchange mms() {
        byte[] pdu = EmulatorRig.mSendReq("+16195550100", "fault test ".repeat(300));
        return camel.createProducerTemplate().send("direct:send", e -> e.getIn().setBody(pdu));
    }

    private static int retries(Exchange ex) {
        Integer n = ex.getIn().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        return n == null ? 0 : n;
    }

    private void assertSucceedsOnRetry(Exchange ex) {
        assertNull(ex.getException(), () -> "expected success after a retry, got " + ex.getException());
        assertTrue(retries(ex) >= 1, "the fault should have cost at least one retry");
        assertEquals(128, ex.getMessage().getHeader(Sim7600Constants.RESPONSE_STATUS));
    }

    private void assertPermanent(Exchange ex, String messagePart) {
        Sim7600PermanentException e = assertInstanceOf(Sim7600PermanentException.class, ex.getException(),
                () -> "expected a permanent failure, got " + ex.getException());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertEquals(0, retries(ex), "permanent failures are not retried");
    }

    // ---- retryable --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "transparent={0}")
    @ValueSource(booleans = {true, false})
    void failedConnection(boolean transparent) throws Exception {
        start("ideal", "transparent=" + transparent);
        rig.emulator.faults().failNextCipopen(1);
        assertSucceedsOnRetry(mms());
    }

    @ParameterizedTest(name = "transparent={0}")
    @ValueSource(booleans = {true, false})
    void serverClosesInsideItsAnswer(boolean transparent) throws Exception {
        start("ideal", "transparent=" + transparent);
        rig.emulator.faults().peerClosesAfter(20);
        assertSucceedsOnRetry(mms());
    }

    @ParameterizedTest(name = "transparent={0}")
    @ValueSource(booleans = {true, false})
    void modemRebootsMidSend(boolean transparent) throws Exception {
        // a retry at once can meet the modem still silent in its reboot (80 ms here; 10-20 s for real) and use up
        // the retries there; the application waits 2 s and more between attempts
        start("ideal", "transparent=" + transparent, 300);
        rig.emulator.faults().rebootDuringNextSend(700);
        assertSucceedsOnRetry(mms());
    }

    @ParameterizedTest(name = "transparent={0}")
    @ValueSource(booleans = {true, false})
    void bearerLostMidSend(boolean transparent) throws Exception {
        start("ideal", "transparent=" + transparent);
        rig.emulator.faults().dropNetworkDuringNextSend(700);
        assertSucceedsOnRetry(mms());
    }

    @Test
    void stalledSendIsRetried() throws Exception {
        start("ideal", "transparent=false");
        rig.emulator.faults().stallNextSend();
        assertSucceedsOnRetry(mms());
        assertEquals(1, rig.mmsc.received().size(), "the stalled request never reached the MMSC");
    }

    @Test
    void modemLayerReportsAStalledSendAsATransientSendingTimeout() throws Exception {
        rig = EmulatorRig.start("ideal", dir);
        var net = dev.mmsys.modem.NetworkSettings.of(rig.profile().apn(),
                dev.mmsys.modem.PdpType.parse(rig.profile().pdpType().name())).withTransparent(false);
        var target = dev.mmsys.modem.MmscTarget.of(rig.profile().mmscUrl(), "");
        byte[] pdu = EmulatorRig.mSendReq("+16195550100", "stalled ".repeat(400));   // three CIPSEND chunks
        try (var session = new dev.mmsys.modem.ModemSession(rig.pty.path().toString(),
                dev.mmsys.modem.SessionSettings.defaults())) {
            rig.emulator.faults().stallNextSend();
            dev.mmsys.modem.ModemException e = assertThrows(
                    dev.mmsys.modem.ModemException.class, () -> new dev.mmsys.modem.MmsSubmitter(session)
                            .submit(net, target, pdu, dev.mmsys.modem.HttpOptions.defaults()));
            assertTrue(e.isTransient(), e.toString());
            assertTrue(e.getMessage().contains("send timeout (+IPCLOSE: 0,2)"), e.getMessage());
            assertEquals(0, rig.mmsc.received().size());
            // the session goes on: the next submission on the same session gets through
            var ok = new dev.mmsys.modem.MmsSubmitter(session).submit(net, target, pdu,
                    dev.mmsys.modem.HttpOptions.defaults());
            assertEquals(200, ok.response().status());
            assertEquals(1, rig.mmsc.received().size());
        }
    }

    @Test
    void pdpActivationRefusedOnce() throws Exception {
        start("ideal", "");
        rig.emulator.faults().failNextNetopen();
        assertSucceedsOnRetry(mms());
    }

    @Test
    void silentModem() throws Exception {
        start("ideal", "commandTimeout=500ms");
        rig.emulator.faults().silenceOnNext("AT+CIPOPEN");
        assertSucceedsOnRetry(mms());
    }

    @Test
    void dnsErrorOnce() throws Exception {
        start("ideal", "");
        rig.emulator.faults().errorOnNext("AT+CDNSGIP");
        assertSucceedsOnRetry(mms());
    }

    @Test
    void urcsAndNoiseBetweenEchoAndAnswer() throws Exception {
        start("ideal", "transparent=false&echo=true");
        rig.emulator.faults().lineBeforeNextResponse("AT+CIPSEND", "+CIPRXGET: 1,0")
                .lineBeforeNextResponse("AT+CDNSGIP", "+CMTI: \"SM\",4");
        Exchange ex = mms();
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        assertEquals(0, retries(ex), "URCs in odd places need no retry");
    }

    @ParameterizedTest(name = "MMSC status 0x{0}")
    @ValueSource(ints = {0xC0, 0xC3, 0x86})
    void transientMmsStatus(int status) throws Exception {
        start("ideal", "");
        rig.mmsc.script().next(MmscResponse.status(status));
        Exchange ex = mms();
        assertSucceedsOnRetry(ex);
        assertEquals(2, rig.mmsc.received().size());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 503})
    void serverErrors(int status) throws Exception {
        start("ideal", "");
        rig.mmsc.script().next(MmscResponse.http(status));
        assertSucceedsOnRetry(mms());
    }

    @ParameterizedTest(name = "transparent={0}")
    @ValueSource(booleans = {true, false})
    void truncatedAnswerOrHangUp(boolean transparent) throws Exception {
        start("ideal", "transparent=" + transparent);
        rig.mmsc.script().next(MmscResponse.truncated(), MmscResponse.hangUp());
        Exchange ex = mms();
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        assertEquals(2, retries(ex));
    }

    @Test
    void slowMmscWithinTheResponseTimeout() throws Exception {
        start("ideal", "responseTimeout=5s");
        rig.mmsc.script().next(MmscResponse.slow(Duration.ofMillis(500)));
        Exchange ex = mms();
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        assertEquals(0, retries(ex));
    }

    @Test
    void rebootAndBearerLossBetweenMessages() throws Exception {
        start("ideal", "");
        assertNull(mms().getException());
        rig.emulator.faults().reboot();
        Exchange afterReboot = mms();
        assertNull(afterReboot.getException(), () -> String.valueOf(afterReboot.getException()));
        rig.emulator.faults().dropNetwork();
        Exchange afterDrop = mms();
        assertNull(afterDrop.getException(), () -> String.valueOf(afterDrop.getException()));
        assertEquals(3, rig.mmsc.received().size());
    }

    @Test
    void vanishedPortIsTransientAndReopenedWhenItReturns() throws Exception {
        start("ideal", "");
        assertNull(mms().getException());
        rig.pty.vanish();
        Exchange gone = mms();
        assertInstanceOf(Sim7600TransientException.class, gone.getException());
        rig.pty.restore();
        Exchange back = mms();
        assertNull(back.getException(), () -> String.valueOf(back.getException()));
    }

    @Test
    void aModemLeftInDataModeByAStoppedProcessIsRecovered() throws Exception {
        start("ideal", "commandTimeout=500ms");
        // another process (an earlier MMSYS) opened a transparent connection and went away mid-request
        var net = dev.mmsys.modem.NetworkSettings.of(rig.profile().apn(),
                dev.mmsys.modem.PdpType.parse(rig.profile().pdpType().name()));
        try (var earlier = new dev.mmsys.modem.ModemSession(rig.pty.path().toString(),
                dev.mmsys.modem.SessionSettings.defaults())) {
            var socket = earlier.openSocket("10.0.0.1", 80, net);
            socket.write("POST /mms HTTP/1.1\r\nHost: x\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        Exchange ex = mms();
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
    }

    @Test
    void smsNetworkErrorIsRetried() throws Exception {
        start("ideal", "operation=sendSms");
        rig.emulator.faults().cmsErrorOnNextCmgs(500);
        Exchange ex = camel.createProducerTemplate().send("direct:send", e -> {
            e.getIn().setBody("short text");
            e.getIn().setHeader(Sim7600Constants.TO, "+15551234567");
        });
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        assertEquals(1, retries(ex));
        assertEquals(1, rig.emulator.smsc().await(1, Duration.ofSeconds(5)).size());
    }

    // ---- permanent --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "MMSC status 0x{0}")
    @ValueSource(ints = {0xE0, 0xE1, 0xE5, 0x82})
    void permanentMmsStatus(int status) throws Exception {
        start("ideal", "");
        rig.mmsc.script().next(MmscResponse.status(status));
        Exchange ex = mms();
        assertPermanent(ex, "refused the message: Error-");
        assertEquals(status, ex.getMessage().getHeader(Sim7600Constants.RESPONSE_STATUS));
        assertNull(ex.getMessage().getHeader(Sim7600Constants.RESPONSE_TEXT), "this refusal carries no text");
        assertEquals(1, rig.mmsc.received().size());
    }

    @Test
    void refusalWithAResponseTextCarriesItInTheHeaderAndTheMessage() throws Exception {
        start("ideal", "");
        // an M-Send.req without the mandatory From: the MMSC refuses it with 0xE2 and its decoder's reason
        byte[] noFrom = HexFormat.of().parseHex("8C8098543100" + "8D92" + "97" + HexFormat.of().formatHex(
                "+16195550100/TYPE=PLMN".getBytes(StandardCharsets.US_ASCII)) + "00" + "84A3" + "00");
        Exchange ex = camel.createProducerTemplate().send("direct:send", e -> e.getIn().setBody(noFrom));
        String text = ex.getMessage().getHeader(Sim7600Constants.RESPONSE_TEXT, String.class);
        assertTrue(text != null && text.contains("From"), "the MMSC's X-Mms-Response-Text: " + text);
        assertEquals(0xE2, ex.getMessage().getHeader(Sim7600Constants.RESPONSE_STATUS));
        assertEquals("Error-permanent-message-format-corrupt",
                ex.getMessage().getHeader(Sim7600Constants.RESPONSE_STATUS_NAME));
        assertEquals("T1", ex.getMessage().getHeader(Sim7600Constants.TRANSACTION_ID));
        assertPermanent(ex, "refused the message: Error-permanent-message-format-corrupt (" + text + ")");
        assertEquals(text, rig.mmsc.received().get(0).summary().get("decodeError").asText());
    }

    @Test
    void notFound() throws Exception {
        start("ideal", "");
        rig.mmsc.script().next(MmscResponse.http(404));
        assertPermanent(mms(), "HTTP 404");
    }

    @Test
    void garbageInsteadOfAnMSendConf() throws Exception {
        start("ideal", "");
        rig.mmsc.script().next(MmscResponse.garbage());
        assertPermanent(mms(), "malformed M-Send.conf");
    }

    @Test
    void netopenRejected() throws Exception {
        start("ideal", "");
        rig.emulator.faults().rejectNextNetopen();
        assertPermanent(mms(), "AT+NETOPEN");
    }

    @Test
    void noSim() throws Exception {
        start("no-sim", "");
        assertPermanent(mms(), "SIM not inserted: insert a SIM");
    }

    @Test
    void smsWithoutSmscAddressIsPermanent() throws Exception {
        start("ideal", "operation=sendSms");
        rig.emulator.faults().cmsErrorOnNextCmgs(330);
        Exchange ex = camel.createProducerTemplate().send("direct:send", e -> {
            e.getIn().setBody("short text");
            e.getIn().setHeader(Sim7600Constants.TO, "+15551234567");
        });
        assertPermanent(ex, "AT+CSCA");
    }

    // ---- conditions that stay transient ---------------------------------------------------------------

    @Test
    void noCoverageStaysTransient() throws Exception {
        start("not-registered", "");
        Exchange ex = mms();
        Sim7600TransientException e = assertInstanceOf(Sim7600TransientException.class, ex.getException());
        assertTrue(e.getMessage().contains("not registered"), e.getMessage());
        assertEquals(3, retries(ex));
    }

    @Test
    void dnsFailureNamesTheHost() throws Exception {
        start("dns-failure", "");
        Exchange ex = mms();
        Sim7600TransientException e = assertInstanceOf(Sim7600TransientException.class, ex.getException());
        assertTrue(e.getMessage().contains("could not resolve 'mmsc.carrier.example'"), e.getMessage());
        assertFalse(e.steps().isEmpty());
        assertEquals("dns", e.steps().get(e.steps().size() - 1).name());
    }
}
