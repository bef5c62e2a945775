package dimple.infrastructure.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.reporting.BentRule;
import dimple.domain.reporting.BentRuleDecision;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReceiptCode;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.reporting.RuleDecision;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.recovery.JpaRecoveryCaseRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaMistakeReportRepositoryIT {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();
    private final Team frontDesk = Team.found("Front Desk", T0);
    private final Team onlineOrders = Team.found("Online Orders", T0);
    private final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), T0);
    private final Account lena = Account.open("lena", "Lena Leader", "hash", Set.of(Role.EMPLOYEE, Role.LEADER), T0);
    private int receipts;

    JpaMistakeReportRepositoryIT() {
        db.run(em -> {
            new JpaTeamRepository(em).save(frontDesk);
            new JpaTeamRepository(em).save(onlineOrders);
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(lena);
        });
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private MistakeReport report(Account reporter, Team team, ReporterMode mode, Instant at, ReportKind kind, BentRule bent) {
        return MistakeReport.submit("R-2026-" + String.format("%06d", ++receipts), at, new MistakeReport.Reporter(reporter.id(), team.id(), mode),
                "Title " + receipts, "What happened " + receipts, at.minusSeconds(60), kind, CustomerImpact.MINOR, bent);
    }

    private MistakeReport stored(MistakeReport report) {
        db.run(em -> new JpaMistakeReportRepository(em).save(report));
        return report;
    }

    @Test
    void aReport_roundTrips_withItsBentRuleQuestionsAndAnyText() {
        String title = "<script>x</script> " + "😀".repeat(180);
        String narrative = "ä".repeat(MistakeReport.MAX_NARRATIVE - 2) + "😀";
        MistakeReport report = MistakeReport.submit("R-2026-000001", T0, new MistakeReport.Reporter(emma.id(), frontDesk.id(), ReporterMode.CONFIDENTIAL),
                title, narrative, T0.minusSeconds(60), ReportKind.CUSTOMER_HARMED, CustomerImpact.SEVERE,
                BentRule.of("Refunds need a receipt", "Guest in a hurry", "Kept the guest"));
        stored(report);
        db.run(em -> {
            JpaMistakeReportRepository reports = new JpaMistakeReportRepository(em);
            MistakeReport loaded = reports.findById(report.id()).orElseThrow();
            loaded.ask(lena.id(), "Which desk?", T0.plusSeconds(10));
            loaded.ask(lena.id(), "Was anyone else there?", T0.plusSeconds(20));
            reports.save(loaded);
        });

        MistakeReport loaded = db.inTransaction(em -> {
            MistakeReport r = new JpaMistakeReportRepository(em).findById(report.id()).orElseThrow();
            r.questions().size();
            return r;
        });

        assertThat(loaded.title()).isEqualTo(title);
        assertThat(loaded.narrative()).isEqualTo(narrative);
        assertThat(loaded.reporterMode()).isEqualTo(ReporterMode.CONFIDENTIAL);
        assertThat(loaded.isReportedBy(emma.id())).isTrue();
        assertThat(loaded.submittedAt()).as("a confidential report keeps only its day").isEqualTo(T0.truncatedTo(java.time.temporal.ChronoUnit.DAYS));
        assertThat(loaded.bentRule()).hasValueSatisfying(b -> assertThat(b.key()).isEqualTo("refunds need a receipt"));
        assertThat(loaded.questions()).extracting(q -> q.text()).containsExactly("Which desk?", "Was anyone else there?");
        assertThat(loaded.version()).as("adding questions changes the report's version").isGreaterThan(report.version());
    }

    @Test
    void aReportWithoutBentRule_loadsWithNone() {
        MistakeReport report = stored(report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.NEAR_MISS, null));

        assertThat(db.<java.util.Optional<BentRule>>inTransaction(em -> new JpaMistakeReportRepository(em).findById(report.id()).orElseThrow().bentRule())).isEmpty();
    }

    @Test
    void aReceiptNumber_isUnique() {
        stored(report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.NEAR_MISS, null));
        receipts = 0;

        assertThatThrownBy(() -> stored(report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.NEAR_MISS, null)))
                .isInstanceOf(RuntimeException.class);
    }

    /** ADR 50, V52: no account at all, found by the hash of its code; the database itself refuses an anonymous row with an account. */
    @Test
    void anAnonymousReport_isStoredWithNoAccount_andFoundByItsCodesHash_only() {
        ReceiptCode code = ReceiptCode.issue();
        MistakeReport anonymous = stored(MistakeReport.submit("C-2026-7KQ3-M9XD", T0, MistakeReport.Reporter.anonymous(frontDesk.id(), code),
                "Till left open", "The drawer stayed open.", T0.minusSeconds(60), ReportKind.NEAR_MISS, CustomerImpact.NONE, null));

        db.run(em -> {
            JpaMistakeReportRepository reports = new JpaMistakeReportRepository(em);
            MistakeReport loaded = reports.findByReceiptCodeHash(code.hash()).orElseThrow();
            assertThat(loaded.id()).isEqualTo(anonymous.id());
            assertThat(loaded.reporterAccountId()).isNull();
            assertThat(loaded.opensWith(code)).isTrue();
            assertThat(reports.findByReceiptCodeHash(ReceiptCode.issue().hash())).isEmpty();
            assertThat(reports.reportedBy(emma.id(), new PageRequest(0, 20)).items()).isEmpty();
        });
        assertThatThrownBy(() -> db.run(em -> em.createNativeQuery("update mistake_report set reporter_account_id = ? where id = ?")
                .setParameter(1, emma.id()).setParameter(2, anonymous.id()).executeUpdate())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> db.run(em -> em.createNativeQuery("update mistake_report set receipt_code_hash = null where id = ?")
                .setParameter(1, anonymous.id()).executeUpdate())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aReportAndItsRecoveries_areStoredTogetherOrNotAtAll() {
        MistakeReport report = report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.CUSTOMER_HARMED, null);
        RecoveryCase fine = RecoveryCase.open(report.id(), frontDesk.id(), "Order 1", false, null, false, null, T0);
        RecoveryCase broken = RecoveryCase.open(report.id(), "no-such-team", "Order 2", false, null, false, null, T0);

        assertThatThrownBy(() -> db.run(em -> {
            new JpaMistakeReportRepository(em).save(report);
            new JpaRecoveryCaseRepository(em).save(fine);
            new JpaRecoveryCaseRepository(em).save(broken);
        })).isInstanceOf(RuntimeException.class);

        assertThat(db.<java.util.Optional<MistakeReport>>inTransaction(em -> new JpaMistakeReportRepository(em).findById(report.id()))).isEmpty();
        assertThat(db.<List<RecoveryCase>>inTransaction(em -> new JpaRecoveryCaseRepository(em).findByReport(report.id()))).isEmpty();
    }

    @Test
    void reportedBy_listsTheReportersOwn_newestFirst() {
        MistakeReport older = stored(report(emma, frontDesk, ReporterMode.CONFIDENTIAL, T0, ReportKind.NEAR_MISS, null));
        MistakeReport newer = stored(report(emma, frontDesk, ReporterMode.NAMED, T0.plusSeconds(60), ReportKind.NO_HARM, null));
        stored(report(lena, frontDesk, ReporterMode.NAMED, T0.plusSeconds(30), ReportKind.NO_HARM, null));

        var page = db.inTransaction(em -> new JpaMistakeReportRepository(em).reportedBy(emma.id(), PageRequest.first(10)));

        assertThat(page.items()).extracting(MistakeReport::id).containsExactly(newer.id(), older.id());
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void awaitingTriageReportedBySince_findsTheReportersOwnSinceThen_confidentialOnesByTheirDay() {
        MistakeReport confidential = stored(report(emma, frontDesk, ReporterMode.CONFIDENTIAL, T0.plusSeconds(3600), ReportKind.NEAR_MISS, null));
        MistakeReport named = stored(report(emma, frontDesk, ReporterMode.NAMED, T0.plusSeconds(60), ReportKind.NO_HARM, null));
        stored(report(emma, frontDesk, ReporterMode.NAMED, T0.minusSeconds(60), ReportKind.NO_HARM, null));
        stored(report(lena, frontDesk, ReporterMode.NAMED, T0.plusSeconds(30), ReportKind.NO_HARM, null));
        java.time.Instant dayStart = T0.truncatedTo(java.time.temporal.ChronoUnit.DAYS);

        List<MistakeReport> sinceT0 = db.inTransaction(em -> new JpaMistakeReportRepository(em).awaitingTriageReportedBySince(emma.id(), T0));
        List<MistakeReport> sinceTheDay = db.inTransaction(em -> new JpaMistakeReportRepository(em).awaitingTriageReportedBySince(emma.id(), dayStart));

        assertThat(sinceT0).extracting(MistakeReport::id).as("the confidential one is kept at the start of its day").containsExactly(named.id());
        assertThat(sinceTheDay).extracting(MistakeReport::id).contains(confidential.id(), named.id()).hasSize(3);
    }

    @Test
    void search_filtersByTeamStatusKindImpactAndTime() {
        MistakeReport nearMiss = stored(report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.NEAR_MISS, null));
        MistakeReport goodCatch = stored(report(emma, frontDesk, ReporterMode.NAMED, T0.plus(Duration.ofDays(2)), ReportKind.GOOD_CATCH, null));
        stored(report(lena, onlineOrders, ReporterMode.NAMED, T0, ReportKind.NEAR_MISS, null));
        db.run(em -> {
            JpaMistakeReportRepository reports = new JpaMistakeReportRepository(em);
            MistakeReport loaded = reports.findById(goodCatch.id()).orElseThrow();
            loaded.withdraw(emma.id(), T0.plus(Duration.ofDays(3)));
            reports.save(loaded);
        });
        Set<String> team = Set.of(frontDesk.id());

        assertThat(search(new ReportQuery(team, null, null, null, null, null))).containsExactly(goodCatch.id(), nearMiss.id());
        assertThat(search(new ReportQuery(team, ReportStatus.SUBMITTED, null, null, null, null))).containsExactly(nearMiss.id());
        assertThat(search(new ReportQuery(team, null, ReportKind.GOOD_CATCH, CustomerImpact.MINOR, null, null))).containsExactly(goodCatch.id());
        assertThat(search(new ReportQuery(team, null, null, CustomerImpact.SEVERE, null, null))).isEmpty();
        assertThat(search(new ReportQuery(team, null, null, null, T0.plusSeconds(1), null))).containsExactly(goodCatch.id());
        assertThat(search(new ReportQuery(team, null, null, null, null, T0.plusSeconds(1)))).containsExactly(nearMiss.id());
    }

    @Test
    void eachChunk_handsOverTheInboxInItsOrder_aChunkAtATime_alsoAcrossReportsOfTheSameMoment() {
        // Confidential reports keep the start of their day: several share one moment, and the chunks must split them by id.
        for (int i = 0; i < 5; i++) {
            stored(report(emma, frontDesk, ReporterMode.CONFIDENTIAL, T0.plusSeconds(i), ReportKind.NEAR_MISS, null));
        }
        stored(report(lena, frontDesk, ReporterMode.NAMED, T0.plusSeconds(10), ReportKind.NEAR_MISS, null));
        stored(report(emma, frontDesk, ReporterMode.NAMED, T0.minus(Duration.ofDays(1)), ReportKind.NEAR_MISS, null));
        stored(report(lena, onlineOrders, ReporterMode.NAMED, T0, ReportKind.NEAR_MISS, null));
        MistakeReport withCustomers = stored(report(emma, frontDesk, ReporterMode.NAMED, T0.minus(Duration.ofDays(2)), ReportKind.NEAR_MISS, null));
        db.run(em -> {
            new JpaRecoveryCaseRepository(em).save(RecoveryCase.open(withCustomers.id(), frontDesk.id(), "Order 1", false, null, false, null, T0));
            new JpaRecoveryCaseRepository(em).save(RecoveryCase.open(withCustomers.id(), frontDesk.id(), "Order 2", false, null, false, null, T0));
        });
        ReportQuery query = new ReportQuery(Set.of(frontDesk.id()), null, null, null, null, null);

        List<String> inboxOrder = search(query);
        List<List<String>> chunks = db.inTransaction(em -> {
            List<List<String>> handed = new java.util.ArrayList<>();
            new JpaMistakeReportRepository(em).eachChunk(query, 3, chunk -> handed.add(chunk.stream()
                    .peek(r -> assertThat(r.customValues()).isEmpty()).map(MistakeReport::id).toList()));
            return handed;
        });

        assertThat(chunks).extracting(List::size).containsExactly(3, 3, 2);
        assertThat(chunks.stream().flatMap(List::stream).toList()).hasSize(8).isEqualTo(inboxOrder);
        assertThat(db.<java.util.Map<String, Long>>inTransaction(em -> new JpaRecoveryCaseRepository(em)
                .countByReports(List.of(withCustomers.id(), inboxOrder.get(0))))).isEqualTo(java.util.Map.of(withCustomers.id(), 2L));
    }

    @Test
    void search_byWords_findsEachWordInTheTitleOrTheStory_anyCase_andTakesLikeCharactersLiterally() {
        MistakeReport first = stored(report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.NEAR_MISS, null));
        MistakeReport second = stored(report(emma, frontDesk, ReporterMode.NAMED, T0.plusSeconds(60), ReportKind.NEAR_MISS, null));
        stored(report(lena, onlineOrders, ReporterMode.NAMED, T0, ReportKind.NEAR_MISS, null));
        Set<String> team = Set.of(frontDesk.id());
        String firstNumber = first.title().replace("Title ", "");

        assertThat(search(new ReportQuery(team, null, null, null, null, null, List.of("TITLE")))).containsExactly(second.id(), first.id());
        assertThat(search(new ReportQuery(team, null, null, null, null, null, List.of("title", firstNumber))))
                .as("every word must be found").containsExactly(first.id());
        assertThat(search(new ReportQuery(team, null, null, null, null, null, List.of("happened " + firstNumber))))
                .as("a word of the story").containsExactly(first.id());
        assertThat(search(new ReportQuery(team, null, null, null, null, null, List.of("%")))).as("% is a character, not a wildcard").isEmpty();
        assertThat(search(new ReportQuery(team, null, null, null, null, null, List.of("Title_")))).as("_ too").isEmpty();
        assertThat(search(new ReportQuery(team, null, null, null, null, null, List.of("refund")))).isEmpty();
    }

    private List<String> search(ReportQuery query) {
        return db.inTransaction(em -> new JpaMistakeReportRepository(em).search(query, PageRequest.first(10)).items().stream()
                .map(MistakeReport::id).toList());
    }

    @Test
    void withBentRules_leavesOutWithdrawnReports_andCountsFollow() {
        MistakeReport bent = stored(report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.CUSTOMER_HARMED, BentRule.of("Rule A", null, null)));
        MistakeReport withdrawn = stored(report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.CUSTOMER_HARMED, BentRule.of("Rule A", null, null)));
        stored(report(emma, frontDesk, ReporterMode.NAMED, T0, ReportKind.CUSTOMER_HARMED, null));
        db.run(em -> {
            JpaMistakeReportRepository reports = new JpaMistakeReportRepository(em);
            MistakeReport w = reports.findById(withdrawn.id()).orElseThrow();
            w.withdraw(emma.id(), T0);
            reports.save(w);
            MistakeReport b = reports.findById(bent.id()).orElseThrow();
            b.ask(lena.id(), "Why?", T0);
            reports.save(b);
        });

        assertThat(db.<List<MistakeReport>>inTransaction(em -> new JpaMistakeReportRepository(em).withBentRules(Set.of(frontDesk.id()))))
                .extracting(MistakeReport::id).containsExactly(bent.id());
        assertThat(db.<Long>inTransaction(em -> new JpaMistakeReportRepository(em).countUnansweredQuestionsFor(emma.id()))).isEqualTo(1);
        assertThat(db.<Long>inTransaction(em -> new JpaMistakeReportRepository(em).countInTeams(Set.of(frontDesk.id()), ReportStatus.SUBMITTED))).isEqualTo(2);
    }

    @Test
    void aBentRuleDecision_isOnePerTeamAndRule() {
        db.run(em -> new JpaBentRuleDecisionRepository(em).save(
                BentRuleDecision.decide(frontDesk.id(), "Rule  A", RuleDecision.KEEP, "for now", lena.id(), T0)));
        db.run(em -> {
            JpaBentRuleDecisionRepository decisions = new JpaBentRuleDecisionRepository(em);
            BentRuleDecision found = decisions.find(frontDesk.id(), "rule a").orElseThrow();
            found.revise(RuleDecision.RETIRE, "no longer needed", lena.id(), T0.plusSeconds(60));
            decisions.save(found);
        });

        assertThat(db.<List<BentRuleDecision>>inTransaction(em -> new JpaBentRuleDecisionRepository(em).forTeams(Set.of(frontDesk.id()))))
                .singleElement().satisfies(d -> {
                    assertThat(d.decision()).isEqualTo(RuleDecision.RETIRE);
                    assertThat(d.rule()).isEqualTo("Rule A");
                });
        assertThatThrownBy(() -> db.run(em -> new JpaBentRuleDecisionRepository(em).save(
                BentRuleDecision.decide(frontDesk.id(), "RULE A", RuleDecision.KEEP, null, lena.id(), T0)))).isInstanceOf(RuntimeException.class);
    }
}
