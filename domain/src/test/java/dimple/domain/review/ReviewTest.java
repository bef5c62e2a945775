package dimple.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReviewTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String TEAM = "team-front-desk";

    private final Account lena = person("lena", Set.of(Role.LEADER), TEAM);
    private final Account leo = person("leo", Set.of(Role.LEADER), "team-online");
    private final Account emma = person("emma", Set.of(Role.EMPLOYEE), null);
    private final Account eli = person("eli", Set.of(Role.EMPLOYEE), null);

    private static Account person(String username, Set<Role> roles, String leads) {
        Account account = Account.open(username, username, "hash", roles, NOW);
        account.assignTeams(Set.of(), leads == null ? Set.of() : Set.of(leads));
        return account;
    }

    private Review review() {
        return Review.open("report-1", TEAM, "Guest charged twice", lena.id(), NOW);
    }

    private static Instant at(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    private ActionItem action(Review review) {
        return ActionItem.plan(review, "Void the first payment when the terminal times out", ActionType.CORRECTIVE, emma.id(), null,
                null, lena.id(), at(5));
    }

    /** A review in review with a factor: one step short of approval. */
    private Review inReviewWithFactor() {
        Review review = review();
        review.addFactor(FactorCategory.TOOLS, "The terminal shows no result after a timeout", List.of("It was never configured to"), at(1));
        review.submitForReview(at(2));
        return review;
    }

    @Test
    void open_startsDrafting_coversTheReport_andTheOpeningLeaderFacilitates() {
        Review review = review();

        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFTING);
        assertThat(review.title()).isEqualTo("Guest charged twice");
        assertThat(review.reportIds()).containsExactly("report-1");
        assertThat(review.facilitatorAccountId()).contains(lena.id());
        assertThat(review.teamId()).isEqualTo(TEAM);
        assertThat(review.takeChanges()).containsExactly(new FieldChange("status", null, "DRAFTING"));
    }

    @Test
    void write_recordsEachChangedField_withOldAndNewValue_andIgnoresWhatDidNotChange() {
        Review review = review();
        review.takeChanges();

        review.write(ReviewText.WHAT_HAPPENED, "  The terminal timed out and the payment ran twice.  ", at(1));
        review.write(ReviewText.WHAT_HAPPENED, "The terminal timed out and the payment ran twice.", at(2));
        review.write(ReviewText.WHAT_HAPPENED, "The terminal timed out; the second payment went through too.", at(3));
        review.write(ReviewText.GOT_LUCKY, "", at(4));

        assertThat(review.text(ReviewText.WHAT_HAPPENED)).isEqualTo("The terminal timed out; the second payment went through too.");
        assertThat(review.takeChanges()).containsExactly(
                new FieldChange("whatHappened", null, "The terminal timed out and the payment ran twice."),
                new FieldChange("whatHappened", "The terminal timed out and the payment ran twice.",
                        "The terminal timed out; the second payment went through too."));
        assertThat(review.updatedAt()).isEqualTo(at(3));
        assertThat(review.takeChanges()).as("taken once").isEmpty();
    }

    @Test
    void write_blankEmptiesAField_butTheTitleStays() {
        Review review = review();
        review.write(ReviewText.SUMMARY, "A double charge", at(1));

        review.write(ReviewText.SUMMARY, "   ", at(2));

        assertThat(review.text(ReviewText.SUMMARY)).isNull();
        assertThatThrownBy(() -> review.write(ReviewText.TITLE, " ", at(3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(review.title()).isEqualTo("Guest charged twice");
    }

    @Test
    void write_longerThanTheFieldHolds_isRefused() {
        assertThatThrownBy(() -> review().write(ReviewText.TAKEAWAY, "x".repeat(ReviewText.TAKEAWAY.max() + 1), at(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeline_isShownInTheOrderThingsHappened_notTheOrderTheyWereAdded() {
        Review review = review();

        review.addTimelineEntry(NOW.minus(Duration.ofHours(1)), "Guest noticed the second charge", TimelineKind.DETECTION, at(1));
        review.addTimelineEntry(NOW.minus(Duration.ofHours(3)), "Terminal timed out", null, at(2));
        review.addTimelineEntry(NOW.minus(Duration.ofHours(3)), "Payment run again", TimelineKind.DECISION, at(3));

        assertThat(review.timeline()).extracting(TimelineEntry::text)
                .containsExactly("Terminal timed out", "Payment run again", "Guest noticed the second charge");
        assertThat(review.timeline().get(0).kind()).as("the default kind").isEqualTo(TimelineKind.EVENT);
    }

    @Test
    void timeline_entryInTheFuture_orWithoutText_isRefused() {
        Review review = review();

        assertThatThrownBy(() -> review.addTimelineEntry(at(10), "Later", TimelineKind.EVENT, at(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> review.addTimelineEntry(NOW, " ", TimelineKind.EVENT, at(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(review.timeline()).isEmpty();
    }

    @Test
    void correctTimelineEntry_withAnEarlierTime_reordersTheStory_andTheHistoryKeepsTheOldMoment() {
        Review review = review();
        TimelineEntry first = review.addTimelineEntry(NOW.minus(Duration.ofHours(3)), "Terminal timed out", null, at(1));
        TimelineEntry typo = review.addTimelineEntry(NOW.minus(Duration.ofHours(1)), "Payment run again", TimelineKind.DECISION, at(2));
        review.takeChanges();

        review.correctTimelineEntry(typo.id(), NOW.minus(Duration.ofHours(4)), "Payment run again at once", null, at(3));

        assertThat(review.timeline()).extracting(TimelineEntry::text).containsExactly("Payment run again at once", "Terminal timed out");
        assertThat(review.timeline().get(0).kind()).as("null keeps the kind").isEqualTo(TimelineKind.DECISION);
        assertThat(first.text()).isEqualTo("Terminal timed out");
        assertThat(review.takeChanges()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("timeline");
            assertThat(c.oldValue()).contains("Payment run again").doesNotContain("at once");
            assertThat(c.newValue()).contains("Payment run again at once");
        });
    }

    @Test
    void removeTimelineEntry_takesItOut_andANewEntryStillComesInOrder() {
        Review review = review();
        TimelineEntry wrong = review.addTimelineEntry(NOW.minus(Duration.ofHours(2)), "Told the wrong guest", null, at(1));
        review.addTimelineEntry(NOW.minus(Duration.ofHours(1)), "Refund issued", null, at(2));
        review.takeChanges();

        review.removeTimelineEntry(wrong.id(), at(3));
        review.addTimelineEntry(NOW.minus(Duration.ofHours(1)), "Guest thanked the desk", null, at(4));

        assertThat(review.timeline()).extracting(TimelineEntry::text).containsExactly("Refund issued", "Guest thanked the desk");
        assertThat(review.takeChanges()).first().satisfies(c -> {
            assertThat(c.oldValue()).contains("Told the wrong guest");
            assertThat(c.newValue()).isNull();
        });
    }

    @Test
    void correctTimelineEntry_intoTheFuture_orUnknown_isRefused_andNothingChanges() {
        Review review = review();
        TimelineEntry entry = review.addTimelineEntry(NOW.minus(Duration.ofHours(2)), "Terminal timed out", null, at(1));

        assertThatThrownBy(() -> review.correctTimelineEntry(entry.id(), at(30), "Terminal timed out", null, at(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> review.correctTimelineEntry(entry.id(), NOW, " ", null, at(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> review.removeTimelineEntry("no-such-entry", at(2))).isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(review.timeline()).singleElement().satisfies(e -> {
            assertThat(e.happenedAt()).isEqualTo(NOW.minus(Duration.ofHours(2)));
            assertThat(e.text()).isEqualTo("Terminal timed out");
        });
    }

    @Test
    void correctAndRemoveFactor_whileDrafting_areRecordedAsChanges() {
        Review review = review();
        ContributingFactor paper = review.addFactor(FactorCategory.HANDOVER, "Night-shift notes are on paper", List.of("No field"), at(1));
        ContributingFactor rota = review.addFactor(FactorCategory.WORKLOAD, "One person at the desk", List.of(), at(2));
        review.takeChanges();

        review.correctFactor(paper.id(), FactorCategory.TOOLS, "The handover log has no field for promises", List.of(" ", "Nobody asked"), at(3));
        review.removeFactor(rota.id(), at(4));

        assertThat(review.factors()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(FactorCategory.TOOLS);
            assertThat(f.description()).isEqualTo("The handover log has no field for promises");
            assertThat(f.whys()).containsExactly("Nobody asked");
        });
        assertThat(review.takeChanges()).extracting(FieldChange::field, FieldChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("factors", "TOOLS: The handover log has no field for promises — why? Nobody asked"),
                        org.assertj.core.groups.Tuple.tuple("factors", null));
    }

    @Test
    void corrections_onceTheTeamReviewsIt_areRefused_untilItIsSentBack() {
        Review review = review();
        TimelineEntry entry = review.addTimelineEntry(NOW.minus(Duration.ofHours(2)), "Terminal timed out", null, at(1));
        ContributingFactor factor = review.addFactor(FactorCategory.TOOLS, "No result after a timeout", List.of(), at(1));
        review.submitForReview(at(2));

        assertThatThrownBy(() -> review.correctTimelineEntry(entry.id(), NOW.minus(Duration.ofHours(3)), "x", null, at(3)))
                .isInstanceOf(OnlyDraftsAreCorrected.class);
        assertThatThrownBy(() -> review.removeTimelineEntry(entry.id(), at(3))).isInstanceOf(OnlyDraftsAreCorrected.class);
        assertThatThrownBy(() -> review.correctFactor(factor.id(), FactorCategory.PROCESS, "x", List.of(), at(3)))
                .isInstanceOf(OnlyDraftsAreCorrected.class);
        assertThatThrownBy(() -> review.removeFactor(factor.id(), at(3))).isInstanceOf(OnlyDraftsAreCorrected.class);
        assertThat(review.timeline()).hasSize(1);
        assertThat(review.factors()).hasSize(1);

        review.sendBackToDrafting("The time of the timeout is wrong", at(4));
        review.correctTimelineEntry(entry.id(), NOW.minus(Duration.ofHours(3)), "Terminal timed out", null, at(5));
        assertThat(review.timeline().get(0).happenedAt()).isEqualTo(NOW.minus(Duration.ofHours(3)));
    }

    @Test
    void addFactor_keepsTheChainOfWhysInOrder_withoutBlanks() {
        Review review = review();

        ContributingFactor factor = review.addFactor(FactorCategory.HANDOVER, "Night-shift notes are on paper",
                List.of("The handover log has no field for promises", " ", "Nobody asked for one"), at(1));

        assertThat(factor.whys()).containsExactly("The handover log has no field for promises", "Nobody asked for one");
        assertThat(review.factors()).containsExactly(factor);
        assertThat(review.takeChanges()).last().satisfies(c -> {
            assertThat(c.field()).isEqualTo("factors");
            assertThat(c.newValue()).startsWith("HANDOVER: Night-shift notes are on paper — why? The handover log");
        });
    }

    @Test
    void addFactor_withTooManyWhys_isRefused() {
        List<String> whys = java.util.stream.IntStream.rangeClosed(1, ContributingFactor.MAX_WHYS + 1).mapToObj(i -> "why " + i).toList();

        assertThatThrownBy(() -> review().addFactor(FactorCategory.PROCESS, "x", whys, at(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void peopleAndTags_areRecordedAsChanges() {
        Review review = review();
        review.takeChanges();

        review.appointFacilitator(lena, emma, at(1));
        review.inviteParticipants(lena, Set.of(eli, emma), at(2));
        review.inviteParticipants(lena, Set.of(emma, eli), at(3));
        review.tag(List.of(" Payments ", "card terminal", "payments"), at(4));

        assertThat(review.tags()).containsExactly("payments", "card terminal");
        assertThat(review.takeChanges()).extracting(FieldChange::field).containsExactly("facilitator", "participants", "tags");
    }

    @Test
    void tags_thatAreNotWords_orTooMany_areRefused() {
        Review review = review();

        assertThatThrownBy(() -> review.tag(List.of("<script>"), at(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> review.tag(java.util.stream.IntStream.range(0, 11).mapToObj(i -> "t" + i).toList(), at(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cover_addsARelatedReportOfTheSameTeam_only() {
        Review review = review();

        review.cover("report-2", TEAM, at(1));
        review.cover("report-2", TEAM, at(2));

        assertThat(review.reportIds()).containsExactlyInAnyOrder("report-1", "report-2");
        assertThatThrownBy(() -> review.cover("report-3", "team-online", at(3))).isInstanceOf(ReviewCoversOneTeam.class);
    }

    // --- states ---

    @Test
    void submitForReview_movesDraftingToInReview() {
        Review review = review();

        review.submitForReview(at(1));

        assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    @Test
    void sendBackToDrafting_withAReason_keepsTheReason() {
        Review review = review();
        review.submitForReview(at(1));

        review.sendBackToDrafting("The timeline misses the night shift", at(2));

        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFTING);
        assertThat(review.returnReason()).isEqualTo("The timeline misses the night shift");
        assertThat(review.takeChanges()).contains(new FieldChange("status", "IN_REVIEW", "DRAFTING"),
                new FieldChange("returnReason", null, "The timeline misses the night shift"));
    }

    @Test
    void sendBackToDrafting_withoutAReason_isRefused() {
        Review review = review();
        review.submitForReview(at(1));

        assertThatThrownBy(() -> review.sendBackToDrafting("  ", at(2))).isInstanceOf(GoingBackNeedsAReason.class);
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    @Test
    void approve_withAFactorAndAnAction_approves() {
        Review review = inReviewWithFactor();
        ActionItem action = action(review);

        review.approve(List.of(action), at(6));

        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.approvedAt()).isEqualTo(at(6));
    }

    @Test
    void approve_withAFactorAndAReasonWhyNoActionIsNeeded_approves() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "The terminal is replaced next week anyway", at(3));

        review.approve(List.of(), at(4));

        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void approve_whenASecondLeaderIsNeeded_firstApprovalKeepsItInReviewAndSaysWho() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "The terminal is replaced next week anyway", at(3));
        review.takeChanges();

        boolean approved = review.approve(List.of(), lena.id(), true, at(4));

        assertThat(approved).isFalse();
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(review.awaitsSecondApproval()).isTrue();
        assertThat(review.firstApprovedByAccountId()).contains(lena.id());
        assertThat(review.approvedAt()).isNull();
        assertThat(review.takeChanges()).containsExactly(new FieldChange("firstApproval", null, lena.id()));
    }

    @Test
    void approve_byASecondDifferentLeader_approves() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "The terminal is replaced next week anyway", at(3));
        review.approve(List.of(), lena.id(), true, at(4));

        boolean approved = review.approve(List.of(), leo.id(), true, at(5));

        assertThat(approved).isTrue();
        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.approvedAt()).isEqualTo(at(5));
        assertThat(review.awaitsSecondApproval()).isFalse();
    }

    @Test
    void approve_twiceBySameLeader_whenASecondIsNeeded_isRefusedAndChangesNothing() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "The terminal is replaced next week anyway", at(3));
        review.approve(List.of(), lena.id(), true, at(4));
        review.takeChanges();

        assertThatThrownBy(() -> review.approve(List.of(), lena.id(), true, at(5))).isInstanceOf(ASecondLeaderApproves.class)
                .hasMessage("rule.aSecondLeaderApproves");
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(review.takeChanges()).isEmpty();
    }

    @Test
    void approve_withoutTheSetting_oneLeaderApproves() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "The terminal is replaced next week anyway", at(3));

        assertThat(review.approve(List.of(), lena.id(), false, at(4))).isTrue();

        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.firstApprovedByAccountId()).isEmpty();
    }

    @Test
    void firstApproval_doesNotCarryOverWhenTheReviewGoesBackToDrafting() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "The terminal is replaced next week anyway", at(3));
        review.approve(List.of(), lena.id(), true, at(4));

        review.sendBackToDrafting("The timeline misses the second charge", at(5));
        review.submitForReview(at(6));

        assertThat(review.firstApprovedByAccountId()).isEmpty();
        assertThat(review.approve(List.of(), lena.id(), true, at(7))).isFalse();
    }

    @Test
    void firstApproval_stillNeedsAFactorAndAnAction() {
        Review review = review();
        review.submitForReview(at(1));

        assertThatThrownBy(() -> review.approve(List.of(), lena.id(), true, at(2))).isInstanceOf(ApprovalNeedsAFactorAndAnAction.class);
        assertThat(review.firstApprovedByAccountId()).isEmpty();
    }

    @Test
    void approve_withoutAFactor_isRefused() {
        Review review = review();
        review.submitForReview(at(1));
        ActionItem action = action(review);

        assertThatThrownBy(() -> review.approve(List.of(action), at(6))).isInstanceOf(ApprovalNeedsAFactorAndAnAction.class)
                .hasMessage("rule.approvalNeedsAFactorAndAnAction.factor");
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    @Test
    void approve_withoutAnActionOrAReason_isRefused_andDroppedOrOtherReviewsActionsDoNotCount() {
        Review review = inReviewWithFactor();
        ActionItem dropped = action(review);
        dropped.moveTo(ActionStatus.NOT_DOING, "Covered by the new terminal", at(6));
        ActionItem elsewhere = action(review());

        assertThatThrownBy(() -> review.approve(List.of(dropped, elsewhere), at(7))).isInstanceOf(ApprovalNeedsAFactorAndAnAction.class)
                .hasMessage("rule.approvalNeedsAFactorAndAnAction.action");
    }

    @Test
    void approve_withNeither_namesBothThingsMissing() {
        Review review = review();
        review.submitForReview(at(1));

        assertThatThrownBy(() -> review.approve(List.of(), at(2))).hasMessage("rule.approvalNeedsAFactorAndAnAction.both");
    }

    @Test
    void publish_freezesTheApprovedReview_andTellsWhatItFound_forItsLesson() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.HOW_FIXED, "Void the first payment when the terminal times out. Then check the bank app.", at(3));
        review.write(ReviewText.WHAT_HAPPENED, "The payment ran twice.", at(3));
        review.tag(List.of("payments"), at(3));
        review.cover("report-2", TEAM, at(3));
        ActionItem action = action(review);
        ActionItem dropped = action(review);
        dropped.moveTo(ActionStatus.NOT_DOING, "The first one covers it", at(5));
        review.approve(List.of(action, dropped), at(6));
        review.takeEvents();

        review.publish(List.of(action, dropped), at(7));

        assertThat(review.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(review.isFrozen()).isTrue();
        assertThat(review.publishedAt()).isEqualTo(at(7));
        List<DomainEvent> events = review.takeEvents();
        assertThat(events).singleElement().isInstanceOf(ReviewPublished.class);
        ReviewPublished published = (ReviewPublished) events.get(0);
        assertThat(review.lessonId()).contains(published.lessonId());
        assertThat(published.reviewId()).isEqualTo(review.id());
        assertThat(published.teamId()).isEqualTo(TEAM);
        assertThat(published.reportIds()).containsExactly("report-1", "report-2");
        assertThat(published.title()).isEqualTo("Guest charged twice");
        assertThat(published.howFixed()).isEqualTo("Void the first payment when the terminal times out. Then check the bank app.");
        assertThat(published.whatHappened()).isEqualTo("The payment ran twice.");
        assertThat(published.summary()).isNull();
        assertThat(published.tags()).containsExactly("payments");
        assertThat(published.factors()).containsExactly(new ReviewPublished.Factor("TOOLS", "The terminal shows no result after a timeout",
                List.of("It was never configured to")));
        assertThat(published.actions()).as("the dropped action is left out").containsExactly(
                new ReviewPublished.PlannedAction(action.id(), "Void the first payment when the terminal times out", "CORRECTIVE"));
        assertThat(published.occurredAt()).isEqualTo(at(7));
        assertThat(published.aggregate()).isEqualTo("review:" + review.id());
    }

    @Test
    void publish_tellsNobodyWhoTookPart() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.TAKEAWAY, "After a terminal timeout, check before charging again.", at(3));
        review.appointFacilitator(lena, emma, at(3));
        review.inviteParticipants(lena, Set.of(eli), at(3));
        review.write(ReviewText.NO_ACTION_REASON, "The terminal is replaced", at(3));
        review.approve(List.of(), at(4));

        review.publish(List.of(), at(5));

        String told = review.takeEvents().toString();
        assertThat(told).contains("After a terminal timeout, check before charging again.", "The terminal is replaced")
                .doesNotContain(emma.id()).doesNotContain(eli.id()).doesNotContain(lena.id());
    }

    @Test
    void changesBeforePublishing_recordNoEvent() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "Nothing to do", at(3));
        review.approve(List.of(), at(4));

        assertThat(review.takeEvents()).isEmpty();
    }

    @Test
    void publish_beforeApproval_isRefused() {
        Review review = inReviewWithFactor();

        assertThatThrownBy(() -> review.publish(List.of(), at(5))).isInstanceOf(ReviewCannotMove.class)
                .hasMessage("rule.reviewCannotMove[IN_REVIEW, PUBLISHED]");
    }

    @ParameterizedTest(name = "{0} cannot be skipped to")
    @EnumSource(value = ReviewStatus.class, names = {"APPROVED", "PUBLISHED"})
    void drafting_cannotSkipAhead(ReviewStatus to) {
        Review review = review();

        assertThatThrownBy(() -> {
            if (to == ReviewStatus.APPROVED) {
                review.approve(List.of(), at(1));
            } else {
                review.publish(List.of(), at(1));
            }
        }).isInstanceOf(ReviewCannotMove.class);
        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFTING);
    }

    @Test
    void approvedReview_cannotGoBack_orBeSubmittedAgain() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "Nothing to do", at(3));
        review.approve(List.of(), at(4));

        assertThatThrownBy(() -> review.sendBackToDrafting("More work", at(5))).isInstanceOf(ReviewCannotMove.class);
        assertThatThrownBy(() -> review.submitForReview(at(5))).isInstanceOf(ReviewCannotMove.class);
        assertThatThrownBy(() -> review.approve(List.of(), at(5))).isInstanceOf(ReviewCannotMove.class);
    }

    @Test
    void aPublishedReview_refusesEveryChange() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.NO_ACTION_REASON, "Nothing to do", at(3));
        review.approve(List.of(), at(4));
        review.publish(List.of(), at(5));
        long changesBefore = review.takeChanges().size();

        List<ThrowingConsumer<Review>> changes = List.of(
                r -> r.write(ReviewText.SUMMARY, "Later thoughts", at(6)),
                r -> r.addTimelineEntry(NOW, "Late entry", TimelineKind.EVENT, at(6)),
                r -> r.addFactor(FactorCategory.POLICY, "x", List.of(), at(6)),
                r -> r.appointFacilitator(lena, emma, at(6)),
                r -> r.inviteParticipants(lena, Set.of(eli), at(6)),
                r -> r.tag(List.of("late"), at(6)),
                r -> r.cover("report-9", TEAM, at(6)),
                r -> r.submitForReview(at(6)),
                r -> r.sendBackToDrafting("why", at(6)),
                r -> r.approve(List.of(), at(6)),
                r -> r.publish(List.of(), at(6)),
                r -> ActionItem.plan(r, "Late action", ActionType.PREVENTIVE, emma.id(), null, null, lena.id(), at(6)));
        for (ThrowingConsumer<Review> change : changes) {
            assertThatThrownBy(() -> change.accept(review)).isInstanceOf(PublishedReviewIsFrozen.class);
        }
        assertThat(changesBefore).isPositive();
        assertThat(review.takeChanges()).isEmpty();
        assertThat(review.status()).isEqualTo(ReviewStatus.PUBLISHED);
    }

    // --- who ---

    /** A member of the team (not a leader), another member, and a member of another team. */
    private record People(Account facilitator, Account colleague, Account outsider) {
    }

    private People people() {
        Account facilitator = Account.open("fay", "Fay Member", "hash", Set.of(Role.EMPLOYEE), NOW);
        facilitator.assignTeams(Set.of(TEAM), Set.of());
        Account colleague = Account.open("cole", "Cole Member", "hash", Set.of(Role.EMPLOYEE), NOW);
        colleague.assignTeams(Set.of(TEAM), Set.of());
        Account outsider = Account.open("otto", "Otto Outside", "hash", Set.of(Role.EMPLOYEE), NOW);
        outsider.assignTeams(Set.of("team-online"), Set.of());
        return new People(facilitator, colleague, outsider);
    }

    @Test
    void inviteParticipants_byAFacilitatorWhoIsNotALeader_fromAnotherTeam_isRefusedAndNothingChanges() {
        People p = people();
        Review review = review();
        review.appointFacilitator(lena, p.facilitator(), at(1));
        review.takeChanges();

        assertThatThrownBy(() -> review.inviteParticipants(p.facilitator(), Set.of(p.colleague(), p.outsider()), at(2)))
                .isInstanceOf(OnlyLeadersInviteOtherTeams.class)
                .hasMessage("rule.onlyLeadersInviteOtherTeams");
        assertThat(review.participantAccountIds()).isEmpty();
        assertThat(review.isVisibleTo(p.outsider())).isFalse();
        assertThat(review.takeChanges()).isEmpty();
    }

    @Test
    void inviteParticipants_byAFacilitatorWhoIsNotALeader_membersOfTheTeam_andTheTeamsLeaders_areWelcome() {
        People p = people();
        Review review = review();
        review.appointFacilitator(lena, p.facilitator(), at(1));

        review.inviteParticipants(p.facilitator(), Set.of(p.colleague(), lena), at(2));

        assertThat(review.participantAccountIds()).containsExactlyInAnyOrder(p.colleague().id(), lena.id());
    }

    @Test
    void inviteParticipants_byALeaderOfTheTeam_mayBringPeopleOfOtherTeams() {
        People p = people();
        Review review = review();

        review.inviteParticipants(lena, Set.of(p.outsider()), at(1));

        assertThat(review.isVisibleTo(p.outsider())).isTrue();
    }

    @Test
    void inviteParticipants_byAFacilitatorWhoIsNotALeader_keepsOrRemovesWhomALeaderBroughtIn() {
        People p = people();
        Review review = review();
        review.appointFacilitator(lena, p.facilitator(), at(1));
        review.inviteParticipants(lena, Set.of(p.outsider()), at(2));

        review.inviteParticipants(p.facilitator(), Set.of(p.outsider(), p.colleague()), at(3));
        assertThat(review.participantAccountIds()).containsExactlyInAnyOrder(p.outsider().id(), p.colleague().id());
        review.inviteParticipants(p.facilitator(), Set.of(p.colleague()), at(4));
        assertThat(review.participantAccountIds()).containsExactly(p.colleague().id());
    }

    @Test
    void appointFacilitator_byAFacilitatorWhoIsNotALeader_fromAnotherTeam_isRefused_withinTheTeamIsFine() {
        People p = people();
        Review review = review();
        review.appointFacilitator(lena, p.facilitator(), at(1));

        assertThatThrownBy(() -> review.appointFacilitator(p.facilitator(), p.outsider(), at(2))).isInstanceOf(OnlyLeadersInviteOtherTeams.class);
        assertThat(review.isFacilitatedBy(p.facilitator().id())).isTrue();
        review.appointFacilitator(p.facilitator(), p.colleague(), at(3));
        assertThat(review.isFacilitatedBy(p.colleague().id())).isTrue();
    }

    @Test
    void leadersOfTheTeam_theFacilitatorAndParticipants_seeIt_onlyLeadersAndTheFacilitatorChangeIt() {
        Review review = review();
        review.appointFacilitator(lena, emma, at(1));
        review.inviteParticipants(lena, Set.of(eli), at(1));

        assertThat(review.isVisibleTo(lena)).isTrue();
        assertThat(review.isVisibleTo(emma)).isTrue();
        assertThat(review.isVisibleTo(eli)).isTrue();
        assertThat(review.isVisibleTo(leo)).isFalse();
        assertThat(review.mayBeEditedBy(lena)).isTrue();
        assertThat(review.mayBeEditedBy(emma)).isTrue();
        assertThat(review.mayBeEditedBy(eli)).isFalse();
        assertThat(review.mayBeEditedBy(leo)).isFalse();
    }

    @Test
    void actionItems_dueInSevenDaysByDefault() {
        ActionItem action = action(review());

        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(action.priority()).isEqualTo(ActionPriority.MEDIUM);
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
    }
}
