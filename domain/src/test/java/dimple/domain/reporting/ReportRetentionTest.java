package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A finished report's words are blanked when its retention period is over, unless a legal hold is on it. */
class ReportRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Instant YEARS_LATER = Instant.parse("2033-12-01T03:00:00Z");

    private final Account lena = leader();

    private static Account leader() {
        Account account = Account.open("lena", "Lena", "hash", Set.of(Role.EMPLOYEE, Role.LEADER), NOW);
        account.assignTeams(Set.of("team-1"), Set.of("team-1"));
        return account;
    }

    private static MistakeReport report() {
        return MistakeReport.submit("R-2026-000042", NOW, new MistakeReport.Reporter("account-emma", "team-1", ReporterMode.NAMED),
                "Wrong room key for Mrs Berger", "The key card opened room 214 instead of 241.", NOW.minusSeconds(600),
                ReportKind.NO_HARM, CustomerImpact.MINOR, BentRule.of("Keys only at the desk", "Mrs Berger was in a hurry", "She made her train"));
    }

    @Test
    void anonymise_blanksWhatPeopleWrote_andKeepsWhatInsightsCount() {
        MistakeReport report = report();
        FollowUpQuestion question = report.ask(lena.id(), "Which card did Mrs Berger get?", NOW.plusSeconds(60));
        report.answer("account-emma", question.id(), "The one for 241", NOW.plusSeconds(120));
        report.triageAsNoted(lena, "Thanks, Mrs Berger was fine", LATER);

        report.anonymise(YEARS_LATER);

        assertThat(report.isAnonymised()).isTrue();
        assertThat(report.title()).isEmpty();
        assertThat(report.narrative()).isEmpty();
        assertThat(report.triageNote()).isNull();
        assertThat(report.bentRule()).hasValueSatisfying(rule -> {
            assertThat(rule.rule()).isEqualTo("Keys only at the desk");
            assertThat(rule.reason()).isNull();
            assertThat(rule.valueCreated()).isNull();
        });
        assertThat(report.questions()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEmpty();
            assertThat(q.answer()).isEmpty();
            assertThat(q.isAnswered()).isTrue();
        });
        assertThat(report.kind()).isEqualTo(ReportKind.NO_HARM);
        assertThat(report.customerImpact()).isEqualTo(CustomerImpact.MINOR);
        assertThat(report.status()).isEqualTo(ReportStatus.NOTED);
        assertThat(report.finishedAt()).contains(LATER);
        assertThat(report.reporterAccountId()).as("who filed it is forgotten too").isNull();
        assertThat(report.isReportedBy("account-emma")).isFalse();
        assertThat(report.reporterMode()).isEqualTo(ReporterMode.NAMED);
    }

    @Test
    void aConfidentialReport_isNoLongerItsReportersOnceAnonymised() {
        Account emma = Account.open("emma", "Emma", "hash", Set.of(Role.EMPLOYEE), NOW);
        MistakeReport report = MistakeReport.submit("R-2026-000043", NOW, new MistakeReport.Reporter(emma.id(), "team-1", ReporterMode.CONFIDENTIAL),
                "Wrong room key", "The key card opened the wrong room.", NOW.minusSeconds(600), ReportKind.NO_HARM, CustomerImpact.MINOR, null);
        report.withdraw(emma.id(), LATER);
        assertThat(report.isVisibleTo(emma)).isTrue();

        report.anonymise(YEARS_LATER);

        assertThat(report.reporterAccountId()).isNull();
        assertThat(report.isConfidential()).isTrue();
        assertThat(report.isVisibleTo(emma)).as("nothing ties it to her any more").isFalse();
    }

    @Test
    void aReportUnderALegalHold_isNotAnonymised_untilTheHoldIsLifted() {
        MistakeReport report = report();
        report.triageAsNoted(lena, "Thanks", LATER);
        report.placeLegalHold(LATER);

        assertThatThrownBy(() -> report.anonymise(YEARS_LATER)).isInstanceOf(ReportIsHeld.class);
        assertThat(report.title()).isEqualTo("Wrong room key for Mrs Berger");
        assertThat(report.legalHoldSince()).isEqualTo(LATER);

        report.liftLegalHold();
        report.anonymise(YEARS_LATER);
        assertThat(report.title()).isEmpty();
    }

    @Test
    void aReportCountsFromClosingOrWithdrawal_andAnOpenOneIsNeverDue() {
        MistakeReport open = report();
        assertThat(open.finishedAt()).isEmpty();
        assertThatThrownBy(() -> open.anonymise(YEARS_LATER)).isInstanceOf(IllegalStateException.class);

        MistakeReport withdrawn = report();
        withdrawn.withdraw("account-emma", LATER);
        assertThat(withdrawn.finishedAt()).contains(LATER);

        MistakeReport inReview = report();
        inReview.startReview(lena, "review-1", null, LATER);
        assertThat(inReview.finishedAt()).isEmpty();
        inReview.closeAfterReview("review-1", YEARS_LATER);
        assertThat(inReview.finishedAt()).contains(YEARS_LATER);
    }
}
