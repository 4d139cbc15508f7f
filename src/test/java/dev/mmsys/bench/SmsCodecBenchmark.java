package dev.mmsys.bench;

import dev.mmsys.sms.ConcatReferenceAllocator;
import dev.mmsys.sms.SmsAddress;
import dev.mmsys.sms.SmsOptions;
import dev.mmsys.sms.SmsPduDecoder;
import dev.mmsys.sms.SmsReassembler;
import dev.mmsys.sms.SmsSplitter;
import dev.mmsys.sms.SmsSubmission;
import dev.mmsys.sms.SmsSubmitComposer;
import dev.mmsys.sms.UserDataPdu;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The SMS codec on its hot paths: count parts, compose PDUs, decode and reassemble a set. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SmsCodecBenchmark {

    private static final SmsAddress TO = SmsAddress.parse("+16195550100");

    /** 160 GSM characters: one part. */
    String shortGsm;
    /** 2,100 characters of Cyrillic, Greek and emoji: 33 UCS-2 parts. */
    String longUcs2;
    SmsSplitter splitter;
    SmsSubmitComposer composer;
    List<String> longSetHex;

    @Setup
    public void setUp() {
        shortGsm = "The quick brown fox jumps over the lazy dog; 0123456789! ".repeat(3).substring(0, 160);
        longUcs2 = "Съешь же ещё этих мягких булок 😀 Γειά σου ".repeat(50).substring(0, 2100);
        SmsOptions options = SmsOptions.defaults().withMaxParts(255);
        splitter = new SmsSplitter(options);
        composer = new SmsSubmitComposer(options, new ConcatReferenceAllocator(new Random(1), 100));
        longSetHex = new ArrayList<>();
        for (SmsSubmission.Part p : composer.compose(TO, longUcs2).parts()) {
            longSetHex.add(p.hex());
        }
    }

    @Benchmark
    public int countPartsShortGsm() {
        return splitter.countParts(shortGsm);
    }

    @Benchmark
    public SmsSubmission composeShortGsm() {
        return composer.compose(TO, shortGsm);
    }

    @Benchmark
    public SmsSubmission composeLongUcs2() {
        return composer.compose(TO, longUcs2);
    }

    @Benchmark
    public String decodeAndReassembleLongUcs2() {
        List<UserDataPdu> pdus = new ArrayList<>(longSetHex.size());
        for (String hex : longSetHex) {
            pdus.add((UserDataPdu) SmsPduDecoder.decodeHex(hex));
        }
        return SmsReassembler.assemble(pdus).text();
    }
}
