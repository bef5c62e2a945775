package dimple.infrastructure.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.OutboxHandler;
import dimple.application.shared.OutboxHealth;
import dimple.domain.identity.Team;
import dimple.domain.reporting.ReportTriaged;
import dimple.domain.shared.DomainEvent;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox on a real (H2) database, outside the container: messages are written in the transaction of
 * the change, handed on once, at most by one instance at a time, in order per aggregate, tried again
 * after growing pauses while they fail; administrators see counts, ages and kinds of error only.
 */
class OutboxIT {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();
    private final MovingClock clock = new MovingClock(NOW);
    /** The entity manager of the transaction a delivery step runs in, for the handlers. */
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final List<String> handled = Collections.synchronizedList(new ArrayList<>());
    /** How many delivery transactions ran. */
    private final AtomicInteger transactionsRun = new AtomicInteger();
    /** Runs in the handler before it does its work (once the test sets it). */
    private volatile Runnable beforeHandling = () -> { };
    private final Set<String> failing = new HashSet<>();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    /** Something that happened to one aggregate; handling it founds a team named after it (something to commit). */
    record Happened(String aggregateId, String name, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregate() {
            return "thing:" + aggregateId;
        }
    }

    private final OutboxHandler<Happened> foundTeam = new OutboxHandler<>() {
        @Override
        public String name() {
            return "test.found-team";
        }

        @Override
        public Class<Happened> event() {
            return Happened.class;
        }

        @Override
        public void handle(Happened event) {
            beforeHandling.run();
            new JpaTeamRepository(current.get()).save(Team.found(event.name(), event.occurredAt()));
            if (failing.contains(event.name())) {
                throw new IllegalStateException("refused " + event.name() + ", which no administrator may read");
            }
            handled.add(event.name());
        }
    };

    private OutboxDelivery instance() {
        return new OutboxDelivery(new OutboxDelivery.Transactions() {
            @Override
            public <T> T run(Function<JpaOutbox, T> step) {
                transactionsRun.incrementAndGet();
                return db.inTransaction(em -> {
                    current.set(em);
                    return step.apply(new JpaOutbox(em));
                });
            }
        }, List.of(foundTeam), clock);
    }

    private void publish(DomainEvent... events) {
        db.run(em -> new CdiEventPublisher(em, event -> { }, List.of(foundTeam), clock).publish(List.of(events)));
    }

    private Happened happened(String aggregate, String name) {
        return new Happened(aggregate, name, clock.instant());
    }

    private long waiting() {
        return db.inTransaction(em -> em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult());
    }

    private boolean teamExists(String name) {
        return db.inTransaction(em -> new JpaTeamRepository(em).findByName(name)).isPresent();
    }

    @Test
    void aMessage_isWrittenWithTheChange_andHandedOnOnce_leavingWithWhatItsHandlerWrote() {
        publish(happened("1", "Front Desk"));
        assertThat(waiting()).isEqualTo(1);

        OutboxDelivery delivery = instance();
        assertThat(delivery.deliverDue(10)).isEqualTo(1);
        assertThat(delivery.deliverDue(10)).isZero();

        assertThat(handled).containsExactly("Front Desk");
        assertThat(teamExists("Front Desk")).isTrue();
        assertThat(waiting()).isZero();
    }

