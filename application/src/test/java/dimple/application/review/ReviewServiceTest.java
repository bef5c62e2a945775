package dimple.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.English;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.PageView;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.StaleRecord;
import dimple.domain.review.ApprovalNeedsAFactorAndAnAction;
import dimple.domain.review.GoingBackNeedsAReason;
import dimple.domain.review.OnlyLeadersInviteOtherTeams;
import dimple.domain.review.PublishedReviewIsFrozen;
import dimple.domain.review.ReviewCannotMove;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewServiceTest {
    private static final Instant NOW = dimple.application.reporting.ReportingFixture.NOW;

    private final ReviewFixture world = new ReviewFixture();

    private static EditReview edit(String reviewId) {
        return new EditReview(reviewId, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static EditReview whatHappened(String reviewId, String text, Long version) {
        return new EditReview(reviewId, null, null, null, text, null, null, null, null, null, null, null, null, null, version);
    }

    private ReviewView move(String reviewId, String to, String reason) {
        return world.as("lena").review.move(new MoveReview(reviewId, to, reason, null));
    }

    /** A review with a factor and an action, in review: ready for approval. */
    private String readyForApproval() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.review.addFactor(new AddFactor(id, "TOOLS", "The terminal shows no result after a timeout", List.of("Never configured"), null));
        world.review.planAction(new PlanAction(id, "Switch on the timeout screen", "CORRECTIVE", "lena", null, null));
        move(id, "IN_REVIEW", null);
        return id;
    }

    @Test
    void leadersOfTheTeam_seeTheReview() {
        String id = world.reviewOfEmmasReport("NAMED");

        ReviewView view = world.as("lena").review.find(id);

        assertThat(view.status()).isEqualTo("DRAFTING");
        assertThat(view.team()).isEqualTo("Front Desk");
        assertThat(view.facilitator().username()).isEqualTo("lena");
        assertThat(view.mayEdit()).isTrue();
        assertThat(view.nextStates()).containsExactly("IN_REVIEW");
    }

    @ParameterizedTest(name = "{0} is told it does not exist")
    @ValueSource(strings = {"leo", "eli", "emma", "hana"})
    void anyoneNotLeadingTheTeam_norNamedOnTheReview_getsNotFound(String who) {
        String id = world.reviewOfEmmasReport("NAMED");

        assertThatThrownBy(() -> world.as(who).review.find(id)).isInstanceOf(RecordNotFound.class).satisfies(English.says("No such review."));
        assertThatThrownBy(() -> world.as(who).review.history(id, 0, 20)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void aParticipant_readsTheReview_butDoesNotChangeIt_andTheFacilitatorDoes() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.as("lena").review.edit(new EditReview(id, null, null, null, null, null, null, null, null, null, null, "emma", List.of("eli"),
                null, null));

        ReviewView seenByEli = world.as("eli").review.find(id);

        assertThat(seenByEli.participants()).extracting(PersonView::username).containsExactly("eli");
        assertThat(seenByEli.mayEdit()).isFalse();
        assertThat(seenByEli.nextStates()).isEmpty();
        assertThatThrownBy(() -> world.as("eli").review.edit(whatHappened(id, "x", null))).isInstanceOf(AccessRefused.class);
        assertThat(world.as("emma").review.edit(whatHappened(id, "The terminal timed out.", null)).whatHappened())
                .isEqualTo("The terminal timed out.");
        assertThatThrownBy(() -> world.as("emma").review.move(new MoveReview(id, "IN_REVIEW", null, null)))
                .as("only leaders move a review through its states").isInstanceOf(AccessRefused.class);
    }

    @Test
    void edit_changesOnlyTheFieldsGiven_andRecordsEachInTheHistory_withWhoAndOldAndNew() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.review.edit(new EditReview(id, null, "A double charge", null, "The payment ran twice.", null, null, null, null, null, null,
                null, null, List.of("Payments"), null));
        world.world.clock.advance(Duration.ofMinutes(5));

        ReviewView view = world.review.edit(whatHappened(id, "The terminal timed out and the payment ran twice.", null));

        assertThat(view.summary()).isEqualTo("A double charge");
        assertThat(view.whatHappened()).isEqualTo("The terminal timed out and the payment ran twice.");
        assertThat(view.tags()).containsExactly("payments");
        List<HistoryEntryView> history = world.review.history(id, 0, 20).items();
        assertThat(history.get(0)).satisfies(h -> {
            assertThat(h.field()).isEqualTo("whatHappened");
            assertThat(h.oldValue()).isEqualTo("The payment ran twice.");
            assertThat(h.newValue()).isEqualTo("The terminal timed out and the payment ran twice.");
            assertThat(h.actorName()).isEqualTo("Lena Leader");
            assertThat(English.of(h.subject())).isEqualTo("Review");
            assertThat(h.at()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        });
        assertThat(history).extracting(HistoryEntryView::field).contains("summary", "tags", "status");
    }

    private static EditReview people(String reviewId, String whatHappened, String facilitator, List<String> participants) {
        return new EditReview(reviewId, null, null, null, whatHappened, null, null, null, null, null, null, facilitator, participants, null,
                null);
    }

    @Test
    void aFacilitatorWhoIsNotALeader_invitingSomeoneOfAnotherTeam_isRefused_andNothingOfTheEditIsKept() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.as("lena").review.edit(people(id, null, "emma", null));

        assertThatThrownBy(() -> world.as("emma").review.edit(people(id, "The terminal timed out.", null, List.of("eli"))))
                .isInstanceOf(OnlyLeadersInviteOtherTeams.class);
        assertThatThrownBy(() -> world.as("emma").review.edit(people(id, "The terminal timed out.", "leo", null)))
                .as("nor hand the review to someone of another team").isInstanceOf(OnlyLeadersInviteOtherTeams.class);

        ReviewView seenByLena = world.as("lena").review.find(id);
        assertThat(seenByLena.participants()).isEmpty();
        assertThat(seenByLena.facilitator().username()).isEqualTo("emma");
        assertThat(seenByLena.whatHappened()).as("still the report's story it started with").doesNotContain("timed out");
        assertThatThrownBy(() -> world.as("eli").review.find(id)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as("leo").review.find(id)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void aFacilitatorWhoIsNotALeader_invitesPeopleOfTheTeam_andALeaderInvitesAnyone() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.as("lena").review.edit(people(id, null, "emma", null));

        assertThat(world.as("emma").review.edit(people(id, null, null, List.of("lena"))).participants())
                .extracting(PersonView::username).containsExactly("lena");
        assertThat(world.as("lena").review.edit(people(id, null, null, List.of("lena", "eli"))).participants())
                .extracting(PersonView::username).containsExactlyInAnyOrder("lena", "eli");
        assertThat(world.as("eli").review.find(id).participants()).extracting(PersonView::username).contains("eli");
    }

    @Test
    void edit_ofPeople_showsNamesInTheHistory() {
        String id = world.reviewOfEmmasReport("NAMED");

        world.review.edit(new EditReview(id, null, null, null, null, null, null, null, null, null, null, "leo", List.of("eli", "emma"), null, null));

        List<HistoryEntryView> history = world.review.history(id, 0, 20).items();
        assertThat(history).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("facilitator");
            assertThat(h.oldValue()).isEqualTo("Lena Leader");
            assertThat(h.newValue()).isEqualTo("Leo Leader");
        });
        assertThat(history).anySatisfy(h -> assertThat(h.newValue()).isEqualTo("Eli Employee, Emma Employee"));
    }

    @Test
    void edit_withWrongInput_namesEveryField_andChangesNothing() {
        String id = world.reviewOfEmmasReport("NAMED");

        assertThatThrownBy(() -> world.review.edit(new EditReview(id, " ", "x".repeat(2001), null, null, null, null, null, null, null, null,
                "nobody", List.of("eli", "ghost"), List.of("<b>"), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("title", "summary", "facilitator", "participants", "tags"));
        assertThat(world.review.find(id).summary()).isNull();
    }

    @Test
    void edit_fromAnOlderVersion_isRefusedAsStale_soNobodyOverwritesAnother() {
        String id = world.reviewOfEmmasReport("NAMED");
        long seen = world.review.find(id).version();

        assertThatThrownBy(() -> world.review.edit(whatHappened(id, "Mine", seen + 1))).isInstanceOf(StaleRecord.class)
                .satisfies(English.says("Someone else changed this record while you were editing it. Reload it and make your change again."));
        assertThat(world.review.find(id).whatHappened()).as("the story it started with").isNotEqualTo("Mine");
        assertThat(world.review.edit(whatHappened(id, "Mine", seen)).whatHappened()).isEqualTo("Mine");
    }

    @Test
    void blameWords_inAnyFreeTextField_comeBackAsHints_namingTheField() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.review.addTimelineEntry(new AddTimelineEntry(id, NOW.minusSeconds(600), "Obviously the screen froze", null, null));
        world.review.addFactor(new AddFactor(id, "TRAINING", "Nobody explained timeouts", List.of("Staff were careless"), null));

        ReviewView view = world.review.edit(new EditReview(id, null, null, null, "She should have checked the app.", null, null, null, null,
                null, null, null, null, null, null));

        assertThat(view.hints()).extracting(ReviewHint::field, ReviewHint::phrase).contains(
                org.assertj.core.groups.Tuple.tuple("whatHappened", "should have"),
                org.assertj.core.groups.Tuple.tuple("timeline", "obviously"),
                org.assertj.core.groups.Tuple.tuple("factors", "careless"));
        assertThat(view.hintsFor("whatHappened")).singleElement().satisfies(h -> assertThat(English.of(h.suggestion())).contains("hindsight"));
    }

    @Test
    void timeline_isInTheOrderThingsHappened() {
        String id = world.reviewOfEmmasReport("NAMED");

        world.review.addTimelineEntry(new AddTimelineEntry(id, NOW.minusSeconds(60), "Guest notices", "DETECTION", null));
        world.review.addTimelineEntry(new AddTimelineEntry(id, NOW.minusSeconds(3600), "Terminal times out", null, null));

        assertThat(world.review.find(id).timeline()).extracting(TimelineEntryView::text, TimelineEntryView::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Terminal times out", "EVENT"),
                        org.assertj.core.groups.Tuple.tuple("Guest notices", "DETECTION"));
    }

    @Test
    void timeline_inTheFuture_orOfAnUnknownKind_isInvalid() {
        String id = world.reviewOfEmmasReport("NAMED");

        assertThatThrownBy(() -> world.review.addTimelineEntry(new AddTimelineEntry(id, NOW.plusSeconds(60), "Later", "GOSSIP", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("at", "kind"));
    }

    @Test
    void factor_keepsItsChainOfWhys() {
        String id = world.reviewOfEmmasReport("NAMED");

        FactorView factor = world.review.addFactor(new AddFactor(id, "handover", "Night notes on paper",
                List.of("No field in the log", "", "Log made for room status"), null));

        assertThat(factor.category()).isEqualTo("HANDOVER");
        assertThat(world.review.find(id).factors()).singleElement().satisfies(f ->
                assertThat(f.whys()).containsExactly("No field in the log", "Log made for room status"));
    }

    @Test
    void planAction_isDueInSevenDaysByDefault_andTellsItsOwner() {
        String id = world.reviewOfEmmasReport("NAMED");

        ActionView action = world.review.planAction(new PlanAction(id, "Add a timeout step to the guide", "PREVENTIVE", "emma", null, null));

        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(action.priority()).isEqualTo("MEDIUM");
        assertThat(action.status()).isEqualTo("OPEN");
        assertThat(action.owner()).isEqualTo("emma");
        assertThat(world.as("emma").inbox.inbox(0, 5).items().get(0)).satisfies(n -> {
            assertThat(n.kind()).isEqualTo("ACTION_ASSIGNED");
            assertThat(English.of(n.message())).contains("Add a timeout step to the guide", "2026-11-30");
        });
        assertThat(world.as("lena").review.find(id).actions()).extracting(ActionView::title).containsExactly("Add a timeout step to the guide");
    }

    @Test
    void planAction_withWrongInput_namesEveryField() {
        String id = world.reviewOfEmmasReport("NAMED");

        assertThatThrownBy(() -> world.review.planAction(new PlanAction(id, " ", "SOMEDAY", "ghost", LocalDate.of(2026, 1, 1), "URGENT")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("title", "type", "owner", "dueDate", "priority"));
    }

    @Test
    void goingBackToDrafting_needsAReason_whichTheReviewKeeps() {
        String id = world.reviewOfEmmasReport("NAMED");
        move(id, "IN_REVIEW", null);

        assertThatThrownBy(() -> move(id, "DRAFTING", null)).isInstanceOf(GoingBackNeedsAReason.class);
        ReviewView back = move(id, "DRAFTING", "The timeline misses the night shift");

        assertThat(back.status()).isEqualTo("DRAFTING");
        assertThat(back.returnReason()).isEqualTo("The timeline misses the night shift");
    }

    @Test
    void approval_withoutAFactorOrAnAction_isRefused() {
        String id = world.reviewOfEmmasReport("NAMED");
        move(id, "IN_REVIEW", null);

        assertThatThrownBy(() -> move(id, "APPROVED", null)).isInstanceOf(ApprovalNeedsAFactorAndAnAction.class);
        assertThat(world.review.find(id).status()).isEqualTo("IN_REVIEW");
    }

    @Test
    void approval_withAFactorAndAReasonWhyNoActionIsNeeded_isAllowed() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.review.addFactor(new AddFactor(id, "TOOLS", "Old terminal", List.of(), null));
        world.review.edit(new EditReview(id, null, null, null, null, null, null, null, null, null, "The terminal is replaced next week",
                null, null, null, null));
        move(id, "IN_REVIEW", null);

        assertThat(move(id, "APPROVED", null).status()).isEqualTo("APPROVED");
    }

    @Test
    void withASecondLeaderNeeded_theFirstApprovalWaits_theSameLeaderIsRefused_andASecondLeaderApproves() {
        world.settings.save(switchedOn());
        dimple.domain.identity.Account leo = world.world.accounts.findByUsername("leo").orElseThrow();
        leo.assignTeams(Set.of(world.world.onlineOrders.id()), Set.of(world.world.onlineOrders.id(), world.world.frontDesk.id()));
        String id = readyToApprove();

        ReviewView first = move(id, "APPROVED", null);

        assertThat(first.status()).isEqualTo("IN_REVIEW");
        assertThat(first.awaitsSecondApproval()).isTrue();
        assertThat(first.firstApprovedBy().username()).isEqualTo("lena");
        assertThat(world.review.history(id, 0, 20).items()).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("firstApproval");
            assertThat(h.newValue()).isEqualTo("Lena Leader");
        });
        assertThatThrownBy(() -> move(id, "APPROVED", null)).isInstanceOf(dimple.domain.review.ASecondLeaderApproves.class);
        assertThat(world.as("leo").review.move(new MoveReview(id, "APPROVED", null, null)).status()).isEqualTo("APPROVED");
    }

    @Test
    void withoutTheSetting_oneLeaderApproves() {
        String id = readyToApprove();

        assertThat(move(id, "APPROVED", null).status()).isEqualTo("APPROVED");
    }

    @Test
    void hintsWhileTyping_comeFromTheSameWordsAsTheReportForm_andNameTheField() {
        world.as("lena");

        assertThat(world.review.hintsWhileTyping("summary", "The clerk was careless and should have checked."))
                .extracting(ReviewHint::field).containsOnly("summary").isNotEmpty();
        assertThat(world.review.hintsWhileTyping("summary", "The terminal timed out without a message.")).isEmpty();
    }

    private String readyToApprove() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.review.addFactor(new AddFactor(id, "TOOLS", "Old terminal", List.of(), null));
        world.review.edit(new EditReview(id, null, null, null, null, null, null, null, null, null, "The terminal is replaced next week",
                null, null, null, null));
        move(id, "IN_REVIEW", null);
        return id;
    }

    private static dimple.domain.identity.OrganisationSetting switchedOn() {
        dimple.domain.identity.OrganisationSetting on = dimple.domain.identity.OrganisationSetting.off(
                dimple.domain.identity.SettingName.SECOND_LEADER_APPROVES_REVIEWS);
        on.switchTo(true, "admin-id", java.time.Instant.parse("2026-11-23T09:00:00Z"));
        return on;
    }

    @Test
    void skippingAState_isRefused() {
        String id = world.reviewOfEmmasReport("NAMED");

        assertThatThrownBy(() -> move(id, "PUBLISHED", null)).isInstanceOf(ReviewCannotMove.class);
        assertThatThrownBy(() -> move(id, "LIMBO", null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void publishing_freezesTheReview_publishesTheLesson_closesTheReport_andTellsTheReporterWhatChanged() {
        String id = readyForApproval();
        world.review.edit(new EditReview(id, null, null, "Check the payment list before charging again.", null, null, null, null, null,
                null, null, null, null, null, null));
        move(id, "APPROVED", null);

        ReviewView published = move(id, "PUBLISHED", null);

        assertThat(published.status()).isEqualTo("PUBLISHED");
        assertThat(published.lessonId()).isNotNull();
        assertThat(published.mayEdit()).isFalse();
        assertThat(published.nextStates()).isEmpty();
        assertThat(published.lesson().takeaway()).isEqualTo("Check the payment list before charging again.");
        assertThat(world.lessons.byId.get(published.lessonId()).actionIds()).hasSize(1);
        String reportId = published.reports().get(0).id();
        assertThat(world.as("emma").reporting.find(reportId).status()).isEqualTo("CLOSED");
        assertThat(world.as("emma").inbox.inbox(0, 5).items().get(0)).satisfies(n -> {
            assertThat(n.kind()).isEqualTo("REVIEW_PUBLISHED");
            assertThat(English.of(n.message())).contains("What changes because you reported: Check the payment list before charging again.");
        });
    }

    @Test
    void aPublishedReview_refusesEveryChange() {
        String id = readyForApproval();
        move(id, "APPROVED", null);
        move(id, "PUBLISHED", null);
        world.as("lena");

        assertThatThrownBy(() -> world.review.edit(whatHappened(id, "Later thoughts", null))).isInstanceOf(PublishedReviewIsFrozen.class);
        assertThatThrownBy(() -> world.review.edit(edit(id))).as("even an empty change").isInstanceOf(PublishedReviewIsFrozen.class);
        assertThatThrownBy(() -> world.review.addTimelineEntry(new AddTimelineEntry(id, NOW, "Late", null, null)))
                .isInstanceOf(PublishedReviewIsFrozen.class);
        assertThatThrownBy(() -> world.review.addFactor(new AddFactor(id, "POLICY", "Late", List.of(), null)))
                .isInstanceOf(PublishedReviewIsFrozen.class);
        assertThatThrownBy(() -> world.review.planAction(new PlanAction(id, "Late", "CORRECTIVE", "lena", null, null)))
                .isInstanceOf(PublishedReviewIsFrozen.class);
        assertThatThrownBy(() -> move(id, "DRAFTING", "Reopen")).isInstanceOf(PublishedReviewIsFrozen.class);
    }

    @Test
    void aConfidentialReporter_appearsNowhereInTheReviewItsHistoryOrItsLesson() {
        String id = world.reviewOfEmmasReport("CONFIDENTIAL");
        world.review.addFactor(new AddFactor(id, "TOOLS", "Old encoder", List.of(), null));
        world.review.planAction(new PlanAction(id, "Replace the encoder", "CORRECTIVE", "lena", null, null));
        move(id, "IN_REVIEW", null);
        move(id, "APPROVED", null);
        ReviewView published = move(id, "PUBLISHED", null);

        PageView<HistoryEntryView> history = world.review.history(id, 0, 100);
        String everything = published + " " + history + " " + world.lessons.byId.values().stream()
                .map(l -> l.title() + l.takeaway() + l.body() + l.tags()).toList();
        assertThat(everything).doesNotContain("emma").doesNotContain("Emma").doesNotContain(world.idOf("emma"));
        assertThat(history.items()).extracting(HistoryEntryView::actor).containsOnly("lena");
    }

    @Test
    void list_showsTheReviewsOfLedTeams_andThoseOnesTakesPartIn() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.as("lena").review.edit(new EditReview(id, null, null, null, null, null, null, null, null, null, null, null, List.of("eli"),
                null, null));

        assertThat(world.as("lena").review.list(null, 0, 20).items()).extracting(ReviewSummary::id).containsExactly(id);
        assertThat(world.as("eli").review.list("DRAFTING", 0, 20).items()).extracting(ReviewSummary::id).containsExactly(id);
        assertThat(world.as("eli").review.list("PUBLISHED", 0, 20).items()).isEmpty();
        assertThat(world.as("leo").review.list(null, 0, 20).items()).isEmpty();
    }

    @Test
    void suggestPeople_findsEnabledAccountsByNameOrUsername() {
        world.reviewOfEmmasReport("NAMED");

        assertThat(world.as("lena").review.suggestPeople("employee")).extracting(PersonView::username).containsExactlyInAnyOrder("emma", "eli");
        assertThat(world.review.suggestPeople(" ")).isEmpty();
    }

    // --- corrections while drafting (issue 19) ---

    @Test
    void aNewReviewOfAConfidentialReport_doesNotCopyTheReportersOwnWords() {
        String id = world.reviewOfEmmasReport("CONFIDENTIAL");

        assertThat(world.as("lena").review.find(id).whatHappened()).isNull();
    }

    @Test
    void aNewReview_startsWithTheReportsStory_andNeverWithWhoReportedIt() {
        String id = world.reviewOfEmmasReport("NAMED");

        ReviewView view = world.as("lena").review.find(id);

        assertThat(view.whatHappened()).isEqualTo("The card encoder wrote room 214 while the screen showed 241.");
        assertThat(view.whatHappened()).doesNotContainIgnoringCase("emma");
        assertThat(world.review.history(id, 0, 20).items()).filteredOn(h -> h.field().equals("whatHappened"))
                .singleElement().satisfies(h -> assertThat(h.actor()).as("the leader who opened it").isEqualTo("lena"));
    }

    @Test
    void aStoryLongerThanTheFieldHolds_isShortenedWithAnEllipsis() {
        String fitted = TriagedReports.fitted("a".repeat(dimple.domain.review.ReviewText.WHAT_HAPPENED.max() + 50));

        assertThat(fitted).hasSize(dimple.domain.review.ReviewText.WHAT_HAPPENED.max()).endsWith("\u2026");
    }

    @Test
    void correctingATimelineTime_reSortsTheStory_andTheHistorySaysWhatItWas() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.review.addTimelineEntry(new AddTimelineEntry(id, NOW.minusSeconds(3600), "Key card encoded", null, null));
        TimelineEntryView wrong = world.review.addTimelineEntry(new AddTimelineEntry(id, NOW.minusSeconds(600), "Guest checked in", null, null));

        world.review.correctTimelineEntry(new CorrectTimelineEntry(id, wrong.id(), NOW.minusSeconds(7200), "Guest checked in", "EVENT", null));

        assertThat(world.review.find(id).timeline()).extracting(TimelineEntryView::text).containsExactly("Guest checked in", "Key card encoded");
        assertThat(world.review.history(id, 0, 20).items()).first().satisfies(h -> {
            assertThat(h.field()).isEqualTo("timeline");
            assertThat(h.oldValue()).contains("Guest checked in");
            assertThat(h.actor()).isEqualTo("lena");
        });
    }

    @Test
    void takingOutAFactorAndAMoment_leavesTheRest() {
        String id = world.reviewOfEmmasReport("NAMED");
        FactorView keep = world.review.addFactor(new AddFactor(id, "TOOLS", "The encoder swaps digits", List.of(), null));
        FactorView gone = world.review.addFactor(new AddFactor(id, "WORKLOAD", "A typo", List.of(), null));
        TimelineEntryView moment = world.review.addTimelineEntry(new AddTimelineEntry(id, NOW.minusSeconds(600), "Typed twice", null, null));

        world.review.removeFactor(new TakeOutOfReview(id, gone.id(), null));
        ReviewView view = world.review.removeTimelineEntry(new TakeOutOfReview(id, moment.id(), null));

        assertThat(view.factors()).extracting(FactorView::id).containsExactly(keep.id());
        assertThat(view.timeline()).isEmpty();
        assertThatThrownBy(() -> world.review.removeFactor(new TakeOutOfReview(id, gone.id(), null))).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void corrections_needSomeoneWhoMayEditTheReview_andADraftingReview() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.review.edit(new EditReview(id, null, null, null, null, null, null, null, null, null, null, null, List.of("eli"), null, null));
        FactorView factor = world.review.addFactor(new AddFactor(id, "TOOLS", "The encoder swaps digits", List.of(), null));

        assertThatThrownBy(() -> world.as("eli").review.removeFactor(new TakeOutOfReview(id, factor.id(), null)))
                .as("a participant reads, but does not change").isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> world.as("leo").review.removeFactor(new TakeOutOfReview(id, factor.id(), null)))
                .as("a leader of another team does not even see it").isInstanceOf(RecordNotFound.class);

        move(id, "IN_REVIEW", null);
        assertThatThrownBy(() -> world.as("lena").review.correctFactor(new CorrectFactor(id, factor.id(), "PROCESS", "Other", List.of(), null)))
                .isInstanceOf(dimple.domain.review.OnlyDraftsAreCorrected.class);
        assertThat(world.review.find(id).factors()).extracting(FactorView::description).containsExactly("The encoder swaps digits");
    }

    @Test
    void revisingAnAction_whileDrafting_changesItsOwner_andTheHistoryNamesThePeople() {
        String id = world.reviewOfEmmasReport("NAMED");
        ActionView planned = world.review.planAction(new PlanAction(id, "Check digits", "CORRECTIVE", "lena", null, null));

        ActionView revised = world.review.reviseAction(new ReviseAction(id, planned.id(), "Read the room number back", "PREVENTIVE", "emma",
                LocalDate.of(2026, 12, 24), "HIGH"));

        assertThat(revised.title()).isEqualTo("Read the room number back");
        assertThat(revised.owner()).isEqualTo("emma");
        assertThat(revised.dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(world.review.history(id, 0, 20).items()).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("owner");
            assertThat(h.oldValue()).isEqualTo("Lena Leader");
            assertThat(h.newValue()).isEqualTo("Emma Employee");
        });
        assertThatThrownBy(() -> world.review.reviseAction(new ReviseAction(id, planned.id(), " ", "PREVENTIVE", "emma", null, null)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void tagsInUse_onTheReviewsOneSees_areSuggested_startingWithTheTextFirst() {
        String id = world.reviewOfEmmasReport("NAMED");
        world.review.edit(new EditReview(id, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of("check-in", "keys", "room checks"), null));

        assertThat(world.review.suggestTags("CHE")).containsExactly("check-in", "room checks");
        assertThat(world.review.suggestTags(" ")).isEmpty();
        assertThat(world.as("leo").review.suggestTags("che")).as("not from a review of another team").isEmpty();
    }
}
