package dimple.application.bootstrap;

import dimple.application.learning.ClosedActionItems;
import dimple.application.learning.PublishedReviews;
import dimple.domain.identity.Account;
import dimple.domain.identity.Team;
import dimple.domain.learning.EndorsementKind;
import dimple.domain.learning.EndorsementRepository;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.LessonSearch;
import dimple.domain.learning.ScenarioCard;
import dimple.domain.learning.ScenarioCardRepository;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReceiptNumbers;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemClosed;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionPriority;
import dimple.domain.review.ActionStatus;
import dimple.domain.review.ActionType;
import dimple.domain.review.FactorCategory;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewPublished;
import dimple.domain.review.ReviewRepository;
import dimple.domain.review.ReviewText;
import dimple.domain.shared.DomainEvent;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * A lively lessons board for the demo: published lessons made from a small set of realistic
 * customer-service stories (each through a real report, review and action item), some implemented,
 * endorsed by the demo people, one published on this date a year ago, and scenario cards with practice
 * sessions. Deterministic, and a few dozen records only, so seeding stays fast.
 */
@ApplicationScoped
public class DemoLessons {
    /** How many lessons are made; the stories repeat with another setting. */
    public static final int LESSONS = 36;

    private record Story(String title, String narrative, String why, String takeaway, FactorCategory category, String factor,
                         String action, List<String> tags, ReportKind kind, boolean online) {
    }

    private static final List<Story> STORIES = List.of(
            new Story("Refund sent to the wrong card", "The guest paid with two cards; the refund went to the expired one.",
                    "The refund screen pre-selects the first card on file.", "Read the last four digits of the card back to the guest before a refund.",
                    FactorCategory.TOOLS, "The refund screen pre-selects the oldest card", "Make the refund screen ask which card", List.of("payments", "refunds"),
                    ReportKind.CUSTOMER_HARMED, false),
            new Story("Room key encoded for the wrong room", "The encoder wrote room 214 while the screen showed 241.",
                    "Two encoders share one screen and the room field keeps the last value.", "Check the room number on the encoder's own display before handing over a key.",
                    FactorCategory.TOOLS, "Two encoders share one screen", "Label each encoder with its own screen", List.of("keys", "check-in"),
                    ReportKind.NEAR_MISS, false),
            new Story("Late check-out promised but not passed on", "A late check-out promised at night did not reach the morning shift.",
                    "Promises travel on paper beside the handover log.", "Write every promise to a guest into the handover log, never on a note.",
                    FactorCategory.HANDOVER, "The handover log has no field for promises", "Add a promises field to the handover log", List.of("handover", "promises"),
                    ReportKind.CUSTOMER_HARMED, false),
            new Story("Allergy note missed at breakfast", "A guest's nut allergy was on the booking but not on the breakfast list.",
                    "The breakfast list is printed from a report that leaves out booking notes.", "Ask about allergies at check-in and when seating, even if the list is silent.",
                    FactorCategory.PROCESS, "Booking notes do not reach the breakfast list", "Print allergy notes on the breakfast list", List.of("allergies", "food safety"),
                    ReportKind.GOOD_CATCH, false),
            new Story("Wet floor near the lobby entrance", "Rain made the tiles by the door slippery and a guest nearly fell.",
                    "The mat is stored away when the cleaners mop in the morning.", "When it rains, put the entrance mat out and check it every hour.",
                    FactorCategory.ENVIRONMENT, "The entrance mat is stored away after mopping", "Add the mat to the rain checklist", List.of("safety", "lobby"),
                    ReportKind.UNSAFE_CONDITION, false),
            new Story("Invoice sent to the old company address", "The customer had moved; the invoice went to the old address and was paid late.",
                    "The order form copies the address from the last order.", "Confirm the invoice address with business customers on every order.",
                    FactorCategory.PROCESS, "The order form copies the last address", "Ask for the invoice address on each order", List.of("invoices", "addresses"),
                    ReportKind.NO_HARM, true),
            new Story("Parcel shipped without the customs invoice", "The customer abroad paid duties twice because the invoice was missing.",
                    "The label printer and the invoice printer are separate steps.", "Print the invoice together with the shipping label for every parcel abroad.",
                    FactorCategory.PROCESS, "Invoice and label are printed in separate steps", "Print invoice and label in one step", List.of("shipping", "customs"),
                    ReportKind.CUSTOMER_HARMED, true),
            new Story("Discount code applied twice", "A voucher and a sale price stacked, selling below cost.",
                    "The shop allows codes on reduced items by default.", "Check the final price before confirming an order with a voucher.",
                    FactorCategory.TOOLS, "Codes stack on reduced items by default", "Switch off stacking on reduced items", List.of("discounts", "pricing"),
                    ReportKind.NO_HARM, true),
            new Story("Wrong size sent after a chat exchange", "The customer asked in chat to change the size; the warehouse packed the old one.",
                    "Chat changes are not written into the order.", "Change the order itself while the customer is still in the chat.",
                    FactorCategory.COMMUNICATION, "Chat changes stay in the chat", "Add an edit-order button to the chat tool", List.of("chat", "orders"),
                    ReportKind.CUSTOMER_HARMED, true),
            new Story("Refund promised by phone never processed", "A refund promised on the phone was forgotten when the shift ended.",
                    "Phone promises are not logged anywhere the next shift sees.", "Log every refund you promise before you hang up.",
                    FactorCategory.HANDOVER, "Phone promises are not logged", "Add phone promises to the shared queue", List.of("refunds", "phone"),
                    ReportKind.CUSTOMER_HARMED, true),
            new Story("Good catch: gift message with a price", "A colleague noticed the gift receipt showed the price before packing.",
                    "The gift option prints the normal receipt.", "Look at the receipt in a gift parcel before you close it.",
                    FactorCategory.TOOLS, "The gift option prints the normal receipt", "Print a receipt without prices for gifts", List.of("gifts", "packing"),
                    ReportKind.GOOD_CATCH, true),
            new Story("Double booking of the meeting room", "Two groups arrived for the same room at nine.",
                    "The room calendar and the booking tool are not linked.", "Check the room calendar before confirming a room by phone.",
                    FactorCategory.TOOLS, "Calendar and booking tool are not linked", "Link the room calendar to the booking tool", List.of("bookings", "rooms"),
                    ReportKind.NEAR_MISS, false));
    private static final List<String> SETTINGS = List.of("", " during the weekend rush", " on the night shift");

