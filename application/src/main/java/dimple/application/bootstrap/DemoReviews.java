package dimple.application.bootstrap;

import dimple.domain.identity.Account;
import dimple.domain.identity.Team;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonDraft;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionPriority;
import dimple.domain.review.ActionStatus;
import dimple.domain.review.ActionType;
import dimple.domain.review.FactorCategory;
import dimple.domain.review.FieldChange;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewHistory;
import dimple.domain.review.ReviewPublished;
import dimple.domain.review.ReviewRepository;
import dimple.domain.review.ReviewText;
import dimple.domain.review.TimelineKind;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Triage and blameless reviews on top of the demo reports ({@link DemoReports}), so every review
 * screen shows something: a review in each state (drafting after going back, in review, approved,
 * published with its lesson), timelines, factors with whys, action items in every state with some
 * overdue, a report noted, reports still waiting for triage, and the notifications their reporters got.
 * Reports are found by their titles; a missing one is left out.
 */
@ApplicationScoped
public class DemoReviews {
    static final String CHARGED_TWICE = "Guest charged twice for one night";
    static final String LATE_CHECKOUT = "Late check-out promise not passed on";
    static final String KEY_CARD = "Key card encoded for the wrong room";
    static final String OLD_ADDRESS = "Parcel sent to the customer's old address";
    static final String DISCOUNT = "Discount code applied twice to one order";

    private MistakeReportRepository reports;
    private ReviewRepository reviews;
    private ActionItemRepository actions;
    private ReviewHistory history;
    private LessonRepository lessons;
    private NotificationRepository notifications;

    protected DemoReviews() {
    }

    @Inject
    public DemoReviews(MistakeReportRepository reports, ReviewRepository reviews, ActionItemRepository actions, ReviewHistory history,
                       LessonRepository lessons, NotificationRepository notifications) {
        this.reports = reports;
        this.reviews = reviews;
        this.actions = actions;
        this.history = history;
        this.lessons = lessons;
        this.notifications = notifications;
    }

    void seed(Account emma, Account eli, Account lena, Account leo, Team frontDesk, Team onlineOrders, Instant now) {
        Map<String, MistakeReport> front = byTitle(frontDesk);
        Map<String, MistakeReport> online = byTitle(onlineOrders);
        MistakeReport report;

        report = front.get(CHARGED_TWICE);
        if (report != null) {
            chargedTwice(report, lena, emma, now);
        }
        report = front.get(LATE_CHECKOUT);
        if (report != null) {
            lateCheckout(report, lena, now);
        }
        report = front.get(KEY_CARD);
        if (report != null) {
            Instant at = filedAt(report).plus(Duration.ofHours(5));
            report.triageAsNoted(lena, "Thank you for testing the card before handing it over. The left encoder is being replaced "
                    + "this week, so no review is needed.", at);
            reports.save(report);
            told(report, at, report.number() + " was noted by the team's leaders; no review is needed. Note from the team: "
                    + report.triageNote());
        }
        report = online.get(OLD_ADDRESS);
        if (report != null) {
            oldAddress(report, leo, eli, now);
        }
        report = online.get(DISCOUNT);
        if (report != null) {
            discount(report, leo, now);
        }
    }

