package dimple.application.review;

import static dimple.application.reporting.ReportingFixture.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.reporting.ReportView;
import dimple.application.reporting.TriageReport;
import dimple.application.shared.English;
import dimple.application.shared.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Publishing a review whose lesson would show what looks like personal data (issue 13, ADR 48). */
class PublishingPersonalDataTest {
    private final ReviewFixture world = new ReviewFixture();

    /** Emma files a report (with an affected customer's booking), Lena opens a review with this story and approves it. */
    private String approvedReview(String mode, String whatHappened) {
        ReportView report = world.world.as("emma").reporting.submit(world.world.report("Guest charged twice", "Front Desk", mode, customer("BK-4471")));
        String id = world.as("lena").triage.triage(new TriageReport(report.id(), "REVIEW", null, null, null, null)).reviewId();
        world.review.edit(new EditReview(id, null, null, null, whatHappened, null, null, null, null, null, null, null, null, null, null));
        world.review.addFactor(new AddFactor(id, "TOOLS", "The terminal shows no result after a timeout", List.of("Never configured"), null));
        world.review.planAction(new PlanAction(id, "Switch on the timeout screen", "CORRECTIVE", "lena", null, null));
        move(id, "IN_REVIEW", List.of());
        move(id, "APPROVED", List.of());
        return id;
    }

    private ReviewView move(String id, String to, List<String> acknowledged) {
        return world.as("lena").review.move(new MoveReview(id, to, null, null, acknowledged));
    }

    private LessonLooksPersonal refusedPublishing(String id, List<String> acknowledged) {
        return catchThrowableOfType(LessonLooksPersonal.class, () -> move(id, "PUBLISHED", acknowledged));
    }

    private static List<String> said(LessonLooksPersonal refused) {
        return refused.problems().stream().map(p -> p.field() + " | " + English.of(p.message())).toList();
    }

    @Test
    void aLessonWithNothingPersonal_isPublished_asBefore() {
        String id = approvedReview("NAMED", "The terminal timed out at 10:15 on 2026-12-07 and showed nothing; receipt R-2026-000123 was printed twice.");

        assertThat(move(id, "PUBLISHED", List.of()).status()).isEqualTo("PUBLISHED");
    }

    @Test
    void publishing_isRefused_withEachFindingByField_andNothingIsPublished() {
        String id = approvedReview("NAMED", "Eli rang the guest on 0171 1234567 and wrote to guest@example.org about BK-4471.");

        LessonLooksPersonal refused = refusedPublishing(id, List.of());

        assertThat(said(refused)).containsExactly(
                "whatHappened | What happened: \u201CEli\u201D looks like the name of a person in the organisation.",
                "whatHappened | What happened: \u201C0171 1234567\u201D looks like a phone number.",
                "whatHappened | What happened: \u201Cguest@example.org\u201D looks like an e-mail address.",
                "whatHappened | What happened: \u201CBK-4471\u201D is the reference of an affected customer, recorded in a recovery case.");
        assertThat(English.of(refused.message())).startsWith("Not published: the lesson would show what looks like personal data (4 found).");
        assertThat(refused.findings()).allMatch(PersonalDataFinding::acknowledgeable);
        assertThat(Refusal.of(refused).orElseThrow().kind()).isEqualTo(Refusal.Kind.RULE);
        assertThat(world.as("lena").review.find(id).status()).isEqualTo("APPROVED");
        assertThat(world.lessons.byId).isEmpty();
    }

    @Test
    void aFindingInAFactorsWhyOrAnAction_namesWhichOne() {
        String id = approvedReview("NAMED", "The terminal timed out.");
        world.as("lena").review.addFactor(new AddFactor(id, "WORKLOAD", "Busy evening", List.of("Only one person on shift", "Lena was away"), null));

        assertThat(said(refusedPublishing(id, List.of()))).containsExactly(
                "factors[1].whys[1] | Contributing factor 2, why 2: \u201CLena\u201D looks like the name of a person in the organisation.");
    }

    @Test
    void theRefusal_isAudited_withTheKindsFound_neverTheTextFound() {
        String id = approvedReview("NAMED", "Eli wrote to guest@example.org.");

        refusedPublishing(id, List.of());

        assertThat(world.world.auditLines()).anySatisfy(line -> assertThat(line)
                .isEqualTo("lena | REVIEW_PUBLISH_REFUSED | review " + id + " | found EMAIL_ADDRESS=1, PERSON_NAME=1"));
        assertThat(world.world.auditLines()).noneMatch(line -> line.contains("guest@example.org") || line.contains("Eli"));
    }

