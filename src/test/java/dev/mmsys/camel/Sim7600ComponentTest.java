package dev.mmsys.camel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.emulator.ReceivedMms;
import dev.mmsys.emulator.SubmittedSms;
import dev.mmsys.modem.HttpOptions;
import dev.mmsys.modem.MmscTarget;
import dev.mmsys.modem.ModemHttpClient;
import dev.mmsys.mms.MmsDecoder;
import dev.mmsys.mms.SendReq;
import dev.mmsys.modem.Step;
import dev.mmsys.testing.Oracles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The component end to end: Camel → sim7600 producer → jSerialComm → socat pty → SIM7600 emulator → (its TCP
 * stack) → an MMSC over real HTTP.
 */
class Sim7600ComponentTest {

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

    private void route(String uri) throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(uri);
            }
        });
        camel.start();
    }

    private Exchange send(Object body, Map<String, Object> headers) {
        return camel.createProducerTemplate().send("direct:send", e -> {
            e.getIn().setBody(body);
            e.getIn().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    static Stream<Arguments> modes() {
        return Stream.of(
                Arguments.of("transparent=true", false),
                Arguments.of("transparent=true", true),
                Arguments.of("transparent=false&receiveMode=PUSH", false),
                Arguments.of("transparent=false&receiveMode=PUSH", true),
                Arguments.of("transparent=false&receiveMode=MANUAL", false),
                Arguments.of("transparent=false&receiveMode=MANUAL", true));
    }

    @ParameterizedTest(name = "{0}, echo {1}")
    @MethodSource("modes")
    void sendMms(String mode, boolean echo) throws Exception {
        rig = EmulatorRig.start("ideal", dir);
        route(rig.uri("operation=sendMms&" + mode + "&echo=" + echo));
        // large enough for several CIPSEND chunks in command mode
        byte[] pdu = EmulatorRig.mSendReq("+16195550100", "x".repeat(4000));
        Exchange ex = send(pdu, Map.of());
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        SendReq sent = MmsDecoder.strict().decode(pdu, SendReq.class);
        assertEquals(sent.transactionId().orElseThrow(), ex.getMessage().getHeader(Sim7600Constants.TRANSACTION_ID));
        assertEquals(128, ex.getMessage().getHeader(Sim7600Constants.RESPONSE_STATUS));
        assertEquals("Ok", ex.getMessage().getHeader(Sim7600Constants.RESPONSE_STATUS_NAME));
        assertNotNull(ex.getMessage().getHeader(Sim7600Constants.MESSAGE_ID));
        assertEquals(200, ex.getMessage().getHeader(Sim7600Constants.HTTP_STATUS));
        ReceivedMms r = rig.mmsc.received().get(0);
        assertArrayEquals(pdu, r.pdu(), "the MMSC received the PDU byte for byte");
        assertEquals("/mms", r.target());
        assertEquals("mmsc.carrier.example", r.summary().get("host").asText());
        assertEquals(r.messageId(), ex.getMessage().getHeader(Sim7600Constants.MESSAGE_ID));
        assertEquals(List.of(), rig.emulator.protocolViolations());
        @SuppressWarnings("unchecked")
        List<String> transcript = ex.getMessage().getHeader(Sim7600Constants.TRANSCRIPT, List.class);
        assertTrue(transcript.stream().anyMatch(l -> l.contains("AT+CIPOPEN=0,\"TCP\",\"10.0.0.1\",80")),
                transcript::toString);
    }

    @Test
    void chunkBoundariesNeverStartWithALineFeed() throws Exception {
        rig = EmulatorRig.start("ideal", dir);
        route(rig.uri("operation=sendMms&transparent=false"));
        // LFs where 1500-octet chunks of the HTTP request would start: the modem could take such an LF for the
        // end of the AT+CIPSEND line and wait for one octet more. The text part carries them.
        char[] text = "a".repeat(6000).toCharArray();
        byte[] plain = EmulatorRig.mSendReq("+16195550100", new String(text));
        int textAt = indexOf(plain, "a".repeat(100).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int head = ModemHttpClient.request(MmscTarget.of(rig.profile().mmscUrl(), null), plain,
                HttpOptions.defaults()).length - plain.length;
        for (int at = 1500; at < head + plain.length; at += 1500) {
            int i = at - head - textAt;
            if (i >= 0 && i + 1 < text.length) {
                text[i] = '\n';
                text[i + 1] = '\n';
            }
        }
        byte[] pdu = EmulatorRig.mSendReq("+16195550100", new String(text));
        assertEquals(plain.length, pdu.length);
        byte[] request = ModemHttpClient.request(MmscTarget.of(rig.profile().mmscUrl(), null), pdu,
                HttpOptions.defaults());
        assertEquals('\n', request[3000]);
        Exchange ex = send(pdu, Map.of());
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        assertArrayEquals(pdu, rig.mmsc.received().get(0).pdu());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("marker not found");
    }

    @Test
    void throughTheCarriersProxyInAbsoluteForm() throws Exception {
        rig = EmulatorRig.start("att-mvno-proxy", dir);
        route(rig.uri("operation=sendMms&userAgent=MMSYS-test&uaProf=http://ua.example/p.xml"));
        byte[] pdu = EmulatorRig.mSendReq("+13125550100", "via proxy");
        Exchange ex = send(pdu, Map.of());
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        ReceivedMms r = rig.mmsc.received().get(0);
        assertTrue(r.viaProxy());
        assertEquals("http://mmsc.mobile.att.net/", r.target());
        assertEquals("mmsc.mobile.att.net", r.summary().get("host").asText());
        assertEquals("MMSYS-test", r.summary().get("userAgent").asText());
        assertEquals("\"http://ua.example/p.xml\"", r.summary().get("xWapProfile").asText());
        assertEquals("via proxy", r.text().orElseThrow());
    }

    @Test
    void mintWithIpv4v6ReachesTheMmscOnPort80() throws Exception {
        rig = EmulatorRig.start("mint-ipv4-blocked", dir);
        route(rig.uri("operation=sendMms"));
        Exchange ex = send(EmulatorRig.mSendReq("+16195550100", "hello Mint"), Map.of());
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        assertEquals("hello Mint", rig.mmsc.received().get(0).text().orElseThrow());
        @SuppressWarnings("unchecked")
        List<Step> steps = ex.getMessage().getHeader(Sim7600Constants.STEPS, List.class);
        String evidence = steps.stream().map(Step::toString).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(evidence.contains("wholesale.mmsmvno.com → 10.175.85.144"), evidence);
        assertTrue(evidence.contains("connected to 10.175.85.144:80"), evidence);
    }

    @Test
    void mintWithAnIpContextFailsSayingWhy() throws Exception {
        rig = EmulatorRig.start("mint-ipv4-blocked", dir);
        route(rig.uri("operation=sendMms&pdpType=IP"));
        Exchange ex = send(EmulatorRig.mSendReq("+16195550100", "hello Mint"), Map.of());
        Sim7600Exception e = assertInstanceOf(Sim7600Exception.class, ex.getException());
        assertTrue(e.getMessage().contains("10.175.85.144:80"), e.getMessage());
        assertTrue(e.getMessage().contains("IPv4-only"), e.getMessage());
        assertTrue(e.getMessage().contains("IPV4V6"), e.getMessage());
        Step last = e.steps().get(e.steps().size() - 1);
        assertEquals("tcp", last.name());
        assertTrue(e.transcript().stream().anyMatch(l -> l.contains("AT+CGDCONT=1,\"IP\",\"Wholesale\"")),
                e.transcript()::toString);
        assertTrue(rig.mmsc.received().isEmpty());
    }

    @Test
    void sendSmsFromTextIsSplitEncodedAndSentAsConcatenatedPdus() throws Exception {
        rig = EmulatorRig.start("ideal", dir);
        route(rig.uri("operation=sendSms"));
        String text = "Long text that needs more than one SMS. ".repeat(6);
        Exchange ex = send(text, Map.of(Sim7600Constants.TO, "+15551234567"));
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        List<SubmittedSms> sms = rig.emulator.smsc().await(2, Duration.ofSeconds(5));
        assertEquals(2, sms.size());
        assertEquals(2, ex.getMessage().getHeader(Sim7600Constants.PARTS));
        assertEquals(sms.stream().map(SubmittedSms::mr).toList(),
                ex.getMessage().getHeader(Sim7600Constants.MESSAGE_REFERENCES));
        // an independent decoder reassembles what the modem was given
        Oracles.Result r = Oracles.smsDecodeNode(sms.stream().map(SubmittedSms::pduHex).toList());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(text, r.json().get("concatenated").get("text").asText());
        assertTrue(r.json().get("concatenated").get("ok").asBoolean(), r::toString);
        assertEquals("15551234567", r.json().get("parts").get(0).get("destination").get("number").asText());
    }

    @Test
    void aTextBodyIsSplitWithTheEndpointsSmsOptions() throws Exception {
        rig = EmulatorRig.start("ideal", dir);
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("sixteenBit", dev.mmsys.sms.SmsOptions.defaults().withReferenceBits(16));
        String uri = rig.uri("operation=sendSms&smsOptions=#sixteenBit");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(uri);
            }
        });
        camel.start();
        Exchange ex = send("Long text that needs more than one SMS. ".repeat(6), Map.of(Sim7600Constants.TO,
                "+15551234567"));
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        List<SubmittedSms> sms = rig.emulator.smsc().await(2, Duration.ofSeconds(5));
        for (SubmittedSms s : sms) {
            // after the SMSC field (00), first octet, MR, DA (0B 91 + 6 octets), PID, DCS, UDL: UDHL 06, IEI 08
            assertTrue(s.pduHex().substring(2).matches("(?i)[0-9A-F]{4}0B91[0-9A-F]{12}0000[0-9A-F]{2}0608.*"),
                    s.pduHex());
        }
    }

    @Test
    void endpointsOnOnePortShareOneSessionAndPdusAreSentAsGiven() throws Exception {
        rig = EmulatorRig.start("ideal", dir);
        String info = rig.uri("operation=info");
        String sms = rig.uri("operation=sendSms&echo=true");
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:info").to(info);
                from("direct:sms").to(sms);
            }
        });
        camel.start();
        var template = camel.createProducerTemplate();
        // the serial port opens exclusively: a second session on it would fail as "in use"
        Exchange first = template.send("direct:info", e -> { });
        assertNull(first.getException(), () -> String.valueOf(first.getException()));
        var parts = new dev.mmsys.sms.SmsSubmitComposer(dev.mmsys.sms.SmsOptions.defaults(),
                new dev.mmsys.sms.ConcatReferenceAllocator()).compose("+15551234567", "given PDUs ".repeat(20))
                .parts().stream().map(p -> new dev.mmsys.modem.SmsPdu(p.hex(), p.tpduLength())).toList();
        Exchange second = template.send("direct:sms", e -> e.getIn().setBody(parts));
        assertNull(second.getException(), () -> String.valueOf(second.getException()));
        List<SubmittedSms> got = rig.emulator.smsc().await(parts.size(), Duration.ofSeconds(5));
        assertEquals(parts.stream().map(dev.mmsys.modem.SmsPdu::hex).toList(),
                got.stream().map(x -> x.pduHex().toUpperCase(java.util.Locale.ROOT)).toList());
        Exchange third = template.send("direct:info", e -> { });
        assertNull(third.getException(), () -> String.valueOf(third.getException()));
    }

    @Test
    void infoReportsTheSim() throws Exception {
        rig = EmulatorRig.start("mint-ipv4-blocked", dir);
        route(rig.uri("operation=info"));
        Exchange ex = send(null, Map.of());
        assertNull(ex.getException(), () -> String.valueOf(ex.getException()));
        @SuppressWarnings("unchecked")
        Map<String, Object> info = ex.getMessage().getBody(Map.class);
        assertEquals("310260555010001", info.get("imsi"));
        assertEquals("756DFFFFFFFFFFFF", info.get("gid1"));
        assertEquals("+16195550100", info.get("number"));
        assertEquals(true, info.get("packetRegistered"));
        assertEquals("SIMCOM_SIM7600G-H", info.get("model"));
    }
}
