package dimple.application.shared;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Puts queued mail into words when it is sent (the words live in bundles, ADR 20): a subject, a plain text
 * part and an HTML part in which every fact is escaped. Implemented where the bundles are (the web tier).
 */
public interface MailWords {
    /** One thing to tell: its kind, its facts (as {@link MailKind} lists them) and the absolute address of its page. */
    record Item(MailKind kind, List<String> facts, String link) {
    }

    record Written(String subject, String text, String html) {
    }

    /**
     * Who reads the mail: the language they chose for their pages (Dimple's default when they chose none: a mail has
     * no browser to ask) and their time zone (chosen, else the organisation's), in which due times are told.
     */
    record Reader(Locale language, ZoneId zone) {
        public Reader {
            Objects.requireNonNull(zone);
        }
    }

    /**
     * The mail telling {@code items}: one item at once, or the day's digest of several.
     *
     * @param unsubscribe the absolute address that turns these kinds of mail off without signing in
     * @param settings    the absolute address of the person's mail settings
     * @param reader      the recipient's language and time zone
     */
    Written write(List<Item> items, boolean digest, String unsubscribe, String settings, Reader reader);

    /** One line announcing {@code event} of {@code team} to a chat or webhook (docs/adr/0031). */
    String announcement(WebhookEvent event, String team, List<String> facts);

    /** The label of a link that opens Dimple. */
    String openLabel();
}
