package dimple.infrastructure.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.Behaviour;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.FourTests;
import dimple.domain.coaching.Response;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaAssessmentRepositoryIT {
    private final CoachingWorld w = new CoachingWorld();

    @AfterEach
    void drop() throws Exception {
        w.close();
    }

    private List<String> subjects(CoachingViewer viewer) {
        return w.db.inTransaction(em -> new JpaAssessmentRepository(em).visibleTo(viewer, PageRequest.first(50))).items().stream()
                .map(Assessment::subjectAccountId).toList();
    }

    @Test
    void save_thenLoad_keepsTheTestsTheConclusionAndTheCredit() {
        Assessment assessment = w.assessment(w.emma, w.lena, w.frontDesk, null, Response.COACH);
        w.store(assessment);

        Assessment loaded = w.db.inTransaction(em -> new JpaAssessmentRepository(em).findById(assessment.id())).orElseThrow();

        assertThat(loaded.reportId()).isEqualTo(assessment.reportId());
        assertThat(loaded.reportNumber()).isEqualTo("R-2026-000001");
        assertThat(loaded.subjectAccountId()).isEqualTo(w.emma.id());
        assertThat(loaded.assessorAccountId()).isEqualTo(w.lena.id());
        assertThat(loaded.reason()).isEqualTo("Why we talk about it");
        assertThat(loaded.tests()).isEqualTo(FourTests.answered(false, true, true, true));
        assertThat(loaded.behaviour()).isEqualTo(Behaviour.AT_RISK);
        assertThat(loaded.response()).isEqualTo(Response.COACH);
        assertThat(loaded.selfReportCredit()).isTrue();
        assertThat(loaded.assessedAt()).isEqualTo(assessment.assessedAt());
        assertThat(loaded.retainUntil()).isEqualTo(assessment.retainUntil());
    }

    @Test
    void visibleTo_theAssessorWhileLeading_thePersonAndHr_newestFirst() {
        w.store(w.assessment(w.emma, w.lena, w.frontDesk, null, Response.COACH));
        w.store(w.assessment(w.eli, w.leo, w.onlineOrders, null, Response.CONSOLE));

        assertThat(subjects(w.coach(w.lena))).containsExactly(w.emma.id());
        assertThat(subjects(w.employee(w.emma))).containsExactly(w.emma.id());
        assertThat(subjects(w.hr())).containsExactly(w.eli.id(), w.emma.id());
        assertThat(subjects(new CoachingViewer(w.lena.id(), Set.of(), false))).isEmpty();
        assertThat(subjects(new CoachingViewer(w.leo.id(), Set.of(w.frontDesk.id(), w.onlineOrders.id()), false))).containsExactly(w.eli.id());
    }

    @Test
    void deleteRetainedUntilBefore_keepsTheCoachingRecordThatFollowed_withoutTheLink() {
        Assessment expired = w.assessment(w.emma, w.lena, w.frontDesk, LocalDate.of(2026, 11, 24), Response.COACH);
        Assessment kept = w.assessment(w.emma, w.lena, w.frontDesk, null, Response.COACH);
        w.store(expired);
        w.store(kept);
        CoachingRecord followed = CoachingRecord.draftFrom(expired, w.lena.id(),
                CoachingWorld.conversation(CoachingWorld.TODAY, "Followed", List.of()), null, CoachingWorld.T0);
        w.store(followed);

        int deleted = w.db.inTransaction(em -> new JpaAssessmentRepository(em).deleteRetainedUntilBefore(LocalDate.of(2026, 11, 25)));

        assertThat(deleted).isEqualTo(1);
        java.util.Optional<Assessment> gone = w.db.inTransaction(em -> new JpaAssessmentRepository(em).findById(expired.id()));
        java.util.Optional<Assessment> stays = w.db.inTransaction(em -> new JpaAssessmentRepository(em).findById(kept.id()));
        assertThat(gone).isEmpty();
        assertThat(stays).isPresent();
        CoachingRecord still = w.db.inTransaction(em -> new JpaCoachingRecordRepository(em).findById(followed.id())).orElseThrow();
        assertThat(still.assessmentId()).isNull();
        assertThat(still.topic()).isEqualTo("Followed");
    }
}
