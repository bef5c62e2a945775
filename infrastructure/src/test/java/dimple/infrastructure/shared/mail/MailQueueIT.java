package dimple.infrastructure.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.identity.OrganisationTimeZone;
import dimple.application.shared.MailChoice;
import dimple.application.shared.MailKind;
import dimple.application.shared.MailPreferences;
import dimple.application.shared.MailWords;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionPriority;
import dimple.domain.review.ActionType;
import dimple.domain.review.Review;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.EveryVendor;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.recovery.JpaRecoveryCaseRepository;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import dimple.infrastructure.review.JpaActionItemRepository;
import dimple.infrastructure.review.JpaReviewRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The queue of outgoing mail on a real database (H2, and PostgreSQL when configured), outside the
 * container: a mail is queued with the change that caused it and never for one rolled back; it is sent
 * once, also by two senders racing over the same rows; failures wait growing pauses and keep kinds of
 * error only; digests gather a person's day into one mail; the sweep notices due work once per state.
 */
class MailQueueIT extends EveryVendor {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final MailSettings ON = new MailSettings("127.0.0.1", 25, MailSettings.Security.NONE, null, null, "dimple@example.com",
            "https://dimple.example.com/", 7, 30);

    private final TestDatabase db;
    private final MovingClock clock = new MovingClock(NOW);
    private final Team frontDesk = Team.found("Front Desk", NOW);
    private final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), NOW);
    private final Account lena = Account.open("lena", "Lena Leader", "hash", Set.of(Role.LEADER), NOW);
    private final Account eli = Account.open("eli", "Eli Employee", "hash", Set.of(Role.EMPLOYEE), NOW);
    private final List<MailTransport.Mail> sent = Collections.synchronizedList(new ArrayList<>());

    MailQueueIT(DatabaseVendor vendor) {
        db = TestDatabase.migrated(vendor);
        emma.changeEmail("emma@example.com");
        lena.changeEmail("lena@example.com");
        emma.assignTeams(Set.of(frontDesk.id()), Set.of());
        lena.assignTeams(Set.of(), Set.of(frontDesk.id()));
        db.run(em -> {
            new JpaTeamRepository(em).save(frontDesk);
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(lena);
            new JpaAccountRepository(em).save(eli);
        });
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private void queue(String accountId, MailKind kind, String... facts) {
        db.run(em -> new OutgoingMessages(em, ON).queue(accountId, kind, List.of(facts), "action/mine.xhtml", clock.instant()));
    }

    private <T> T inQueue(Function<OutgoingMessages, T> step) {
        return db.inTransaction(em -> step.apply(new OutgoingMessages(em, ON)));
    }

    private long rows(String state) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from outgoing_message where state = ?").setParameter(1, state)
                .getSingleResult()).longValue());
    }

    /** Words as plain as possible: the kinds and facts, so a test can read what was sent. */
    static final MailWords WORDS = new MailWords() {
        @Override
        public Written write(List<Item> items, boolean digest, String unsubscribe, String settings, Reader reader) {
            return new MailWords.Written((digest ? "digest of " + items.size() : items.get(0).kind().name()),
                    items.stream().map(i -> i.kind() + " " + i.facts() + " " + i.link()).reduce("", (a, b) -> a + b + "\n") + unsubscribe,
                    "<p>html</p>");
        }

        @Override
        public String announcement(dimple.application.shared.WebhookEvent event, String team, List<String> facts) {
            return team + ": " + event + " " + facts;
        }

        @Override
        public String openLabel() {
            return "Open";
        }
    };

    private MailSender sender(MailTransport transport) {
        return new MailSender(this::inQueue, transport, (url, json, headers) -> { throw new AssertionError("no webhooks here"); }, WORDS, ON, OrganisationTimeZone.DEFAULT, clock);
    }

    private MailSender sender() {
        return sender(sent::add);
    }

    @Test
    void aMail_isQueuedWithTheChange_andNotWhenTheChangeRollsBack() {
        try {
            db.run(em -> {
                new OutgoingMessages(em, ON).queue(emma.id(), MailKind.ACTION_ASSIGNED, List.of("Check the till"), "action/mine.xhtml", NOW);
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(rows("WAITING")).as("rolled back: nothing queued").isZero();
        assertThat(sender().sendDue(10)).isZero();
        assertThat(sent).isEmpty();

        queue(emma.id(), MailKind.ACTION_ASSIGNED, "Check the till", "2026-11-30");
        assertThat(sender().sendDue(10)).isEqualTo(1);

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("emma@example.com");
            assertThat(mail.subject()).isEqualTo("ACTION_ASSIGNED");
            assertThat(mail.text()).contains("[Check the till, 2026-11-30]", "https://dimple.example.com/action/mine.xhtml");
            assertThat(mail.listUnsubscribe()).startsWith("https://dimple.example.com/unsubscribe?t=");
        });
        assertThat(rows("SENT")).isEqualTo(1);
        assertThat(sender().sendDue(10)).as("sent once").isZero();
    }

    @Test
    void nobodyWithoutAnAddress_aKindTurnedOff_orMailOff_getsAnythingQueued() {
        queue(eli.id(), MailKind.ACTION_ASSIGNED, "Eli has no address");
        db.run(em -> new OutgoingMessages(em, ON).choose(emma.id(), MailKind.ACTION_ASSIGNED, MailChoice.OFF, NOW));
        queue(emma.id(), MailKind.ACTION_ASSIGNED, "Emma turned it off");
        db.run(em -> new OutgoingMessages(em, MailSettings.OFF).queue(lena.id(), MailKind.ACTION_ASSIGNED, List.of("mail is off"), "x", NOW));

        assertThat(rows("WAITING")).isZero();
        queue(emma.id(), MailKind.QUESTION_ASKED, "R-2026-000001");
        assertThat(rows("WAITING")).as("other kinds still come").isEqualTo(1);
    }

    @Test
    void twoSendersRacingOverTheSameRows_sendEachRowOnce() throws Exception {
        int count = 60;
        for (int i = 0; i < count; i++) {
            queue(i % 2 == 0 ? emma.id() : lena.id(), MailKind.ACTION_ASSIGNED, "item " + i);
        }
        CountDownLatch start = new CountDownLatch(1);
        MailTransport slow = mail -> {
            Thread.sleep(2);
            sent.add(mail);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                MailSender sender = sender(slow);
                claimed.add(pool.submit(() -> {
                    start.await();
                    int total = 0;
                    int round;
                    do {
                        round = sender.sendDue(7);
                        total += round;
                    } while (round > 0);
                    return total;
                }));
            }
            start.countDown();
            int first = claimed.get(0).get(60, TimeUnit.SECONDS);
            int second = claimed.get(1).get(60, TimeUnit.SECONDS);
            assertThat(first + second).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sent).hasSize(count);
        assertThat(sent.stream().map(MailTransport.Mail::messageId).distinct()).as("no row twice").hasSize(count);
        assertThat(rows("SENT")).isEqualTo(count);
    }

    @Test
    void aFailedSend_waitsAGrowingPause_andKeepsTheKindsOfErrorOnly() {
        queue(emma.id(), MailKind.ACTION_ASSIGNED, "Check the till");
        MailTransport refusing = mail -> {
            throw new jakarta.mail.MessagingException("550 mailbox emma@example.com unavailable");
        };
        assertThat(sender(refusing).sendDue(10)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(29));
        assertThat(sender(refusing).sendDue(10)).as("within the first pause").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(sender(refusing).sendDue(10)).as("after 30 s").isEqualTo(1);
        clock.advance(Duration.ofSeconds(31));
        assertThat(sender(refusing).sendDue(10)).as("the pause doubled").isZero();

        MailPreferences.Health health = db.inTransaction(em -> new JpaMailPreferences(em, new OutgoingMessages(em, ON), ON).health(clock.instant()));
        assertThat(health.waiting()).isEqualTo(1);
        assertThat(health.failing()).isEqualTo(1);
        assertThat(health.failures()).singleElement().satisfies(f -> {
            assertThat(f.attempts()).isEqualTo(2);
            assertThat(f.error()).isEqualTo("jakarta.mail.MessagingException").doesNotContain("emma");
            assertThat(f.nextAttemptInSeconds()).isEqualTo(29);
        });
        assertThat(health.toString()).doesNotContain("emma").doesNotContain("Check the till");

        clock.advance(Duration.ofMinutes(1));
        assertThat(sender().sendDue(10)).isEqualTo(1);
        assertThat(sent).hasSize(1);
    }

    @Test
    void everyFailure_canBeSeenAPageAtATime_latestFirst_beyondTheTwentyOnTheSummary() {
        assertThat(failures(0, 20).total()).as("nothing failed yet: an empty list").isZero();
        for (int i = 0; i < 25; i++) {
            queue(emma.id(), MailKind.ACTION_ASSIGNED, "item " + i);
        }
        MailTransport refusing = mail -> {
            throw new jakarta.mail.MessagingException("451 try later");
        };
        for (int i = 0; i < 25; i++) {
            clock.advance(Duration.ofSeconds(1));
            assertThat(sender(refusing).sendDue(1)).isEqualTo(1);
        }

        dimple.domain.shared.Page<MailPreferences.Failure> first = failures(0, 20);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.items()).hasSize(20);
        assertThat(first.items().get(0).nextAttemptInSeconds()).as("the latest failure first (its pause ends last)")
                .isGreaterThan(first.items().get(19).nextAttemptInSeconds());
        dimple.domain.shared.Page<MailPreferences.Failure> second = failures(1, 20);
        assertThat(second.items()).hasSize(5);
        assertThat(second.items().get(0).nextAttemptInSeconds()).isLessThan(first.items().get(19).nextAttemptInSeconds());
        assertThat(failures(2, 20).items()).isEmpty();
        MailPreferences.Health health = db.inTransaction(em -> new JpaMailPreferences(em, new OutgoingMessages(em, ON), ON).health(clock.instant()));
        assertThat(health.failures()).as("the summary keeps the 20 latest").hasSize(20);
        assertThat(health.failing()).isEqualTo(25);
    }

    private dimple.domain.shared.Page<MailPreferences.Failure> failures(int page, int size) {
        return db.inTransaction(em -> new JpaMailPreferences(em, new OutgoingMessages(em, ON), ON)
                .failures(new dimple.domain.shared.PageRequest(page, size), clock.instant()));
    }

    @Test
    void aDigest_waitsForTheDigestHour_andGathersAPersonsDayIntoOneMail() {
        db.run(em -> {
            OutgoingMessages q = new OutgoingMessages(em, ON);
            q.choose(emma.id(), MailKind.ACTION_ASSIGNED, MailChoice.DIGEST, NOW);
            q.choose(emma.id(), MailKind.QUESTION_ASKED, MailChoice.DIGEST, NOW);
        });
        queue(emma.id(), MailKind.ACTION_ASSIGNED, "first");
        queue(emma.id(), MailKind.ACTION_ASSIGNED, "second");
        queue(emma.id(), MailKind.QUESTION_ASKED, "R-2026-000007");
        queue(lena.id(), MailKind.ACTION_ASSIGNED, "Lena at once");

        assertThat(sender().sendDue(10)).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.to()).isEqualTo("lena@example.com"));

        clock.set(Instant.parse("2026-11-24T07:00:00Z"));
        assertThat(sender().sendDue(10)).isEqualTo(3);
        assertThat(sent).hasSize(2);
        MailTransport.Mail digest = sent.get(1);
        assertThat(digest.to()).isEqualTo("emma@example.com");
        assertThat(digest.subject()).isEqualTo("digest of 3");
        assertThat(digest.text()).contains("[first]", "[second]", "[R-2026-000007]");
        MailPreferences.Unsubscribe token = db.inTransaction(em -> new JpaMailPreferences(em, new OutgoingMessages(em, ON), ON)
                .readToken(digest.listUnsubscribe().substring(digest.listUnsubscribe().indexOf("t=") + 2), clock.instant()));
        assertThat(token.good()).isTrue();
        assertThat(token.accountId()).isEqualTo(emma.id());
        assertThat(token.kinds()).containsExactlyInAnyOrder(MailKind.ACTION_ASSIGNED, MailKind.QUESTION_ASKED);
    }

    @Test
    void anUnsubscribeToken_isRefusedWhenExpiredOrForged() {
        UnsubscribeTokens tokens = db.inTransaction(UnsubscribeTokens::of);
        String token = tokens.issue(emma.id(), List.of(MailKind.ACTION_OVERDUE), NOW);

        assertThat(tokens.read(token, NOW.plus(Duration.ofDays(59))).good()).isTrue();
        assertThat(tokens.read(token, NOW.plus(Duration.ofDays(61))).refusal()).isEqualTo("mail.unsubscribe.expired");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((lena.id() + "|ACTION_OVERDUE|" + NOW.plus(Duration.ofDays(9)).getEpochSecond()).getBytes())
                + token.substring(token.indexOf('.'));
        assertThat(tokens.read(forged, NOW).refusal()).isEqualTo("mail.unsubscribe.invalid");
        assertThat(tokens.read("nonsense", NOW).refusal()).isEqualTo("mail.unsubscribe.invalid");
        char last = token.charAt(token.length() - 1);
        String sameBytesOtherText = token.substring(0, token.length() - 1) + (char) (last ^ 1);
        assertThat(tokens.read(sameBytesOtherText, NOW).refusal()).as("only the canonical encoding").isEqualTo("mail.unsubscribe.invalid");
        assertThat(new UnsubscribeTokens(new byte[32]).read(token, NOW).refusal()).as("another server's key").isEqualTo("mail.unsubscribe.invalid");
    }

    @Test
    void theSweep_tellsAFollowUpDueAndOverdue_andAnActionOverdue_oncePerState() {
        MistakeReport report = MistakeReport.submit("R-2026-000042", NOW, new MistakeReport.Reporter(emma.id(), frontDesk.id(), ReporterMode.CONFIDENTIAL),
                "Guest charged twice", "The terminal timed out and the payment ran twice.", NOW.minusSeconds(3600), ReportKind.CUSTOMER_HARMED,
                CustomerImpact.MINOR, null);
        RecoveryCase recovery = RecoveryCase.open(report.id(), frontDesk.id(), "Order 48213", false, null, false, NOW.plus(Duration.ofHours(30)), NOW);
        Review review = Review.open(report.id(), frontDesk.id(), report.title(), lena.id(), NOW);
        report.startReview(lena, review.id(), null, NOW);
        db.run(em -> {
            new JpaMistakeReportRepository(em).save(report);
            new JpaRecoveryCaseRepository(em).save(recovery);
            new JpaReviewRepository(em).save(review);
            new JpaMistakeReportRepository(em).save(report);
        });
        ActionItem item = ActionItem.plan(review, "Replace the terminal", ActionType.PREVENTIVE, lena.id(), LocalDate.of(2026, 11, 25),
                ActionPriority.HIGH, lena.id(), NOW);
        db.run(em -> new JpaActionItemRepository(em).save(item));

        DueSweep.Noticed first = sweep();
        assertThat(first).isEqualTo(new DueSweep.Noticed(1, 0, 0));
        assertThat(waiting()).containsExactlyInAnyOrder(emma.id() + " FOLLOW_UP_DUE", lena.id() + " FOLLOW_UP_DUE");
        assertThat(sweep()).as("noticed once").isEqualTo(new DueSweep.Noticed(0, 0, 0));

        clock.set(Instant.parse("2026-11-26T00:00:01Z"));
        assertThat(sweep()).isEqualTo(new DueSweep.Noticed(0, 1, 1));
        assertThat(sweep()).isEqualTo(new DueSweep.Noticed(0, 0, 0));
        assertThat(waiting()).containsExactlyInAnyOrder(emma.id() + " FOLLOW_UP_DUE", lena.id() + " FOLLOW_UP_DUE",
                emma.id() + " FOLLOW_UP_OVERDUE", lena.id() + " FOLLOW_UP_OVERDUE", lena.id() + " ACTION_OVERDUE");

        sender().sendDue(20);
        assertThat(sent).hasSize(5).allSatisfy(mail -> assertThat(mail.text())
                .as("no customer, no title, no narrative").doesNotContain("Order 48213", "Guest charged", "terminal timed out"));
    }

    private DueSweep.Noticed sweep() {
        return db.inTransaction(em -> new DueSweep(em, new OutgoingMessages(em, ON), clock).sweep());
    }

    @SuppressWarnings("unchecked")
    private List<String> waiting() {
        return db.inTransaction(em -> ((List<Object[]>) em.createNativeQuery("select recipient, kind from outgoing_message").getResultList())
                .stream().map(r -> r[0] + " " + r[1]).toList());
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
