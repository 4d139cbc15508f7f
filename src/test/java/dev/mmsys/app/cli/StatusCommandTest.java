package dev.mmsys.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.Mmsys;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.MmsResult;
import dev.mmsys.app.spool.Spool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatusCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private static final Instant T = Instant.parse("2026-11-22T03:00:00Z");

    @BeforeEach
    void spool() {
        MessageStore store = new MessageStore(Spool.open(dir.resolve("spool")));
        store.create(MessageRecord.accepted("20261122-030000-aaaaaaaa", "rest",
                MessageRequest.of(List.of("+16195550100"), "one"), T));
        store.create(MessageRecord.accepted("20261122-030001-bbbbbbbb", "outbox:x.txt",
                MessageRequest.of(List.of("+16195550101"), "two"), T.plusSeconds(1)));
        store.update("20261122-030001-bbbbbbbb", r -> r.attemptStarted("mms", null, T.plusSeconds(2))
                .sentAsMms(new MmsResult("T1", "MID-7", "Ok"), T.plusSeconds(3)));
    }

    private int run(String... args) {
        CommandLine cl = Mmsys.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--set", "mmsys.spool.dir=" + dir.resolve("spool")));
        return cl.execute(a.toArray(String[]::new));
    }

    @Test
    void tableListsMessagesAndCountsPerState() {
        assertEquals(0, run("status"));
        String o = out.toString();
        assertTrue(o.matches("(?s).*20261122-030000-aaaaaaaa +queued +0 .*"), o);
        assertTrue(o.matches("(?s).*20261122-030001-bbbbbbbb +sent +1 .*") && o.contains("Message-ID MID-7"), o);
        assertTrue(o.contains("2 message(s): 1 queued, 0 sending, 1 sent, 0 sent-as-sms, 0 failed"), o);
    }

    @Test
    void filtersByStateAndPrintsJson() throws Exception {
        assertEquals(0, run("status", "--state", "sent", "--json"));
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertEquals(1, list.size());
        assertEquals("MID-7", list.get(0).at("/mms/messageId").asText());
    }

    @Test
    void oneMessageShowsItsHistory() {
        assertEquals(0, run("status", "20261122-030001-bbbbbbbb"));
        String o = out.toString();
        assertTrue(o.contains("State     sent"), o);
        assertTrue(o.contains("mms-attempt: attempt 1 as MMS"), o);
    }

    @Test
    void unknownIdsAndBadOptionsAreErrorsThatSayWhatToDo() {
        assertEquals(1, run("status", "20990101-000000-zzzzzzzz"));
        assertTrue(err.toString().contains("no message '20990101-000000-zzzzzzzz'"), err.toString());
        assertEquals(2, run("status", "--state", "lost"));
        assertTrue(err.toString().contains("--state lost is not a state"), err.toString());
    }

    @Test
    void aMissingSpoolIsNotAnError() {
        CommandLine cl = Mmsys.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("status", "--set", "mmsys.spool.dir=" + dir.resolve("none")));
        assertTrue(out.toString().contains("nothing has been accepted"), out.toString());
    }

    @Test
    void helpIsThere() {
        assertEquals(0, run("status", "--help"));
        assertTrue(out.toString().contains("Reads the files only"), out.toString());
    }
}
