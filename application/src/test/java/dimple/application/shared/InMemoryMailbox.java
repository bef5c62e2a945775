package dimple.application.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mails the handlers queued, in order. */
public class InMemoryMailbox implements Mailbox {
    public record Queued(String accountId, MailKind kind, List<String> facts, String link) {
    }

    public final List<Queued> queued = new ArrayList<>();

    @Override
    public void queue(String accountId, MailKind kind, List<String> facts, String link, Instant now) {
        queued.add(new Queued(accountId, kind, List.copyOf(facts), link));
    }
}