    @Test
    void afterTheLeaderAcknowledgesEachFinding_itIsPublished_andTheAuditSaysHowManyWereAcknowledged() {
        String id = approvedReview("NAMED", "The receipt printer at Eli\u2019s Corner shop jammed; call 0800 1234567 for the vendor.");

        LessonLooksPersonal refused = refusedPublishing(id, List.of());
        ReviewView published = move(id, "PUBLISHED", refused.findings().stream().map(PersonalDataFinding::text).toList());

        assertThat(published.status()).isEqualTo("PUBLISHED");
        assertThat(world.world.auditLines()).anySatisfy(line -> assertThat(line)
                .isEqualTo("lena | REVIEW_PUBLISHED | review " + id + " | lesson=" + published.lessonId() + "; acknowledged PERSON_NAME=1, PHONE_NUMBER=1"));
        assertThat(world.world.auditLines()).noneMatch(line -> line.contains("0800") || line.contains("Eli"));
    }

    @Test
    void acknowledgingSomeFindings_leavesTheOthersRefused() {
        String id = approvedReview("NAMED", "Eli rang 0171 1234567.");

        LessonLooksPersonal refused = refusedPublishing(id, List.of(" eli "));

        assertThat(refused.findings()).extracting(PersonalDataFinding::text).containsExactly("0171 1234567");
    }

    @Test
    void inAReviewOfAConfidentialReport_aName_isRefused_evenWhenAcknowledged() {
        String id = approvedReview("CONFIDENTIAL", "Emma noticed the double charge.");

        LessonLooksPersonal refused = refusedPublishing(id, List.of("Emma"));

        assertThat(said(refused)).containsExactly("whatHappened | What happened: \u201CEmma\u201D is a name that must not be published in this lesson. Replace it.");
        assertThat(refused.findings()).noneMatch(PersonalDataFinding::acknowledgeable);
        assertThat(world.as("lena").review.find(id).status()).isEqualTo("APPROVED");
    }

    @Test
    void inAReviewOfAConfidentialReport_theReportersNameAndAnotherMembersName_areRefusedInTheSameWords() {
        // Emma filed it; Eli did not. A leader probing names learns nothing from the answers.
        LessonLooksPersonal reporter = refusedPublishing(approvedReview("CONFIDENTIAL", "Then Employee handed over."), List.of());
        LessonLooksPersonal reporterFirstName = refusedPublishing(approvedReview("CONFIDENTIAL", "Then Emma handed over."), List.of());
        LessonLooksPersonal other = refusedPublishing(approvedReview("CONFIDENTIAL", "Then Eli handed over."), List.of());

        assertThat(said(reporterFirstName)).containsExactly(said(other).get(0).replace("Eli", "Emma"));
        assertThat(reporterFirstName.findings().get(0)).usingRecursiveComparison().ignoringFields("text").isEqualTo(other.findings().get(0));
        assertThat(English.of(reporterFirstName.message())).isEqualTo(English.of(other.message()));
        // "Employee" is a common word: in a confidential review it counts when capitalised, for everybody alike.
        assertThat(reporter.findings()).extracting(PersonalDataFinding::kind).containsExactly("NAME_NOT_TO_PUBLISH");
        assertThat(world.world.auditLines()).filteredOn(l -> l.contains("REVIEW_PUBLISH_REFUSED"))
                .allMatch(l -> l.endsWith("| found NAME_NOT_TO_PUBLISH=1"));
    }

    @Test
    void inAReviewOfAConfidentialReport_otherFindings_canStillBeAcknowledged() {
        String id = approvedReview("CONFIDENTIAL", "The vendor hotline 0800 1234567 was busy.");

        assertThat(refusedPublishing(id, List.of()).findings()).extracting(PersonalDataFinding::kind).containsExactly("PHONE_NUMBER");
        assertThat(move(id, "PUBLISHED", List.of("0800 1234567")).status()).isEqualTo("PUBLISHED");
    }

    @Test
    void theTitleTooIsChecked() {
        String id = approvedReview("NAMED", "The terminal timed out.");
        world.as("lena").review.edit(new EditReview(id, "Lena charged twice", null, null, null, null, null, null, null, null, null, null, null,
                null, null));

        assertThat(refusedPublishing(id, List.of()).findings()).extracting(PersonalDataFinding::field, PersonalDataFinding::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "Lena"));
    }
}