    /** Published, with its lesson; one action done, one overdue in progress, one open. */
    private void chargedTwice(MistakeReport report, Account lena, Account emma, Instant now) {
        Instant t = filedAt(report).plus(Duration.ofHours(4));
        Review review = open(report, lena, t, "Thank you for reporting it the same day.");
        Instant happened = report.occurredAt();
        review.inviteParticipants(lena, List.of(emma), t);
        review.addTimelineEntry(happened.minus(Duration.ofMinutes(10)), "The guest checks out; the card terminal shows "
                + "\u201Cprocessing\u201D for two minutes, then times out.", TimelineKind.EVENT, t);
        review.addTimelineEntry(happened.minus(Duration.ofMinutes(8)), "The payment is run again: nothing on the terminal said the first "
                + "one had gone through.", TimelineKind.DECISION, t);
        review.addTimelineEntry(happened.plus(Duration.ofMinutes(50)), "The guest sees two charges in their banking app and comes back "
                + "to the desk.", TimelineKind.DETECTION, t);
        review.addTimelineEntry(happened.plus(Duration.ofMinutes(65)), "The second payment is refunded in cash; the guest leaves for the "
                + "airport calm.", TimelineKind.RECOVERY, t);
        review.addFactor(FactorCategory.TOOLS, "The terminal shows no result after a timeout",
                List.of("Its timeout screen was never switched on", "The set-up checklist of the terminal does not mention it"), t);
        review.addFactor(FactorCategory.PROCESS, "No step to check the payment list before charging again",
                List.of("The check-out guide was written before card terminals", "Nobody looks after the guide"), t);
        review.write(ReviewText.SUMMARY, "A card terminal timed out at check-out and the payment was run twice.", t);
        review.write(ReviewText.WHAT_HAPPENED, "At check-out the card terminal timed out without showing whether the payment had gone "
                + "through. The payment was run again and both went through.", t);
        review.write(ReviewText.WHY, "The terminal gives no answer after a timeout, and the check-out guide has no step for a timeout, "
                + "so running the payment again was the reasonable choice with what could be seen.", t);
        review.write(ReviewText.HOW_FIXED, "Switch on the terminal's timeout screen. Add \u201Ccheck the payment list before charging "
                + "again\u201D to the check-out guide.", t);
        review.write(ReviewText.WENT_WELL, "The guest was refunded on the spot and left calm; the report came in the same day.", t);
        review.write(ReviewText.WENT_WRONG, "Nothing on the terminal or in the guide helped at the moment it mattered.", t);
        review.write(ReviewText.GOT_LUCKY, "The guest checked their banking app before leaving for the airport.", t);
        review.write(ReviewText.TAKEAWAY, "After a card terminal times out, check the payment list before charging again.", t);
        review.tag(List.of("payments", "check-out"), t);
        save(review, lena, t);
        Instant planned = t.plus(Duration.ofHours(20));
        ActionItem screen = plan(review, "Switch on the terminal's timeout screen", ActionType.CORRECTIVE, lena, date(planned, 2),
                ActionPriority.HIGH, lena, planned);
        ActionItem guide = plan(review, "Add \u201Ccheck the payment list\u201D to the check-out guide", ActionType.PREVENTIVE, emma,
                date(planned, 1), ActionPriority.MEDIUM, lena, planned);
        ActionItem weekly = plan(review, "Compare refunds with double charges every week", ActionType.DETECTIVE, lena, date(now, 10),
                ActionPriority.LOW, lena, planned);
        review.submitForReview(planned.plus(Duration.ofHours(1)));
        review.approve(List.of(screen, guide, weekly), planned.plus(Duration.ofHours(2)));
        Instant published = planned.plus(Duration.ofHours(3));
        review.publish(List.of(screen, guide, weekly), published);
        ReviewPublished told = (ReviewPublished) review.takeEvents().stream().filter(ReviewPublished.class::isInstance).findFirst()
                .orElseThrow();
        save(review, lena, published);
        Lesson lesson = Lesson.publish(LessonDraft.of(told), published);
        lessons.save(lesson);
        report.closeAfterReview(review.id(), published);
        reports.save(report);
        notifications.save(Notification.to(report.reporterAccountId(), NotificationKind.REVIEW_PUBLISHED, "The review of your report "
                + report.number() + " is published. What changes because you reported: " + lesson.takeaway(), link(report), published));
        move(screen, ActionStatus.IN_PROGRESS, null, lena, published.plus(Duration.ofHours(1)));
        move(screen, ActionStatus.DONE, null, lena, published.plus(Duration.ofHours(5)));
        move(guide, ActionStatus.IN_PROGRESS, null, emma, published.plus(Duration.ofHours(2)));
    }

