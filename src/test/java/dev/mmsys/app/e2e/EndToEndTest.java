package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.emulator.SubmittedSms;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.Oracles;
import dev.mmsys.testing.RunningApp;
import dev.mmsys.emulator.MmscResponse;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's "done when", on the real application (camel-main, routes/*.yaml), real files, real HTTP, the
 * SIM7600 emulator behind a socat pty read through jSerialComm, and an MMSC over real HTTP.
 */
class EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * Waits for {@code n} messages in a final state, each with its receipt: the record turns final first and the
     * receipt is written from it right after (a crash in between is repaired at start), so both are awaited.
     */
    private static List<MessageRecord> finals(Path spool, MessageStore store, int n) throws InterruptedException {
        RunningApp.await(n + " messages in a final state, with receipts", Duration.ofSeconds(90), () -> {
            List<MessageRecord> all = store.list((p, e) -> { });
            return all.size() == n && all.stream().allMatch(r -> r.state().isFinal() && hasReceipt(spool, r));
        });
        return store.list((p, e) -> { });
    }

    private static boolean hasReceipt(Path spool, MessageRecord r) {
        String name = r.id() + ".json";
        return Files.exists(spool.resolve("sent").resolve(name)) || Files.exists(spool.resolve("failed").resolve(name));
    }

    @Test
    void twentyDroppedFilesAndTwentyRestPostsAreAllSentWithReceipts() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir);
             RunningApp app = RunningApp.start(dir, carrier.fastSettings())) {
            Path outbox = app.spool.resolve("outbox");
            Set<String> texts = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                String text = "File message " + i + ": " + "a long text that must arrive as one bubble.\n".repeat(8).strip();
                texts.add(text);
                Path tmp = outbox.resolve("m" + i + ".txt.tmp");
                Files.writeString(tmp, "To: +1619555" + String.format("%04d", i) + "\nSubject: file " + i + "\n\n" + text);
                Files.move(tmp, outbox.resolve("m" + i + ".txt"));
            }
            for (int i = 0; i < 20; i++) {
                String text = "REST message " + i + " with ünïcödé and an emoji 📨 " + "x".repeat(300);
                texts.add(text);
                HttpResponse<String> r = app.post("/api/messages", JSON.writeValueAsString(Map.of(
                        "to", List.of("+1858555" + String.format("%04d", i)), "text", text)));
                assertEquals(202, r.statusCode(), r.body());
            }
            MessageStore store = new MessageStore(Spool.existing(app.spool));
            List<MessageRecord> all = finals(app.spool, store, 40);
            for (MessageRecord r : all) {
                assertEquals(MessageState.SENT, r.state(), r.id() + ": " + r.history());
                JsonNode receipt = JSON.readTree(app.spool.resolve("sent").resolve(r.id() + ".json").toFile());
                assertEquals("sent", receipt.get("state").asText());
                assertFalse(receipt.at("/mms/messageId").asText().isEmpty(), receipt.toString());
                assertEquals(r.mms().transactionId(), receipt.at("/mms/transactionId").asText());
                assertFalse(Files.exists(app.spool.resolve("failed").resolve(r.id() + ".json")));
            }
            assertEquals(40, carrier.mmsc.received().size());
            Set<String> got = carrier.requests().stream().map(m -> m.text().orElseThrow())
                    .collect(Collectors.toSet());
            assertTrue(texts.equals(got), "the MMSC got each text exactly as written; missing: "
                    + texts.stream().filter(t -> !got.contains(t)).map(t -> t.substring(0, 20)).toList());
            // each file is deleted when its route exchange completes, which may be after its message was sent
            RunningApp.await("the outbox is empty", Duration.ofSeconds(30), () -> {
                try (var files = Files.list(outbox)) {
                    return files.count() == 0;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            HttpResponse<String> sentList = app.get("/api/messages?state=sent&limit=100");
            assertEquals(40, JSON.readTree(sentList.body()).size());
        }
    }

    @Test
    void withTheMmscRefusingEverythingEachMessageGoesAsSmsThatDecodesToTheExactText() throws Exception {
        List<String> texts = List.of(
                "Short plain GSM text.",
                "A GSM-7 text long enough for several parts, with extension characters {[~]} and €. ".repeat(6),
                "Unicode needs UCS-2: Grüße aus Zürich, 你好, and an emoji 😀 at the end of a long line. ".repeat(3),
                "Line one\nLine two\r\nTabs\tand  spaces ".repeat(10));
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir);
             RunningApp app = RunningApp.start(dir, carrier.fastSettings())) {
            carrier.mmsc.script().always(MmscResponse.permanentFailure());
            Map<String, String> textByNumber = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                String number = "+1619555" + String.format("%04d", 100 + i);
                textByNumber.put(number, texts.get(i));
                assertEquals(202, app.post("/api/messages", JSON.writeValueAsString(Map.of("to", List.of(number),
                        "text", texts.get(i)))).statusCode());
            }
            MessageStore store = new MessageStore(Spool.existing(app.spool));
            for (MessageRecord r : finals(app.spool, store, texts.size())) {
                assertEquals(MessageState.SENT_AS_SMS, r.state(), r.history().toString());
                assertTrue(r.history().stream().anyMatch(h -> h.event().equals("fallback")
                        && h.detail().contains("Error-permanent-failure")), r.history().toString());
                JsonNode receipt = JSON.readTree(app.spool.resolve("sent").resolve(r.id() + ".json").toFile());
                assertEquals("sent-as-sms", receipt.get("state").asText());
                assertEquals(r.sms().parts(), receipt.at("/sms/parts").asInt());
            }
            Map<String, List<SubmittedSms>> byNumber = carrier.modem.smsc().all().stream()
                    .collect(Collectors.groupingBy(SubmittedSms::destination));
            assertEquals(textByNumber.keySet(), byNumber.keySet());
            for (Map.Entry<String, List<SubmittedSms>> e : byNumber.entrySet()) {
                List<String> pdus = e.getValue().stream().map(SubmittedSms::pduHex).toList();
                String expected = textByNumber.get(e.getKey());
                Oracles.Result node = Oracles.smsDecodeNode(pdus);
                assertEquals(0, node.exitCode(), node.toString());
                JsonNode n = node.json();
                String decoded = pdus.size() == 1 ? n.get("text").asText() : n.at("/concatenated/text").asText();
                assertEquals(expected, decoded, "node-pdu reassembly of the SMS to " + e.getKey());
            }
        }
    }

    @Test
    void thirtyKindsOfBadInputEachGetAClearErrorAndTheRestFlows() throws Exception {
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir);
             RunningApp app = RunningApp.start(dir, carrier.fastSettings())) {
            Path outbox = app.spool.resolve("outbox");
            Files.write(outbox.resolve("pic.png"), new byte[] {1, 2, 3});   // not a PNG: a bad attachment
            List<String[]> files = new ArrayList<>(List.of(
                    new String[] {"no-recipient.txt", "Hello", "file", "names no recipient"},
                    new String[] {"no-blank.txt", "To: +16195550100\nHello", "file", "no blank line"},
                    new String[] {"unknown-header.txt", "To: +16195550100\nColour: red\n\nHi", "line 2", "not a known header"},
                    new String[] {"bad-mode.txt", "To: +16195550100\nMode: fax\n\nHi", "line 2", "not a mode"},
                    new String[] {"bad-number.txt", "To: 12\n\nHi", "to[0]", "wrong number of digits"},
                    new String[] {"letters.txt", "To: call-me\n\nHi", "to[0]", "is not a phone number"},
                    new String[] {"bad-email.txt", "To: bob@\n\nHi", "to[0]", "not a valid e-mail address"},
                    new String[] {"empty-body.txt", "To: +16195550100\n\n   ", "text", "is empty"},
                    new String[] {"nul.txt", "To: +16195550100\n\nA\u0000B", "text", "NUL character"},
                    new String[] {"control.txt", "To: +16195550100\n\nA\u0007B", "text", "control character U+0007"},
                    new String[] {"subject-control.txt", "To: +16195550100\nSubject: A\u0001B\n\nHi", "subject",
                            "control character U+0001"},
                    new String[] {"missing-attach.txt", "To: +16195550100\nAttach: nope.jpg\n\nHi", "line 2", "not a readable file"},
                    new String[] {"bad-attach.txt", "To: +16195550100\nAttach: pic.png\n\nHi", "line 2", "pic.png"},
                    new String[] {"email-sms.txt", "To: a@b.org\nMode: sms\n\nHi", "to[0]", "SMS cannot reach"},
                    new String[] {"bad.json", "{\"to\": [\"+16195550100\"], \"text\": ", "body", "not valid JSON"},
                    new String[] {"array.json", "[1, 2]", "body", "not an object"},
                    new String[] {"unknown-field.json", "{\"to\":[\"+16195550100\"],\"text\":\"x\",\"colour\":1}", "colour", "not a known field"}));
            for (String[] f : files) {
                Files.writeString(outbox.resolve(f[0]), f[1]);
            }
            Files.write(outbox.resolve("latin1.txt"), new byte[] {'T', 'o', ':', ' ', '+', '1', '6', '1', '9', '5', '5',
                    '5', '0', '1', '0', '0', '\n', '\n', (byte) 0xE9, 't', 'e'});
            files.add(new String[] {"latin1.txt", "", "file", "not valid UTF-8"});
            Files.writeString(outbox.resolve("+16195550100.txt"), "A good file among the bad ones");

            List<String[]> rest = List.of(
                    new String[] {"{\"text\":\"x\"}", "400", "to", "is missing"},
                    new String[] {"{\"to\":[],\"text\":\"x\"}", "400", "to", "give at least one recipient"},
                    new String[] {"{\"to\":[5],\"text\":\"x\"}", "400", "to[0]", "as a string"},
                    new String[] {"{\"to\":[\"+16195550100\"]}", "400", "text", "is missing"},
                    new String[] {"{\"to\":[\"+16195550100\"],\"text\":\"\"}", "400", "text", "is empty"},
                    new String[] {"{\"to\":[\"+16195550100\"],\"text\":\"x\",\"mode\":\"pigeon\"}", "400", "mode", "use auto, mms or sms"},
                    new String[] {"{\"to\":[\"+16195550100\"],\"text\":\"x\",\"subject\":\"a\\nb\"}", "400", "subject", "one line"},
                    new String[] {"{\"to\":[\"+16195550100\"],\"text\":\"x\",\"subject\":\"a\\u0001b\"}", "400", "subject",
                            "control character U+0001"},
                    new String[] {"{\"to\":[\"+16195550100\"],\"text\":\"x\",\"attachments\":[{\"contentType\":\"image/png\",\"data\":\"%%\"}]}",
                            "400", "attachments[0].data", "not valid base64"},
                    new String[] {"{\"to\":[\"+16195550100\"],\"text\":\"x\",\"attachments\":[{\"contentType\":\"application/x-msdownload\",\"name\":\"a.exe\",\"data\":\"AAEC\"}]}",
                            "400", "attachments[0].contentType", "does not send"},
                    new String[] {"{\"to\":[\"+16195550100\"],\"text\":\"" + "y".repeat(4000) + "\",\"mode\":\"sms\"}", "400", "text", "SMS segments"},
                    new String[] {"not json", "400", "body", "not valid JSON"},
                    new String[] {"{\"to\":[\"+1 619 555\"],\"text\":\"x\"}", "400", "to[0]", "wrong number of digits"},
                    new String[] {"{\"to\":[\"+16195550100\"],\"text\":\"\\u0000\"}", "400", "text", "NUL character"});
            for (String[] r : rest) {
                HttpResponse<String> res = app.post("/api/messages", r[0]);
                assertEquals(Integer.parseInt(r[1]), res.statusCode(), r[0] + " → " + res.body());
                JsonNode err = JSON.readTree(res.body());
                assertEquals(r[2], err.get("field").asText(), r[0] + " → " + res.body());
                assertTrue(err.get("error").asText().contains(r[3]), r[0] + " → " + res.body());
            }
            HttpResponse<String> big = app.post("/api/messages", "{\"to\":[\"+16195550100\"],\"text\":\""
                    + "z".repeat(3_000_000) + "\"}");
            assertEquals(413, big.statusCode());
            assertEquals("body", JSON.readTree(big.body()).get("field").asText());
            HttpResponse<String> good = app.post("/api/messages", "{\"to\":[\"+16195550101\"],\"text\":\"good REST\"}");
            assertEquals(202, good.statusCode());
            int kinds = files.size() + rest.size() + 1;
            assertTrue(kinds >= 30, kinds + " kinds");

            Path q = app.spool.resolve("quarantine");
            // the reason is written first, then the file moves (a crash in between leaves it in the outbox)
            RunningApp.await("every bad file quarantined", Duration.ofSeconds(30), () -> files.stream()
                    .allMatch(f -> Files.exists(q.resolve(f[0] + ".error.json")) && Files.exists(q.resolve(f[0]))));
            for (String[] f : files) {
                JsonNode err = JSON.readTree(q.resolve(f[0] + ".error.json").toFile());
                assertEquals(f[2], err.get("field").asText(), f[0] + ": " + err);
                assertTrue(err.get("error").asText().contains(f[3]), f[0] + ": " + err);
                assertTrue(Files.exists(q.resolve(f[0])), "the original " + f[0] + " is kept");
            }
            MessageStore store = new MessageStore(Spool.existing(app.spool));
            List<MessageRecord> sent = finals(app.spool, store, 2);
            assertTrue(sent.stream().allMatch(r -> r.state() == MessageState.SENT), sent.toString());
            assertEquals(2, carrier.mmsc.received().size());
        }
    }
}
