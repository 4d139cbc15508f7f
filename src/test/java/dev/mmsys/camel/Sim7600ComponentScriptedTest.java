package dev.mmsys.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.modem.AuthType;
import dev.mmsys.modem.PdpType;
import dev.mmsys.modem.ReceiveMode;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The component's wiring: URI options, lazy connection, error typing (no modem needed). */
class Sim7600ComponentScriptedTest {

    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    /** Nothing listens on port 1 (a freed ephemeral port could be taken by a parallel test's server). */
    private static int closedPort() {
        return 1;
    }

    @Test
    void uriOptionsBindToTheConfiguration() throws Exception {
        camel.start();
        Sim7600Endpoint e = camel.getEndpoint("sim7600:tcp://127.0.0.1:2000?operation=sendSms&apn=Wholesale"
                + "&pdpType=IP&cid=3&authentication=CHAP&username=u&password=p&mmsc=http://m/x&proxy=10.0.0.1:8080"
                + "&userAgent=UA&uaProf=http://u/p.xml&baudRate=921600&echo=true&transparent=false"
                + "&receiveMode=MANUAL&connectTimeout=5s&responseTimeout=2m", Sim7600Endpoint.class);
        assertEquals("tcp://127.0.0.1:2000", e.getPort());
        Sim7600Configuration c = e.getConfiguration();
        assertEquals(Sim7600Operation.sendSms, c.getOperation());
        assertEquals(PdpType.IP, c.getPdpType());
        assertEquals(3, c.getCid());
        assertEquals(AuthType.CHAP, c.getAuthentication());
        assertEquals(ReceiveMode.MANUAL, c.getReceiveMode());
        assertEquals(921600, c.getBaudRate());
        assertTrue(c.isEcho());
        assertFalse(c.isTransparent());
        assertEquals(5000, c.getConnectTimeout());
        assertEquals(120_000, c.getResponseTimeout());
        assertEquals("http://m/x", c.getMmsc());
        assertEquals("10.0.0.1:8080", c.getProxy());
        Sim7600Endpoint dev = camel.getEndpoint("sim7600:/dev/ttyUSB2", Sim7600Endpoint.class);
        assertEquals("/dev/ttyUSB2", dev.getPort());
        assertEquals(Sim7600Operation.sendMms, dev.getConfiguration().getOperation());
        assertEquals(PdpType.IPV4V6, dev.getConfiguration().getPdpType());
    }

    @Test
    void generatedMetadataAndConfigurersAreOnTheClasspath() throws Exception {
        // camel-component-maven-plugin output: options are bound by the generated configurer, not reflection
        camel.start();
        Object configurer = org.apache.camel.support.PluginHelper.getConfigurerResolver(camel)
                .resolvePropertyConfigurer("sim7600-endpoint", camel);
        assertEquals("dev.mmsys.camel.Sim7600EndpointConfigurer", configurer.getClass().getName());
        try (var in = getClass().getResourceAsStream("/META-INF/dev/mmsys/camel/sim7600.json")) {
            assertTrue(in != null, "component metadata");
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String name : List.of("\"receiveMode\"", "\"transparent\"", "\"mmsc\"", "\"proxy\"",
                    "\"CamelSim7600MessageId\"", "\"CamelSim7600MessageReferences\"")) {
                assertTrue(json.contains(name), name);
            }
        }
        assertEquals(Sim7600Component.class, camel.getComponent("sim7600").getClass());
    }

    @Test
    void routesStartWithTheModemUnpluggedAndTheFirstExchangeFailsTransiently() throws Exception {
        int port = closedPort();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:info").to("sim7600:tcp://127.0.0.1:" + port + "?operation=info");
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        Exchange ex = template.send("direct:info", e -> { });
        Sim7600Exception err = assertInstanceOf(Sim7600TransientException.class, ex.getException());
        assertTrue(err.getMessage().contains("nothing answers there"), err.getMessage());
    }

    @Test
    void badOperationHeaderIsPermanent() throws Exception {
        int port = closedPort();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").to("sim7600:tcp://127.0.0.1:" + port);
            }
        });
        camel.start();
        Exchange ex = camel.createProducerTemplate().send("direct:x",
                e -> e.getIn().setHeader(Sim7600Constants.OPERATION, "fax"));
        Sim7600Exception err = assertInstanceOf(Sim7600PermanentException.class, ex.getException());
        assertTrue(err.getMessage().contains("sendMms, sendSms or info"), err.getMessage());
    }

    @Test
    void sendMmsWithoutMmscIsPermanentBeforeAnyIo() throws Exception {
        int port = closedPort();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").to("sim7600:tcp://127.0.0.1:" + port + "?operation=sendMms");
            }
        });
        camel.start();
        Exchange ex = camel.createProducerTemplate().send("direct:x", e -> e.getIn().setBody(new byte[] {1}));
        Sim7600Exception err = assertInstanceOf(Sim7600PermanentException.class, ex.getException());
        assertTrue(err.getMessage().contains("mmsys.mmsc.url"), err.getMessage());
    }

    @Test
    void sendSmsWithTextButNoRecipientIsPermanent() throws Exception {
        int port = closedPort();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").to("sim7600:tcp://127.0.0.1:" + port + "?operation=sendSms");
            }
        });
        camel.start();
        Exchange ex = camel.createProducerTemplate().send("direct:x", e -> e.getIn().setBody("hello"));
        Sim7600Exception err = assertInstanceOf(Sim7600PermanentException.class, ex.getException());
        assertTrue(err.getMessage().contains("CamelSim7600To"), err.getMessage());
        Exchange bad = camel.createProducerTemplate().send("direct:x", e -> e.getIn().setBody(List.of(Map.of())));
        assertInstanceOf(Sim7600PermanentException.class, bad.getException());
    }
}