    private MistakeReportRepository reports;
    private ReceiptNumbers receipts;
    private ReviewRepository reviews;
    private ActionItemRepository actions;
    private LessonRepository lessons;
    private LessonBoard board;
    private LessonSearch search;
    private EndorsementRepository endorsements;
    private ScenarioCardRepository scenarios;
    private PublishedReviews publishedReviews;
    private ClosedActionItems closedActions;

    protected DemoLessons() {
    }

    @Inject
    public DemoLessons(MistakeReportRepository reports, ReceiptNumbers receipts, ReviewRepository reviews, ActionItemRepository actions,
                       LessonRepository lessons, LessonBoard board, LessonSearch search, EndorsementRepository endorsements,
                       ScenarioCardRepository scenarios, PublishedReviews publishedReviews, ClosedActionItems closedActions) {
        this.reports = reports;
        this.receipts = receipts;
        this.reviews = reviews;
        this.actions = actions;
        this.lessons = lessons;
        this.board = board;
        this.search = search;
        this.endorsements = endorsements;
        this.scenarios = scenarios;
        this.publishedReviews = publishedReviews;
        this.closedActions = closedActions;
    }

    void seed(List<Account> people, Account emma, Account eli, Account lena, Account leo, Team frontDesk, Team onlineOrders, Instant now) {
        // Lessons the demo reviews published already become findable too.
        for (Lesson earlier : board.page(LessonQuery.everything(), PageRequest.first(100)).items()) {
            search.index(earlier);
        }
        Random random = new Random(5);
        for (int i = 0; i < LESSONS; i++) {
            Story story = STORIES.get(i % STORIES.size());
            String setting = SETTINGS.get(i / STORIES.size() % SETTINGS.size());
            // the first lesson is from this date a year ago ("on this day"); the others spread over two years
            Instant at = i == 0 ? now.atZone(ZoneOffset.UTC).minusYears(1).toInstant()
                    : now.minus(Duration.ofDays(3L + (long) i * 19 % 700)).minus(Duration.ofHours(i % 9));
            Lesson lesson = lesson(story, setting, story.online() ? eli : emma, story.online() ? leo : lena,
                    story.online() ? onlineOrders : frontDesk, at, i % 3 != 2);
            int endorsers = i % 5 == 4 ? 0 : random.nextInt(people.size() + 1);
            for (int p = 0; p < endorsers; p++) {
                Account who = people.get(p);
                EndorsementKind kind = random.nextBoolean() ? EndorsementKind.APPLIES_TO_MY_TEAM : EndorsementKind.I_APPLIED_THIS;
                lesson.endorse(who.id(), kind, endorsements.exists(lesson.id(), who.id(), kind), at.plus(Duration.ofDays(1)))
                        .ifPresent(endorsements::add);
            }
            lessons.save(lesson);
            if (i < 5) {
                card(lesson, story, story.online() ? leo : lena, now, i);
            }
        }
    }