    @Test
    void aChangeRolledBack_leavesNoMessage() {
        try {
            db.run(em -> {
                new CdiEventPublisher(em, event -> { }, List.of(foundTeam), clock).publish(List.of(happened("1", "Front Desk")));
                throw new IllegalStateException("the use case fails after publishing");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(waiting()).isZero();
    }

    @Test
    void theReactionsInTheTransaction_runAfterTheMessagesAreWritten_andWhatTheyPublishFollows() {
        List<String> seen = new ArrayList<>();
        db.run(em -> {
            var publisher = new AtomicReference<CdiEventPublisher>();
            publisher.set(new CdiEventPublisher(em, event -> {
                seen.add(((Happened) event).name());
                if (((Happened) event).name().equals("first")) {
                    publisher.get().publish(List.of(happened("1", "second")));
                }
            }, List.of(foundTeam), clock));
            publisher.get().publish(List.of(happened("1", "first")));
        });

        instance().deliverDue(10);

        assertThat(seen).containsExactly("first", "second");
        assertThat(handled).containsExactly("first", "second");
    }

    @Test
    void twoInstances_claimingOneMessage_onlyOneWins_untilItsClaimRunsOut() {
        publish(happened("1", "Front Desk"));
        long position = db.inTransaction(em -> new JpaOutbox(em).due(NOW, 10)).get(0);

        boolean first = db.inTransaction(em -> new JpaOutbox(em).claim(position, "instance-a", NOW, OutboxDelivery.LEASE));
        boolean second = db.inTransaction(em -> new JpaOutbox(em).claim(position, "instance-b", NOW, OutboxDelivery.LEASE));
        boolean afterTheLease = db.inTransaction(em -> new JpaOutbox(em)
                .claim(position, "instance-b", NOW.plus(OutboxDelivery.LEASE).plusSeconds(1), OutboxDelivery.LEASE));

        assertThat(first).isTrue();
        assertThat(second).as("held by the other instance").isFalse();
        List<Long> offered = db.inTransaction(em -> new JpaOutbox(em).due(NOW, 10));
        assertThat(offered).as("nobody else is offered it").isEmpty();
        assertThat(afterTheLease).as("an instance that died loses its claim").isTrue();
    }

    @Test
    void twoInstances_handingOnAtOnce_handEachMessageOnOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            publish(happened(String.valueOf(i % 7), "Team " + i));
        }
        OutboxDelivery a = instance();
        OutboxDelivery b = instance();

        Thread other = new Thread(() -> b.deliverDue(100));
        other.start();
        a.deliverDue(100);
        other.join();
        a.deliverDue(100);
        b.deliverDue(100);

        assertThat(handled).hasSize(40).doesNotHaveDuplicates();
        assertThat(waiting()).isZero();
    }

    /** Writes one message the way a use case does, and returns its position as the use case would collect it. */
    private List<Long> commitOne(Happened event) {
        WrittenHere.open();
        try {
            publish(event);
        } catch (RuntimeException e) {
            WrittenHere.take();
            throw e;
        }
        return WrittenHere.take();
    }

    /**
     * Use cases committing while a batch is handed on: their messages gather and go together in the next
     * transaction, and each caller returns only once its own message has been handed on.
     */
    @Test
    void messagesCommittedWhileABatchIsHandedOn_goTogetherInTheNextTransaction_andEachCallerReturnsAfterItsOwn() throws Exception {
        OutboxDelivery delivery = instance();
        int callers = 12;
        CountDownLatch othersGathered = new CountDownLatch(1);
        AtomicInteger first = new AtomicInteger();
        beforeHandling = () -> {
            if (first.getAndIncrement() == 0) {
                await(() -> delivery.gathered() == callers - 1, "the other callers' messages gather meanwhile");
                othersGathered.countDown();
            }
        };
        List<String> missingOnReturn = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String name = "Team " + i;
                calls.add(pool.submit(() -> {
                    delivery.deliverCommitted(commitOne(happened(name, name)));
                    if (!handled.contains(name)) {
                        missingOnReturn.add(name);
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(othersGathered.getCount()).isZero();
        assertThat(missingOnReturn).as("a caller returned before its message was handed on").isEmpty();
        assertThat(handled).hasSize(callers).doesNotHaveDuplicates();
        assertThat(transactionsRun.get()).as("the first message alone, then the eleven gathered meanwhile together").isEqualTo(2);
        assertThat(waiting()).isZero();
    }

    @Test
    void aFailingMessageInABatch_waitsAlone_theOthersOfTheBatchAreHandedOn() throws Exception {
        OutboxDelivery delivery = instance();
        failing.add("Broken");
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger first = new AtomicInteger();
        beforeHandling = () -> {
            if (first.getAndIncrement() == 0) {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> leader = pool.submit(() -> delivery.deliverCommitted(commitOne(happened("0", "Front Desk"))));
            await(() -> first.get() == 1, "the first batch is being handed on");
            List<Future<?>> others = new ArrayList<>();
            for (String name : List.of("Kitchen", "Broken", "Bar")) {
                others.add(pool.submit(() -> delivery.deliverCommitted(commitOne(happened(name, name)))));
            }
            await(() -> delivery.gathered() == 3, "three messages gather behind the first");
            release.countDown();
            leader.get(60, TimeUnit.SECONDS);
            for (Future<?> other : others) {
                other.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // A handler before the failing one in the batch ran twice: in the batch, rolled back, then alone.
        assertThat(new HashSet<>(handled)).containsExactlyInAnyOrder("Front Desk", "Kitchen", "Bar");
        assertThat(teamExists("Broken")).as("what the failing handler wrote is undone").isFalse();
        assertThat(teamExists("Kitchen")).isTrue();
        assertThat(teamExists("Bar")).isTrue();
        OutboxHealth health = db.inTransaction(em -> new JpaOutbox(em).health(clock.instant()));
        assertThat(health.waiting()).isEqualTo(1);
        assertThat(health.failures()).singleElement().satisfies(f -> assertThat(f.attempts()).isEqualTo(1));
    }

    private static void await(BooleanSupplier condition, String what) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 60 s: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }

    @Test
    void theMessagesOfOneAggregate_goInOrder_andAFailingOneHoldsTheLaterOnesBack_notOtherAggregates() {
        failing.add("first of 1");
        publish(happened("1", "first of 1"), happened("2", "first of 2"), happened("1", "second of 1"));

        int handledNow = instance().deliverDue(10);

        assertThat(handledNow).isEqualTo(1);
        assertThat(handled).containsExactly("first of 2");
        assertThat(teamExists("first of 1")).as("what the failing handler wrote is undone").isFalse();
        assertThat(waiting()).isEqualTo(2);

        failing.clear();
        clock.advance(Duration.ofSeconds(30));
        instance().deliverDue(10);

        assertThat(handled).containsExactly("first of 2", "first of 1", "second of 1");
        assertThat(waiting()).isZero();
    }

    /** What the readiness check "outbox" asks (docs/adr/0035). */
    private boolean stuck() {
        return db.inTransaction(em -> new JpaOutbox(em).stuck(clock.instant(), Duration.ofMinutes(10)));
    }

    @Test
    void theOutboxIsStuck_onlyWhenAMessageWasReadyToHandOnForTenMinutes_notWhileOneFailsAndWaitsItsPause() {
        assertThat(stuck()).as("nothing waits").isFalse();
        failing.add("first of 1");
        publish(happened("1", "first of 1"), happened("1", "second of 1"));
        clock.advance(Duration.ofMinutes(9));
        assertThat(stuck()).as("nine minutes").isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(stuck()).as("eleven minutes and nobody handed it on").isTrue();

        instance().deliverDue(10);
        assertThat(stuck()).as("tried and failing: it waits its pause, the one behind it is held back").isFalse();
        clock.advance(Duration.ofMinutes(11));
        assertThat(stuck()).as("its pause over for ten minutes and nobody tried again").isTrue();

        failing.clear();
        instance().deliverDue(10);
        assertThat(handled).containsExactly("first of 1", "second of 1");
        assertThat(stuck()).isFalse();
    }

    @Test
    void aFailingMessage_isTriedAgain_afterPausesThatDouble_uptoAnHour() {
        failing.add("Front Desk");
        publish(happened("1", "Front Desk"));
        OutboxDelivery delivery = instance();

        List<Long> pauses = new ArrayList<>();
        for (int attempt = 1; attempt <= 9; attempt++) {
            assertThat(delivery.deliverDue(10)).isZero();
            assertThat(delivery.deliverDue(10)).as("not again before its pause is over").isZero();
            OutboxHealth.Failure failure = db.inTransaction(em -> new JpaOutbox(em).health(clock.instant())).failures().get(0);
            assertThat(failure.attempts()).isEqualTo(attempt);
            pauses.add(failure.nextAttemptInSeconds());
            clock.advance(Duration.ofSeconds(failure.nextAttemptInSeconds()));
        }

        assertThat(pauses).containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L);
        assertThat(handled).isEmpty();
    }

    @Test
    void administrators_seeKindsCountsAgesAndKindsOfError_neverWhatAMessageCarries() {
        String reporter = "0b6f2a4e-0000-4000-8000-00000000c0de";
        String report = "7d1e9c3a-0000-4000-8000-0000000000aa";
        ReportTriaged triaged = new ReportTriaged(report, "team-1", "C-2026-7KQ3-M9XD", "Guest charged twice", "NOTED", "Thanks", null, null,
                reporter, "leader-1", NOW.minus(Duration.ofMinutes(10)));
        OutboxHandler<ReportTriaged> refusing = new OutboxHandler<>() {
            @Override
            public String name() {
                return "test.tell-reporter";
            }

            @Override
            public Class<ReportTriaged> event() {
                return ReportTriaged.class;
            }

            @Override
            public void handle(ReportTriaged event) {
                throw new IllegalArgumentException("cannot tell " + event.reporterAccountId() + " about " + event.number());
            }
        };
        db.run(em -> new CdiEventPublisher(em, event -> { }, List.of(refusing), clock).publish(List.of(triaged)));
        new OutboxDelivery(new OutboxDelivery.Transactions() {
            @Override
            public <T> T run(Function<JpaOutbox, T> step) {
                return db.inTransaction(em -> step.apply(new JpaOutbox(em)));
            }
        }, List.of(refusing), clock).deliverDue(10);
        publish(happened("1", "Front Desk"));

        OutboxHealth health = db.inTransaction(em -> new JpaOutbox(em).health(NOW));

        assertThat(health.waiting()).isEqualTo(2);
        assertThat(health.failing()).isEqualTo(1);
        assertThat(health.oldestWaitingSeconds()).isEqualTo(600);
        assertThat(health.kinds()).containsExactly(new OutboxHealth.Kind("test.found-team", "Happened", 1, 0, 0L),
                new OutboxHealth.Kind("test.tell-reporter", "ReportTriaged", 1, 1, 600L));
        assertThat(health.failures()).singleElement().satisfies(f -> {
            assertThat(f.attempts()).isEqualTo(1);
            assertThat(f.error()).isEqualTo("java.lang.IllegalArgumentException");
            assertThat(f.nextAttemptInSeconds()).isEqualTo(30);
        });
        assertThat(health.toString()).doesNotContain(reporter).doesNotContain(report).doesNotContain("C-2026-7KQ3-M9XD")
                .doesNotContain("Guest charged twice").doesNotContain("Thanks").doesNotContain("cannot tell");
    }

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
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
