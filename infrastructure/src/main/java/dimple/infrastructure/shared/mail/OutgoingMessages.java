package dimple.infrastructure.shared.mail;

import dimple.application.shared.MailChoice;
import dimple.application.shared.MailKind;
import dimple.application.shared.Mailbox;
import dimple.application.shared.WebhookEvent;
import dimple.application.shared.Webhooks;
import dimple.domain.shared.Ids;
import dimple.infrastructure.shared.JpaOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queue of outgoing messages (table {@code outgoing_message}, docs/adr/0030). Every method works in the
 * caller's transaction: {@link #queue} in the transaction of the change (an outbox handler's), the claims
 * and results in the sender's own short ones. Portable SQL only: a conditional update that one transaction
 * wins claims a row, as the outbox does (ADR 17).
 */
@ApplicationScoped
public class OutgoingMessages implements Mailbox, Webhooks {
    static final String WAITING = "WAITING";
    static final String SENT = "SENT";
    static final String DROPPED = "DROPPED";
    /** After this many failures a message is given up (about a day of tries). */
    static final int MOST_ATTEMPTS = 30;

    @PersistenceContext(unitName = "dimple")
    EntityManager em;
    @Inject
    MailSettings settings;

    public OutgoingMessages() {
    }

    public OutgoingMessages(EntityManager em, MailSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    @Override
    public void queue(String accountId, MailKind kind, List<String> facts, String link, Instant now) {
        if (!settings.enabled()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.email, p.choice from account a"
                        + " left join mail_preference p on p.account_id = a.id and p.kind = ? where a.id = ? and a.enabled = ?")
                .setParameter(1, kind.name()).setParameter(2, accountId).setParameter(3, true).getResultList();
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            return;
        }
        MailChoice choice = rows.get(0)[1] == null ? kind.defaultChoice() : MailChoice.valueOf((String) rows.get(0)[1]);
        if (choice == MailChoice.OFF) {
            return;
        }
        boolean digest = choice == MailChoice.DIGEST;
        insert("MAIL", accountId, kind.name(), facts, link, digest, now, digest ? nextDigest(now, settings.digestHourUtc(), settings.digestEverySeconds()) : now);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void announce(String teamId, WebhookEvent event, List<String> facts, String link, Instant now) {
        List<String> hooks = em.createNativeQuery("select id from team_webhook where team_id = ? order by kind").setParameter(1, teamId).getResultList();
        for (String hook : hooks) {
            insert("WEBHOOK", hook, event.name(), facts, link, false, now, now);
        }
    }

    @Override
    public void announceTo(String webhookId, WebhookEvent event, List<String> facts, String link, Instant now) {
        insert("WEBHOOK", webhookId, event.name(), facts, link, false, now, now);
    }

    /**
     * The failures the admin's queue health shows ({@code JpaMailPreferences.health}: attempts made, newest
     * failure first), of the team's webhooks only, naming each webhook by its kind.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Webhooks.Failure> failures(String teamId, Instant now, int max) {
        List<Object[]> rows = em.createNativeQuery("select w.kind, m.kind, m.attempts, m.created_at, m.last_error, m.next_attempt_at, m.state"
                        + " from outgoing_message m join team_webhook w on w.id = m.recipient"
                        + " where m.channel = ? and w.team_id = ? and m.attempts > 0 order by m.last_failed_at desc, m.id")
                .setParameter(1, "WEBHOOK").setParameter(2, teamId).setMaxResults(max).getResultList();
        return failures(rows, now, Webhooks.Failure::new);
    }

    /** How an administrator's list shows one failed message; the first two columns differ by list. */
    interface FailureShape<T> {
        T of(String first, String second, int attempts, long ageSeconds, String error, long nextAttemptInSeconds);
    }

    /**
     * Rows of {@code (first, second, attempts, created_at, last_error, next_attempt_at, state)} as failures: their age,
     * and the seconds until the next try while the message still waits (-1 once given up).
     */
    static <T> List<T> failures(List<Object[]> rows, Instant now, FailureShape<T> shape) {
        List<T> failures = new ArrayList<>();
        for (Object[] row : rows) {
            Instant created = instant(row[3]);
            Instant next = instant(row[5]);
            failures.add(shape.of((String) row[0], (String) row[1], ((Number) row[2]).intValue(), Math.max(0, Duration.between(created, now).toSeconds()),
                    (String) row[4], WAITING.equals(row[6]) ? Math.max(0, Duration.between(now, next).toSeconds()) : -1));
        }
        return failures;
    }

    /** A webhook to send to: its kind, URL, secret (null: unsigned) and its team's name. Secrets: never logged. */
    record Hook(String kind, String url, String secret, String team) {
        @Override
        public String toString() {
            return "Hook[" + kind + "]";
        }
    }

    @SuppressWarnings("unchecked")
    Optional<Hook> hook(String id) {
        List<Object[]> rows = em.createNativeQuery("select w.kind, w.url, w.secret, t.name from team_webhook w join team t on t.id = w.team_id"
                + " where w.id = ?").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Hook((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }

    void insert(String channel, String recipient, String kind, List<String> facts, String link, boolean digest, Instant now, Instant due) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        facts.forEach(fact -> array.add(fact == null ? "" : fact));
        em.createNativeQuery("insert into outgoing_message (id, channel, recipient, kind, facts, link, digest, state, created_at, next_attempt_at, attempts)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .setParameter(1, Ids.newId()).setParameter(2, channel).setParameter(3, recipient).setParameter(4, kind)
                .setParameter(5, array.build().toString()).setParameter(6, link).setParameter(7, digest).setParameter(8, WAITING)
                .setParameter(9, utc(now)).setParameter(10, utc(due)).executeUpdate();
    }

    /**
     * The next time digests go out, after {@code now}: the digest hour and every {@code everySeconds} after it
     * (a day by default: once a day, at that hour). A period that divides a day gives the same times every day.
     */
    static Instant nextDigest(Instant now, int hourUtc, long everySeconds) {
        Instant anchor = LocalDate.ofInstant(now, ZoneOffset.UTC).atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
        long periods = Math.floorDiv(Duration.between(anchor, now).toSeconds(), everySeconds) + 1;
        return anchor.plusSeconds(periods * everySeconds);
    }

    /** Ids of waiting messages that are due and claimed by nobody (or whose claim ran out), oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> due(Instant now, int max) {
        return em.createNativeQuery("select id from outgoing_message where state = ? and next_attempt_at <= ?"
                        + " and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id")
                .setParameter(1, WAITING).setParameter(2, utc(now)).setParameter(3, utc(now)).setMaxResults(max).getResultList();
    }

    /**
     * Claims the message for {@code holder} until {@code now + lease} if it still waits, is due and nobody
     * holds it. Of two instances trying at once only one changes the row; the other waits for its row lock
     * and then finds the condition false.
     */
    public boolean claim(String id, String holder, Instant now, Duration lease) {
        return em.createNativeQuery("update outgoing_message set claimed_by = ?, claimed_until = ?"
                        + " where id = ? and state = ? and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)")
                .setParameter(1, holder).setParameter(2, utc(now.plus(lease))).setParameter(3, id).setParameter(4, WAITING)
                .setParameter(5, utc(now)).setParameter(6, utc(now)).executeUpdate() == 1;
    }

    /** The message, if {@code holder} holds it. */
    @SuppressWarnings("unchecked")
    public Optional<OutgoingMessage> claimed(String id, String holder, Instant now) {
        List<Object[]> rows = em.createNativeQuery("select id, channel, recipient, kind, facts, link, digest, attempts, created_at"
                        + " from outgoing_message where id = ? and claimed_by = ? and claimed_until >= ? and state = ?")
                .setParameter(1, id).setParameter(2, holder).setParameter(3, utc(now)).setParameter(4, WAITING).getResultList();
        return rows.stream().findFirst().map(r -> new OutgoingMessage((String) r[0], (String) r[1], (String) r[2], (String) r[3], facts((String) r[4]),
                (String) r[5], Boolean.TRUE.equals(r[6]) || (r[6] instanceof Number n && n.intValue() != 0), ((Number) r[7]).intValue(), instant(r[8])));
    }

    /** It went out: kept as SENT (for the admin's counts) until tidied away. */
    public void sent(String id, String holder, Instant now) {
        finish(id, holder, SENT, now);
    }

    /** Nobody to send it to any more (address removed, kind turned off, mail off): kept as DROPPED. */
    public void dropped(String id, String holder, Instant now) {
        finish(id, holder, DROPPED, now);
    }

    private void finish(String id, String holder, String state, Instant now) {
        em.createNativeQuery("update outgoing_message set state = ?, sent_at = ?, claimed_by = null, claimed_until = null"
                        + " where id = ? and claimed_by = ?")
                .setParameter(1, state).setParameter(2, utc(now)).setParameter(3, id).setParameter(4, holder).executeUpdate();
    }

    /**
     * Sending failed: tried again after a pause that doubles with every failure, keeping the kinds of error
     * (never their text, which may quote an address). Given up (DROPPED) after {@link #MOST_ATTEMPTS}.
     */
    public void failed(String id, String holder, String error, int attemptsBefore, Instant now) {
        int attempts = attemptsBefore + 1;
        em.createNativeQuery("update outgoing_message set attempts = ?, last_error = ?, last_failed_at = ?, next_attempt_at = ?,"
                        + " claimed_by = null, claimed_until = null, state = ? where id = ? and claimed_by = ?")
                .setParameter(1, attempts).setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter(3, utc(now)).setParameter(4, utc(now.plus(JpaOutbox.pauseAfter(attempts))))
                .setParameter(5, attempts >= MOST_ATTEMPTS ? DROPPED : WAITING).setParameter(6, id).setParameter(7, holder).executeUpdate();
    }

    /** Sent and dropped messages older than {@code before} leave the table. */
    public int tidy(Instant before) {
        return em.createNativeQuery("delete from outgoing_message where state <> ? and sent_at < ?")
                .setParameter(1, WAITING).setParameter(2, utc(before)).executeUpdate();
    }

    /** The signer of unsubscribe links, with this database's key. */
    UnsubscribeTokens unsubscribeTokens() {
        return UnsubscribeTokens.of(em);
    }

    /** Where mail reaches an enabled account and whom: the address, and the language and time zone it chose (null: none chosen). */
    record Recipient(String address, String language, String timeZone) {
    }

    /** The enabled account's address, language and time zone, if it has an address. */
    @SuppressWarnings("unchecked")
    public Optional<Recipient> recipient(String accountId) {
        List<Object[]> rows = em.createNativeQuery("select email, page_language, time_zone from account where id = ? and enabled = ?")
                .setParameter(1, accountId).setParameter(2, true).getResultList();
        return rows.stream().filter(r -> r[0] != null).map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2])).findFirst();
    }