    private Lesson lesson(Story story, String setting, Account reporter, Account leader, Team team, Instant at, boolean done) {
        Instant submitted = at.minus(Duration.ofDays(4));
        MistakeReport report = MistakeReport.submit(receipts.nextFor(submitted), submitted,
                new MistakeReport.Reporter(reporter.id(), team.id(), ReporterMode.NAMED), story.title() + setting,
                story.narrative(), submitted.minus(Duration.ofHours(3)), story.kind(), CustomerImpact.MINOR, null);
        reports.save(report);
        Instant t = submitted.plus(Duration.ofHours(5));
        Review review = Review.open(report.id(), team.id(), report.title(), leader.id(), t);
        reviews.save(review);
        report.startReview(leader, review.id(), null, t);
        reports.save(report);
        review.addFactor(story.category(), story.factor(), List.of(story.why()), t);
        review.write(ReviewText.WHAT_HAPPENED, story.narrative(), t);
        review.write(ReviewText.WHY, story.why(), t);
        review.write(ReviewText.HOW_FIXED, story.action() + ".", t);
        review.write(ReviewText.TAKEAWAY, story.takeaway(), t);
        review.tag(story.tags(), t);
        reviews.save(review);
        ActionItem action = ActionItem.plan(review, story.action(), ActionType.PREVENTIVE, leader.id(),
                LocalDate.ofInstant(t, ZoneOffset.UTC).plusDays(7), ActionPriority.MEDIUM, leader.id(), t);
        actions.save(action);
        review.submitForReview(t.plus(Duration.ofHours(1)));
        review.approve(List.of(action), t.plus(Duration.ofHours(2)));
        review.publish(List.of(action), at);
        review.takeChanges();
        reviews.save(review);
        // The learning context's own reactions: the lesson is published and indexed, later implemented.
        Lesson lesson = publishedReviews.publish(the(ReviewPublished.class, review.takeEvents()));
        report.closeAfterReview(review.id(), at);
        reports.save(report);
        if (done) {
            action.moveTo(ActionStatus.DONE, null, at.plus(Duration.ofDays(2)));
            action.takeChanges();
            actions.save(action);
            closedActions.on(the(ActionItemClosed.class, action.takeEvents()));
        }
        return lesson;
    }

    private static <E extends DomainEvent> E the(Class<E> type, List<DomainEvent> events) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private void card(Lesson lesson, Story story, Account leader, Instant now, int i) {
        ScenarioCard card = ScenarioCard.fromLesson(lesson,
                List.of("A regular guest in a hurry to catch a train", "A first-time customer who is already upset",
                        "A business customer calling from abroad", "A parent with two tired children", "A polite customer who hates to complain")
                        .get(i % 5),
                story.narrative() + " The customer comes back to you about it.",
                "An apology, putting it right on the spot, and a small gesture (a coffee voucher or free delivery) if it cost them time.",
                "You listen first, say sorry without excuses, fix it while they watch, and tell them what will change. " + story.takeaway(),
                List.of("What did the customer need to hear first?", "What would you check next time, and when?",
                        "Who else should know about this?"), leader.id(), now.minus(Duration.ofDays(20L + i)));
        for (int s = 0; s <= i % 3; s++) {
            card.logPractice(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(14L * (s + 1)), List.of("Emma", "Eli", "Lena").subList(0, 1 + s),
                    s == 0 ? "Good energy; we tried it twice with roles swapped." : null, leader.id(), now);
        }
        scenarios.save(card);
    }
}
