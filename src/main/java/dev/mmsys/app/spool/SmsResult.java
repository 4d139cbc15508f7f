package dev.mmsys.app.spool;

import java.util.ArrayList;
import java.util.List;

/** The SMS a message went out as: per recipient, the message references the modem returned (one per part). */
public record SmsResult(List<Delivery> recipients) {

    public SmsResult {
        recipients = List.copyOf(recipients);
    }

    /** Parts sent in all. */
    public int parts() {
        return recipients.stream().mapToInt(d -> d.references().size()).sum();
    }

    public boolean sentTo(String to) {
        return recipients.stream().anyMatch(d -> d.to().equals(to));
    }

    public SmsResult plus(Delivery d) {
        List<Delivery> l = new ArrayList<>(recipients);
        l.add(d);
        return new SmsResult(l);
    }

    public record Delivery(String to, List<Integer> references) {
        public Delivery {
            references = List.copyOf(references);
        }
    }
}
