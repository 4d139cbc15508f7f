package dev.mmsys.app;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;

public class BootProbe {
    public static void main(String[] a) throws Exception {
        long t0 = System.currentTimeMillis();
        MmsysApplication app = MmsysApplication.service(MmsysConfig.defaults().with(Map.of("mmsys.spool.dir", "/tmp/probe-spool")));
        app.bind("sim7600", new DefaultComponent() {
            @Override
            protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
                parameters.clear();
                return new DefaultEndpoint(uri, this) {
                    public org.apache.camel.Producer createProducer() { return new org.apache.camel.support.DefaultProducer(this) {
                        public void process(org.apache.camel.Exchange e) { e.getMessage().setBody(Map.of("x", 1)); } }; }
                    public org.apache.camel.Consumer createConsumer(org.apache.camel.Processor p) { throw new UnsupportedOperationException(); }
                };
            }
        });
        app.start();
        System.out.println("ready in " + (System.currentTimeMillis() - t0) + " ms");
        Thread.sleep(Long.parseLong(a.length > 0 ? a[0] : "1000"));
        app.close();
    }
}