    /** In review; a confidential report, so no reporter appears anywhere; the leader's own action is overdue. */
    private void lateCheckout(MistakeReport report, Account lena, Instant now) {
        Instant t = filedAt(report).plus(Duration.ofHours(6));
        Review review = open(report, lena, t, null);
        Instant happened = report.occurredAt();
        review.addTimelineEntry(happened.minus(Duration.ofHours(8)), "The night shift promises two guests a late check-out and notes "
                + "it on paper.", TimelineKind.COMMUNICATION, t);
        review.addTimelineEntry(happened.minus(Duration.ofHours(2)), "The morning shift starts; the note is under the newspaper "
                + "delivery on the clipboard.", TimelineKind.EVENT, t);
        review.addTimelineEntry(happened, "Housekeeping knocks at 10:00 on both doors.", TimelineKind.DETECTION, t);
        review.addFactor(FactorCategory.HANDOVER, "Night-shift notes are on a clipboard, not in the handover log",
                List.of("The handover log has no field for promises to guests", "The log was designed for room status only"), t);
        review.write(ReviewText.WHAT_HAPPENED, "A late check-out promised at night did not reach the morning shift.", t);
        review.write(ReviewText.WHY, "Promises to guests travel on paper beside the log, where other papers cover them.", t);
        review.write(ReviewText.HOW_FIXED, "Keep promises to guests in the handover log.", t);
        review.tag(List.of("handover"), t);
        save(review, lena, t);
        Instant planned = t.plus(Duration.ofHours(1));
        plan(review, "Add a \u201Cpromises to guests\u201D field to the handover log", ActionType.PREVENTIVE, lena,
                date(now, -1), ActionPriority.HIGH, lena, planned);
        review.submitForReview(planned.plus(Duration.ofHours(1)));
        save(review, lena, planned.plus(Duration.ofHours(1)));
    }

    /** Approved; the employee's action is overdue. */
    private void oldAddress(MistakeReport report, Account leo, Account eli, Instant now) {
        Instant t = filedAt(report).plus(Duration.ofHours(3));
        Review review = open(report, leo, t, "We will look at the nightly export together.");
        review.inviteParticipants(leo, List.of(eli), t);
        Instant happened = report.occurredAt();
        review.addTimelineEntry(happened.minus(Duration.ofHours(1)), "The customer changes their address in the app.", TimelineKind.EVENT, t);
        review.addTimelineEntry(happened, "The packing slip prints from the nightly export, with the old address.", TimelineKind.EVENT, t);
        review.addTimelineEntry(happened.plus(Duration.ofHours(19)), "The carrier reroutes the second parcel the same day.",
                TimelineKind.RECOVERY, t);
        review.addFactor(FactorCategory.TOOLS, "Packing slips print from the nightly export",
                List.of("The live order screen cannot print slips", "Printing was added before the app allowed address changes"), t);
        review.addFactor(FactorCategory.PROCESS, "Address changes after the export are not flagged", List.of(), t);
        review.write(ReviewText.WHAT_HAPPENED, "A parcel went to the customer's old address although they had changed it in the app.", t);
        review.write(ReviewText.WHY, "Packing slips come from the nightly export, which does not see changes made later in the day.", t);
        review.write(ReviewText.HOW_FIXED, "Print packing slips from the live order. Flag orders whose address changed after the export.", t);
        review.write(ReviewText.WENT_WELL, "The carrier could still reroute the second parcel.", t);
        save(review, leo, t);
        Instant planned = t.plus(Duration.ofHours(24));
        ActionItem live = plan(review, "Print packing slips from the live order, not the nightly export", ActionType.CORRECTIVE, leo,
                date(now, 5), ActionPriority.HIGH, leo, planned);
        ActionItem flag = plan(review, "Flag orders whose address changed after the export", ActionType.DETECTIVE, eli,
                date(now, -1), ActionPriority.MEDIUM, leo, planned);
        move(live, ActionStatus.IN_PROGRESS, null, leo, planned.plus(Duration.ofHours(2)));
        review.submitForReview(planned.plus(Duration.ofHours(3)));
        review.approve(List.of(live, flag), planned.plus(Duration.ofHours(4)));
        save(review, leo, planned.plus(Duration.ofHours(4)));
    }

