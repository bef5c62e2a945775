package dimple.infrastructure.shared.mail;

import dimple.application.shared.MailKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import dimple.application.shared.WebhookEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Notices work that fell due (docs/adr/0030), once per thing and state: a customer follow-up due within
 * 48 hours ({@code DUE}) and overdue ({@code OVERDUE}), told to the report's reporter and the team's leaders,
 * one mail each; an action item overdue, told to its owner. What was noticed is kept in {@code due_notice},
 * in the transaction that queues the mails, so a sweep that fails noticed nothing. Runs under the
 * {@code due-sweep} lease (ADR 19): once per period across a cluster. A mail tells the receipt number and
 * the due time of a follow-up (never the customer, the title or the narrative), and the title and due date
 * of one's own action item.
 */
@ApplicationScoped
@Transactional
public class DueSweep {
    /** Sent and dropped rows are kept this long for the admin's counts. */
    static final Duration KEPT = Duration.ofDays(7);

    @PersistenceContext(unitName = "dimple")
    EntityManager em;
    @Inject
    OutgoingMessages queue;
    @Inject
    Clock clock;

    public DueSweep() {
    }

    public DueSweep(EntityManager em, OutgoingMessages queue, Clock clock) {
        this.em = em;
        this.queue = queue;
        this.clock = clock;
    }

    /** What one sweep noticed for the first time. */
    public record Noticed(int followUpsDue, int followUpsOverdue, int actionsOverdue) {
    }

    @SuppressWarnings("unchecked")
    public Noticed sweep() {
        Instant now = clock.instant();
        int due = 0;
        int overdue = 0;
        Map<String, Integer> followUpsOverdue = new TreeMap<>();
        Map<String, Integer> actionsOverdue = new TreeMap<>();
        List<Object[]> recoveries = em.createNativeQuery("select c.id, c.follow_up_due, c.team_id, r.number, r.reporter_account_id"
                        + " from recovery_case c join mistake_report r on r.id = c.report_id"
                        + " where c.status not in ('FOLLOWED_UP', 'CLOSED') and c.follow_up_due < ? order by c.follow_up_due, c.id")
                .setParameter(1, OutgoingMessages.utc(now.plus(Duration.ofHours(48)))).getResultList();
        for (Object[] row : recoveries) {
            String id = (String) row[0];
            Instant dueAt = OutgoingMessages.instant(row[1]);
            boolean late = dueAt.isBefore(now);
            if (!firstNotice("recovery:" + id, late ? "OVERDUE" : "DUE", now)) {
                continue;
            }
            if (late) {
                overdue++;
                followUpsOverdue.merge((String) row[2], 1, Integer::sum);
            } else {
                due++;
            }
            Set<String> recipients = new LinkedHashSet<>();
            recipients.add((String) row[4]);
            recipients.addAll(em.createNativeQuery("select account_id from team_leader where team_id = ? order by account_id")
                    .setParameter(1, row[2]).getResultList());
            for (String recipient : recipients) {
                queue.queue(recipient, late ? MailKind.FOLLOW_UP_OVERDUE : MailKind.FOLLOW_UP_DUE, List.of((String) row[3], dueAt.toString()),
                        "recovery/case.xhtml?id=" + id, now);
            }
        }
        int actions = 0;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Object[]> items = em.createNativeQuery("select a.id, a.title, a.due_date, a.owner_id, a.team_id from action_item a"
                        + " where a.status in ('OPEN', 'IN_PROGRESS') and a.due_date < ? order by a.due_date, a.id")
                .setParameter(1, java.sql.Date.valueOf(today)).getResultList();
        for (Object[] row : items) {
            String id = (String) row[0];
            if (firstNotice("action:" + id, "OVERDUE", now)) {
                actions++;
                actionsOverdue.merge((String) row[4], 1, Integer::sum);
                queue.queue((String) row[3], MailKind.ACTION_OVERDUE, List.of((String) row[1], String.valueOf(day(row[2]))), "action/mine.xhtml", now);
            }
        }
        followUpsOverdue.forEach((team, count) -> queue.announce(team, WebhookEvent.FOLLOW_UPS_OVERDUE, List.of(String.valueOf(count)),
                "recovery/due.xhtml", now));
        actionsOverdue.forEach((team, count) -> queue.announce(team, WebhookEvent.ACTIONS_OVERDUE, List.of(String.valueOf(count)),
                "action/team.xhtml", now));
        queue.tidy(now.minus(KEPT));
        return new Noticed(due, overdue, actions);
    }

    /** True the first time this thing is noticed in this state (across the cluster: one row per subject and state). */
    boolean firstNotice(String subject, String state, Instant now) {
        return em.createNativeQuery("insert into due_notice (subject, state, noticed_at) select ?, ?, ?"
                        + " where not exists (select 1 from due_notice where subject = ? and state = ?)")
                .setParameter(1, subject).setParameter(2, state).setParameter(3, OutgoingMessages.utc(now))
                .setParameter(4, subject).setParameter(5, state).executeUpdate() == 1;
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
