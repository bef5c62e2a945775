package dimple.application.review;

import dimple.application.audit.AuditTrail;
import dimple.application.learning.ClosedActionItems;
import dimple.application.learning.InMemoryInsightFigures;
import dimple.application.learning.InMemoryLessonIndex;
import dimple.application.learning.InboxService;
import dimple.application.learning.LessonSummaries;
import dimple.application.learning.NotifyActionAssigned;
import dimple.application.learning.NotifyLessonImplemented;
import dimple.application.learning.NotifyReportTriaged;
import dimple.application.learning.NotifyReviewPublished;
import dimple.application.learning.PublishedReviews;
import dimple.application.learning.RecordRepeatMistake;
import dimple.application.reporting.ReportView;
import dimple.application.reporting.ReportingFixture;
import dimple.application.reporting.ReportingService;
import dimple.application.reporting.TriageReport;
import dimple.application.reporting.TriageService;
import dimple.application.shared.InMemoryEvents;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.ReportTriaged;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemClosed;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionQuery;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewHistory;
import dimple.domain.review.ReviewPublished;
import dimple.domain.review.ReviewQuery;
import dimple.domain.review.ReviewRepository;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo organisation of {@link ReportingFixture} (its fakes reused) with in-memory reviews, action
 * items, history, lessons and notifications, and the triage, review, action and inbox services and the
 * reactions of the review and learning contexts (the outbox handlers among them) wired as the container
 * would wire them. Who is signed in is switched with {@link #as}.
 */
public class ReviewFixture {
    public final ReportingFixture world = new ReportingFixture();
    public final ReportingService reporting = world.reporting;
    public final Reviews reviews = new Reviews();
    public final Actions actions = new Actions();
    public final History history = new History();
    public final Lessons lessons = new Lessons();
    public final Notifications notifications = new Notifications();
    public final dimple.application.shared.InMemoryMailbox mailbox = new dimple.application.shared.InMemoryMailbox();
    public final InMemoryLessonIndex lessonIndex = new InMemoryLessonIndex(lessons.byId);
    public final InMemoryInsightFigures figures = new InMemoryInsightFigures();
    public final InMemoryEvents events = world.events;
    public final dimple.application.identity.InMemoryOrganisationSettings settings = new dimple.application.identity.InMemoryOrganisationSettings();
    public final TriageService triage;
    public final ReviewService review;
    public final ActionService action;
    public final InboxService inbox;

    public ReviewFixture() {
        AuditTrail trail = new AuditTrail(world.audit, new dimple.application.audit.InMemoryConfidentialActivity(), world.currentUser, world.clock);
        triage = new TriageService(world.reports, new TriageReviews(reviews), world.accounts, world.currentUser, world.actor, trail, events, world.clock);
        review = new ReviewService(reviews, actions, history, world.reports, new LessonSummaries(lessons, lessonIndex), world.accounts, world.teams,
                world.currentUser, world.actor, trail, events, world.clock, settings, world.recoveries);
        action = new ActionService(actions, reviews, history, world.reports, new LessonSummaries(lessons, lessonIndex), world.accounts, world.teams,
                world.currentUser, world.actor, trail, events, world.clock);
        inbox = new InboxService(notifications, world.actor, world.clock);
        events.on(ReportTriaged.class, new TriagedReports(reviews, history, world.reports)::on)
                .on(ReviewPublished.class, new PublishedReviews(lessons, lessonIndex, world.reports)::on)
                .on(ActionItemClosed.class, new ClosedActionItems(lessons, lessonIndex, actions, events)::on)
                .handle(new NotifyReportTriaged(notifications))
                .handle(new NotifyReviewPublished(notifications, lessons, mailbox))
                .handle(new NotifyActionAssigned(notifications, mailbox))
                .handle(new NotifyLessonImplemented(notifications, reviews, world.reports, mailbox))
                .handle(new RecordRepeatMistake(world.reports, lessonIndex, figures));
    }

    /** Signs this person in for the following calls. */
    public ReviewFixture as(String username) {
        world.as(username);
        return this;
    }

    public String idOf(String username) {
        return world.accounts.findByUsername(username).orElseThrow().id();
    }

    /** Emma files a report for Front Desk (named or confidential). */
    public ReportView reportByEmma(String mode) {
        return world.as("emma").reporting.submit(world.report("Guest charged twice", "Front Desk", mode));
    }

    /** Emma files a report and Lena triages it into a new review; Lena stays signed in. */
    public String reviewOfEmmasReport(String mode) {
        ReportView report = reportByEmma(mode);
        return as("lena").triage.triage(new TriageReport(report.id(), "REVIEW", null, null, null, null)).reviewId();
    }

    public static final class Reviews implements ReviewRepository {
        public final Map<String, Review> byId = new LinkedHashMap<>();

        @Override
        public Optional<Review> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public void save(Review review) {
            byId.put(review.id(), review);
        }

        @Override
        public Page<Review> search(ReviewQuery q, PageRequest page) {
            List<Review> found = byId.values().stream()
                    .filter(r -> q.ledTeamIds().contains(r.teamId())
                            || (q.personAccountId() != null && (r.isFacilitatedBy(q.personAccountId())
                            || r.participantAccountIds().contains(q.personAccountId()))))
                    .filter(r -> q.statuses().isEmpty() || q.statuses().contains(r.status()))
                    .sorted(Comparator.comparing(Review::updatedAt).reversed().thenComparing(Review::id)).toList();
            return page(found, page);
        }
    }

    public static final class Actions implements ActionItemRepository {
        public final Map<String, ActionItem> byId = new LinkedHashMap<>();

        @Override
        public Optional<ActionItem> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<ActionItem> ofReview(String reviewId) {
            return byId.values().stream().filter(a -> a.reviewId().equals(reviewId)).sorted(Comparator.comparing(ActionItem::createdAt)).toList();
        }

        @Override
        public void save(ActionItem item) {
            byId.put(item.id(), item);
        }

        @Override
        public Page<ActionItem> search(ActionQuery q, PageRequest page) {
            List<ActionItem> found = byId.values().stream()
                    .filter(a -> q.ownerAccountId() == null || a.isOwnedBy(q.ownerAccountId()))
                    .filter(a -> q.teamIds().isEmpty() || q.teamIds().contains(a.teamId()))
                    .filter(a -> !q.openOnly() || !a.status().isClosed())
                    .filter(a -> q.overdueOn() == null || a.isOverdueOn(q.overdueOn()))
                    .sorted(Comparator.comparing((ActionItem a) -> a.status().isClosed()).thenComparing(ActionItem::dueDate)
                            .thenComparing(ActionItem::id)).toList();
            return page(found, page);
        }
    }

    public static final class History implements ReviewHistory {
        public final List<HistoryEntry> entries = new ArrayList<>();

        @Override
        public void append(HistoryEntry entry) {
            entries.add(entry);
        }

        @Override
        public Page<HistoryEntry> ofReview(String reviewId, PageRequest page) {
            List<HistoryEntry> newestFirst = new ArrayList<>(entries.stream().filter(e -> e.reviewId().equals(reviewId)).toList());
            java.util.Collections.reverse(newestFirst);
            return page(newestFirst, page);
        }
    }

    public static final class Lessons implements LessonRepository {
        public final Map<String, Lesson> byId = new LinkedHashMap<>();

        @Override
        public Optional<Lesson> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Lesson> findByReview(String reviewId) {
            return byId.values().stream().filter(l -> l.reviewId().equals(reviewId)).findFirst();
        }

        @Override
        public Optional<Lesson> lock(String id) {
            return findById(id);
        }

        @Override
        public void save(Lesson lesson) {
            byId.put(lesson.id(), lesson);
        }
    }

    public static final class Notifications implements NotificationRepository {
        public final List<Notification> all = new ArrayList<>();

        @Override
        public void save(Notification notification) {
            if (!all.contains(notification)) {
                all.add(notification);
            }
        }

        @Override
        public Page<Notification> forRecipient(String accountId, PageRequest page) {
            List<Notification> mine = new ArrayList<>(all.stream().filter(n -> n.isFor(accountId)).toList());
            java.util.Collections.reverse(mine);
            return page(mine, page);
        }

        @Override
        public List<Notification> unreadFor(String accountId) {
            return all.stream().filter(n -> n.isFor(accountId) && !n.isRead()).toList();
        }

        @Override
        public Optional<Notification> findForRecipient(String id, String accountId) {
            return all.stream().filter(n -> n.id().equals(id) && n.isFor(accountId)).findFirst();
        }

        @Override
        public long countUnread(String accountId) {
            return unreadFor(accountId).size();
        }

        @Override
        public List<Notification> unreadLeadingTo(String accountId, String page) {
            return unreadFor(accountId).stream().filter(n -> n.link().equals(page) || n.link().startsWith(page + "#")).toList();
        }
    }

    static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return Page.of(all.subList(from, to), page, all.size());
    }
}