    /** What the person chose, kind by kind (the default where they never chose). */
    @SuppressWarnings("unchecked")
    public Map<MailKind, MailChoice> choices(String accountId) {
        Map<MailKind, MailChoice> choices = new EnumMap<>(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            choices.put(kind, kind.defaultChoice());
        }
        List<Object[]> rows = em.createNativeQuery("select kind, choice from mail_preference where account_id = ?").setParameter(1, accountId)
                .getResultList();
        for (Object[] row : rows) {
            try {
                choices.put(MailKind.valueOf((String) row[0]), MailChoice.valueOf((String) row[1]));
            } catch (IllegalArgumentException retiredKind) {
                // a kind no longer known: ignored
            }
        }
        return choices;
    }

    /** Stores a choice; waiting mail of the kind follows it (turned off: dropped; at once or digest: rescheduled). */
    public void choose(String accountId, MailKind kind, MailChoice choice, Instant now) {
        int changed = em.createNativeQuery("update mail_preference set choice = ? where account_id = ? and kind = ?")
                .setParameter(1, choice.name()).setParameter(2, accountId).setParameter(3, kind.name()).executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("insert into mail_preference (account_id, kind, choice) values (?, ?, ?)")
                    .setParameter(1, accountId).setParameter(2, kind.name()).setParameter(3, choice.name()).executeUpdate();
        }
        if (choice == MailChoice.OFF) {
            em.createNativeQuery("update outgoing_message set state = ?, sent_at = ? where channel = ? and recipient = ? and kind = ? and state = ?"
                            + " and claimed_until is null")
                    .setParameter(1, DROPPED).setParameter(2, utc(now)).setParameter(3, "MAIL").setParameter(4, accountId)
                    .setParameter(5, kind.name()).setParameter(6, WAITING).executeUpdate();
        }
    }

    static List<String> facts(String json) {
        List<String> facts = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (int i = 0; i < array.size(); i++) {
                facts.add(((JsonString) array.get(i)).getString());
            }
        }
        return facts;
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value.getClass().getName());
    }
}