    /** Back in drafting with a reason; its summary still carries blame words, so the page shows hints. */
    private void discount(MistakeReport report, Account leo, Instant now) {
        Instant t = filedAt(report).plus(Duration.ofHours(6));
        Review review = open(report, leo, t, null);
        Instant happened = report.occurredAt();
        review.addTimelineEntry(happened, "A customer enters the welcome code, goes back to the basket and enters it again.",
                TimelineKind.EVENT, t);
        review.addTimelineEntry(filedAt(report).minus(Duration.ofHours(1)), "The daily margin check finds the order.",
                TimelineKind.DETECTION, t);
        review.addFactor(FactorCategory.TOOLS, "The checkout accepts the same code again after going back to the basket",
                List.of("Codes are checked per page, not per order"), t);
        review.write(ReviewText.SUMMARY, "The checkout obviously should have refused the second code.", t);
        save(review, leo, t);
        plan(review, "Check discount codes once per order", ActionType.CORRECTIVE, leo, date(now, 3), ActionPriority.MEDIUM, leo,
                t.plus(Duration.ofHours(1)));
        review.submitForReview(t.plus(Duration.ofHours(2)));
        review.sendBackToDrafting("The summary judges the checkout; describe what it did and what it could not know.",
                t.plus(Duration.ofHours(3)));
        save(review, leo, t.plus(Duration.ofHours(3)));
    }

    private Review open(MistakeReport report, Account leader, Instant at, String note) {
        Review review = Review.open(report.id(), report.teamId(), report.title(), leader.id(), at);
        save(review, leader, at);
        report.startReview(leader, review.id(), note, at);
        reports.save(report);
        String told = report.number() + " goes into a blameless review. Thank you: this is how the team learns.";
        told(report, at, note == null ? told : told + " Note from the team: " + note);
        return review;
    }

    private void told(MistakeReport report, Instant at, String text) {
        notifications.save(Notification.to(report.reporterAccountId(), NotificationKind.REPORT_TRIAGED, "Your report " + text,
                link(report), at));
    }

    private static String link(MistakeReport report) {
        return "report/view.xhtml?id=" + report.id();
    }

    private void save(Review review, Account by, Instant at) {
        reviews.save(review);
        for (FieldChange change : review.takeChanges()) {
            history.append(HistoryEntry.of(review.id(), null, by.id(), change, at));
        }
    }

    private ActionItem plan(Review review, String title, ActionType type, Account owner, LocalDate due, ActionPriority priority,
                            Account by, Instant at) {
        ActionItem item = ActionItem.plan(review, title, type, owner.id(), due, priority, by.id(), at);
        saveAction(item, by, at);
        return item;
    }

    private void move(ActionItem item, ActionStatus to, String reason, Account by, Instant at) {
        item.moveTo(to, reason, at);
        saveAction(item, by, at);
    }

    private void saveAction(ActionItem item, Account by, Instant at) {
        actions.save(item);
        for (FieldChange change : item.takeChanges()) {
            history.append(HistoryEntry.of(item.reviewId(), item.id(), by.id(), change, at));
        }
    }

    private static LocalDate date(Instant at, int plusDays) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(plusDays);
    }

    private Map<String, MistakeReport> byTitle(Team team) {
        List<MistakeReport> all = new ArrayList<>(reports.search(new ReportQuery(Set.of(team.id()), null, null, null, null, null),
                PageRequest.first(PageRequest.MAX_SIZE)).items());
        return all.stream().collect(Collectors.toMap(MistakeReport::title, Function.identity(), (a, b) -> a));
    }

    /**
     * When the demo report was filed, for the times of what followed. A confidential report keeps only its
     * day, so for it the demo goes on from an hour after it happened.
     */
    static Instant filedAt(MistakeReport report) {
        Instant afterItHappened = report.occurredAt().plus(Duration.ofHours(1));
        return report.isConfidential() && report.submittedAt().isBefore(afterItHappened) ? afterItHappened : report.submittedAt();
    }
}
