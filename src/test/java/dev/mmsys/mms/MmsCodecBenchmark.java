package dev.mmsys.mms;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encode and decode throughput of the MMS codec (JMH): a 1 KB text message and a 300 KB message with a JPEG.
 * Run with {@code mvn -B -Pbench test-compile exec:exec -Dbench.args=mms-codec}; divide ops/s by the sizes
 * {@link #describe()} prints to get octets per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MmsCodecBenchmark {

    SendReq text1k;
    SendReq image300k;
    byte[] text1kPdu;
    byte[] image300kPdu;

    @Setup
    public void setUp() {
        text1k = text1k();
        image300k = image300k();
        text1kPdu = MmsEncoder.encode(text1k);
        image300kPdu = MmsEncoder.encode(image300k);
    }

    static SendReq text1k() {
        String text = (TestTexts.ACCENTED + " " + TestTexts.ASCII + " ").repeat(12).substring(0, 1000);
        return SendReq.builder().transactionId("Tbench").to("+16195550100").subject("Benchmark").text(text)
                .androidDefaults(Instant.ofEpochSecond(1_700_000_000L)).build();
    }

    static SendReq image300k() {
        return SendReq.builder().transactionId("Tbench").to("+16195550100").subject("Photo").text(TestTexts.EMOJI)
                .attach(Attachment.of("photo.jpg", TestMedia.jpeg(700)))
                .androidDefaults(Instant.ofEpochSecond(1_700_000_000L)).build();
    }

    /** The PDU sizes, printed before the run so that ops/s can be read as octets/s. */
    public static String describe() {
        return "text1k PDU = " + MmsEncoder.encodedSize(text1k()) + " octets, image300k PDU = "
                + MmsEncoder.encodedSize(image300k()) + " octets";
    }

    @Benchmark
    public byte[] encodeText1k() {
        return MmsEncoder.encode(text1k);
    }

    @Benchmark
    public MmsPdu decodeText1k() {
        return MmsDecoder.strict().decode(text1kPdu);
    }

    @Benchmark
    public byte[] encodeImage300k() {
        return MmsEncoder.encode(image300k);
    }

    @Benchmark
    public MmsPdu decodeImage300k() {
        return MmsDecoder.strict().decode(image300kPdu);
    }

    @Benchmark
    public int sizeImage300k() {
        return MmsEncoder.encodedSize(image300k);
    }
}
