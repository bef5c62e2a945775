package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MistakeReportTriageTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(2));
    private static final String FRONT_DESK = "team-front-desk";
    private static final String ONLINE = "team-online";

    private final Account emma = person("emma", Set.of(Role.EMPLOYEE), null);
    private final Account lena = person("lena", Set.of(Role.EMPLOYEE, Role.LEADER), FRONT_DESK);
    private final Account leo = person("leo", Set.of(Role.EMPLOYEE, Role.LEADER), ONLINE);
    private int receipts;

    private static Account person(String username, Set<Role> roles, String leads) {
        Account account = Account.open(username, username, "hash", roles, NOW);
        account.assignTeams(Set.of(FRONT_DESK), leads == null ? Set.of() : Set.of(leads));
        return account;
    }

    private MistakeReport report(String team) {
        receipts++;
        return MistakeReport.submit("R-2026-00000" + receipts, NOW, new MistakeReport.Reporter(emma.id(), team, ReporterMode.CONFIDENTIAL),
                "Key card for the wrong room", "The card opened 214 instead of 241.", NOW.minusSeconds(600),
                ReportKind.NEAR_MISS, CustomerImpact.NONE, null);
    }

    @Test
    void triageAsNoted_closesTheReport_withTheNoteTheReporterReads() {
        MistakeReport report = report(FRONT_DESK);

        report.triageAsNoted(lena, "  Thanks: the encoder is being replaced this week.  ", LATER);

        assertThat(report.status()).isEqualTo(ReportStatus.NOTED);
        assertThat(report.triageNote()).isEqualTo("Thanks: the encoder is being replaced this week.");
        assertThat(report.triagedAt()).isEqualTo(LATER);
        assertThat(report.triagedByAccountId()).isEqualTo(lena.id());
        assertThat(report.updatedAt()).isEqualTo(LATER);
        assertThat(report.reviewId()).isNull();
    }

    @Test
    void triageAsNoted_withoutANote_isRefused() {
        MistakeReport report = report(FRONT_DESK);

        assertThatThrownBy(() -> report.triageAsNoted(lena, "  ", LATER)).isInstanceOf(NotedNeedsANote.class);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void startReview_putsTheReportIntoTheReview_theNoteIsOptional() {
        MistakeReport report = report(FRONT_DESK);

        report.startReview(lena, "review-1", null, LATER);

        assertThat(report.status()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(report.reviewId()).isEqualTo("review-1");
        assertThat(report.triageNote()).isNull();
    }

    @Test
    void markDuplicateOf_pointsAtTheOriginal() {
        MistakeReport original = report(FRONT_DESK);
        MistakeReport again = report(FRONT_DESK);

        again.markDuplicateOf(lena, original, false, "Same encoder as R-2026-000001.", LATER);

        assertThat(again.status()).isEqualTo(ReportStatus.DUPLICATE);
        assertThat(again.duplicateOfId()).isEqualTo(original.id());
        assertThat(original.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void markDuplicateOf_itself_isRefused() {
        MistakeReport report = report(FRONT_DESK);

        assertThatThrownBy(() -> report.markDuplicateOf(lena, report, false, null, LATER)).isInstanceOf(DuplicateNeedsAnOriginal.class)
                .hasMessage("rule.duplicateNeedsAnOriginal.itself");
    }

    @Test
    void markDuplicateOf_aReportOfAnotherTeam_isRefused() {
        Account leadsBoth = person("both", Set.of(Role.LEADER), FRONT_DESK);
        leadsBoth.assignTeams(Set.of(), Set.of(FRONT_DESK, ONLINE));

        assertThatThrownBy(() -> report(FRONT_DESK).markDuplicateOf(leadsBoth, report(ONLINE), false, null, LATER))
                .isInstanceOf(DuplicateNeedsAnOriginal.class).hasMessage("rule.duplicateNeedsAnOriginal.otherTeam");
    }

    @Test
    void markDuplicateOf_aDuplicateOrAWithdrawnReport_isRefused_pointAtTheOriginalInstead() {
        MistakeReport original = report(FRONT_DESK);
        MistakeReport duplicate = report(FRONT_DESK);
        duplicate.markDuplicateOf(lena, original, false, null, LATER);
        MistakeReport withdrawn = report(FRONT_DESK);
        withdrawn.withdraw(emma.id(), LATER);

        assertThatThrownBy(() -> report(FRONT_DESK).markDuplicateOf(lena, duplicate, false, null, LATER))
                .isInstanceOf(DuplicateNeedsAnOriginal.class).hasMessage("rule.duplicateNeedsAnOriginal.duplicate");
        assertThatThrownBy(() -> report(FRONT_DESK).markDuplicateOf(lena, withdrawn, false, null, LATER))
                .isInstanceOf(DuplicateNeedsAnOriginal.class).hasMessage("rule.duplicateNeedsAnOriginal.withdrawn");
    }

    @Test
    void markDuplicateOf_aReportOthersPointAtAsTheirOriginal_isRefused_soDuplicatesNeverChain() {
        MistakeReport original = report(FRONT_DESK);
        MistakeReport pointedAt = report(FRONT_DESK);

        assertThatThrownBy(() -> pointedAt.markDuplicateOf(lena, original, true, null, LATER))
                .isInstanceOf(DuplicateNeedsAnOriginal.class).hasMessage("rule.duplicateNeedsAnOriginal.isAnOriginal");
        assertThat(pointedAt.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void triage_byALeaderOfAnotherTeam_orAnEmployee_isRefused() {
        MistakeReport report = report(FRONT_DESK);

        assertThatThrownBy(() -> report.triageAsNoted(leo, "Noted", LATER)).isInstanceOf(OnlyTeamLeadersTriage.class);
        assertThatThrownBy(() -> report.startReview(emma, "review-1", null, LATER)).isInstanceOf(OnlyTeamLeadersTriage.class);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void triage_happensOnce() {
        MistakeReport report = report(FRONT_DESK);
        report.triageAsNoted(lena, "Noted", LATER);

        assertThatThrownBy(() -> report.startReview(lena, "review-1", null, LATER)).isInstanceOf(ReportIsTriagedAlready.class)
                .hasMessageContaining("NOTED");
        assertThat(report.status()).isEqualTo(ReportStatus.NOTED);
    }

    @Test
    void aWithdrawnReport_isNotTriaged() {
        MistakeReport report = report(FRONT_DESK);
        report.withdraw(emma.id(), LATER);

        assertThatThrownBy(() -> report.triageAsNoted(lena, "Noted", LATER)).isInstanceOf(ReportIsTriagedAlready.class)
                .hasMessageContaining("withdrawn");
    }

    @Test
    void aTriagedReport_canNoLongerBeWithdrawn() {
        MistakeReport report = report(FRONT_DESK);
        report.startReview(lena, "review-1", null, LATER);

        assertThatThrownBy(() -> report.withdraw(emma.id(), LATER)).isInstanceOf(ReportCannotBeWithdrawn.class);
    }

    @Test
    void closeAfterReview_closesAReportInThatReview_only() {
        MistakeReport report = report(FRONT_DESK);
        report.startReview(lena, "review-1", null, LATER);

        assertThatThrownBy(() -> report.closeAfterReview("review-2", LATER)).isInstanceOf(IllegalStateException.class);
        report.closeAfterReview("review-1", LATER.plusSeconds(60));

        assertThat(report.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(report.closedAt()).isEqualTo(LATER.plusSeconds(60));
    }

    @Test
    void aTriageNote_longerThanAllowed_isRefused() {
        assertThatThrownBy(() -> report(FRONT_DESK).triageAsNoted(lena, "x".repeat(MistakeReport.MAX_TRIAGE_NOTE + 1), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
