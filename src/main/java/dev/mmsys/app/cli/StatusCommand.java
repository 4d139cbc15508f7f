package dev.mmsys.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mmsys.app.CliException;
import dev.mmsys.app.Mmsys;
import dev.mmsys.app.MmsysConfig;
import dev.mmsys.app.rest.MessageView;
import dev.mmsys.app.spool.HistoryEntry;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mmsys status [ID]}: message states read straight from the spool (works while {@code run} runs). */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show message states from the spool (mmsys.spool.dir): without ID, a table of the latest "
                + "messages and a count per state; with ID, that message's receipt and history.",
                "Reads the files only, so it works while 'mmsys run' is running."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:shown", "1:no message with that ID", "2:bad option or configuration"})
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "a message id, as REST or 'send' printed it")
    String id;

    @Option(names = "--state", paramLabel = "STATE",
            description = "only messages in this state: queued, sending, sent, sent-as-sms or failed")
    String state;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "show at most N messages, newest last (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        MmsysConfig config = common.load();
        Path root = config.getPath("mmsys.spool.dir");
        PrintWriter out = spec.commandLine().getOut();
        MessageState want = null;
        if (state != null) {
            want = MessageState.parse(state);
            if (want == null) {
                throw CliException.badInput("--state " + state + " is not a state; use queued, sending, sent, "
                        + "sent-as-sms or failed");
            }
        }
        if (limit < 1) {
            throw CliException.badInput("--limit " + limit + " must be at least 1");
        }
        MessageStore store = new MessageStore(Spool.existing(root));
        if (id != null) {
            MessageView v = store.find(id).map(r -> MessageView.of(r, true))
                    .or(() -> store.receipt(id).map(MessageView::ofReceipt))   // a record removed by keep-days
                    .orElseThrow(() -> CliException.failed("no message '" + id + "' in " + root
                            + "; list them with 'mmsys status'"));
            if (common.json) {
                out.println(json().writeValueAsString(v));
            } else {
                printOne(out, v);
            }
            return Mmsys.EXIT_OK;
        }
        if (!Files.isDirectory(root)) {
            if (common.json) {
                out.println("[]");
            } else {
                out.println("No spool at " + root + " yet: nothing has been accepted.");
            }
            return Mmsys.EXIT_OK;
        }
        List<String> damaged = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MessageState s : MessageState.values()) {
            counts.put(s.json(), 0);
        }
        MessageState filter = want;
        Comparator<MessageRecord> order = Comparator.comparing(MessageRecord::createdAt)
                .thenComparing(MessageRecord::id);
        // one record at a time: the counts, and the newest `limit` shown (a large spool is never all in memory)
        PriorityQueue<MessageRecord> newest = new PriorityQueue<>(order);
        int[] total = {0};
        store.forEach(r -> {
            total[0]++;
            counts.merge(r.state().json(), 1, Integer::sum);
            if (filter == null || r.state() == filter) {
                newest.add(r);
                if (newest.size() > limit) {
                    newest.poll();
                }
            }
        }, (p, e) -> damaged.add(e.getMessage()));
        List<MessageRecord> shown = new ArrayList<>(newest);
        shown.sort(order);
        if (common.json) {
            out.println(json().writeValueAsString(shown.stream().map(r -> MessageView.of(r, false)).toList()));
            return Mmsys.EXIT_OK;
        }
        if (shown.isEmpty()) {
            out.println("No messages" + (filter == null ? "" : " in state " + filter.json()) + " in " + root + ".");
        } else {
            out.printf("%-26s %-12s %3s  %-20s %s%n", "ID", "STATE", "TRY", "UPDATED", "TO / DETAIL");
            for (MessageRecord r : shown) {
                out.printf("%-26s %-12s %3d  %-20s %s%n", r.id(), r.state().json(), r.attempts(),
                        shortTime(r.updatedAt()), String.join(",", r.request().to()) + detail(r));
            }
        }
        StringBuilder sum = new StringBuilder();
        counts.forEach((k, v) -> sum.append(sum.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        out.println(total[0] + " message(s): " + sum);
        damaged.forEach(d -> spec.commandLine().getErr().println("warning: " + d));
        return Mmsys.EXIT_OK;
    }

    private static String detail(MessageRecord r) {
        if (r.state() == MessageState.FAILED) {
            return "  " + r.error();
        }
        if (r.state() == MessageState.SENT && r.mms() != null) {
            return "  Message-ID " + r.mms().messageId() + (r.possibleDuplicate() ? " (possible duplicate)" : "");
        }
        if (r.state() == MessageState.SENT_AS_SMS && r.sms() != null) {
            return "  " + r.sms().parts() + " SMS part(s)" + (r.possibleDuplicate() ? " (possible duplicate)" : "");
        }
        return "";
    }

    private static void printOne(PrintWriter out, MessageView r) {
        out.println("Message   " + r.id());
        out.println("State     " + r.state() + (r.possibleDuplicate() ? " (possible duplicate: an attempt "
                + "was interrupted with an unknown outcome)" : ""));
        out.println("To        " + String.join(", ", r.to()));
        if (r.subject() != null) {
            out.println("Subject   " + r.subject());
        }
        out.println("Source    " + r.source());
        out.println("Attempts  " + r.attempts());
        if (r.mms() != null) {
            out.println("MMS       Message-ID " + r.mms().messageId() + ", Transaction-ID " + r.mms().transactionId()
                    + ", status " + r.mms().responseStatus());
        }
        if (r.sms() != null) {
            for (var d : r.sms().recipients()) {
                out.println("SMS       " + d.to() + ": " + d.references().size() + " part(s), references "
                        + d.references());
            }
        }
        if (r.error() != null) {
            out.println("Error     " + r.error());
        }
        out.println("History");
        for (HistoryEntry h : r.history()) {
            out.println("  " + shortTime(h.at()) + "  " + h.event() + ": " + h.detail());
        }
    }

    private static String shortTime(String iso) {
        return iso.length() >= 19 ? iso.substring(0, 10) + " " + iso.substring(11, 19) : iso;
    }

    private static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
