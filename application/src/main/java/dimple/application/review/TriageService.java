package dimple.application.review;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.NotSignedIn;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.StaleRecord;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewHistory;
import dimple.domain.review.ReviewQuery;
import dimple.domain.review.ReviewRepository;
import dimple.domain.shared.Ids;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Triage: a leader of a report's team decides whether it is noted (closed with a note), goes into a
 * blameless review (a new one, or an open one of the team that covers related reports) or duplicates
 * an earlier report. The reporter is told the outcome in the app — confidential reporters too, by a
 * notification only they can read.
 */
@ApplicationScoped
@Transactional
public class TriageService {
    /** How many reports and reviews a leader is offered to choose from. */
    static final int CHOICES = 50;

    private MistakeReportRepository reports;
    private ReviewRepository reviews;
    private ReviewHistory history;
    private NotificationRepository notifications;
    private AccountRepository accounts;
    private CurrentUser currentUser;
    private AuditTrail audit;
    private Clock clock;

    protected TriageService() {
    }

    @Inject
    public TriageService(MistakeReportRepository reports, ReviewRepository reviews, ReviewHistory history,
                         NotificationRepository notifications, AccountRepository accounts, CurrentUser currentUser, AuditTrail audit,
                         Clock clock) {
        this.reports = reports;
        this.reviews = reviews;
        this.history = history;
        this.notifications = notifications;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Triages a report that waits for it. A reporter who does not lead the team is refused (403); anyone else gets 404. */
    @RequiresPermissions(Permission.REPORT_TRIAGE)
    public TriageOutcome triage(TriageReport command) {
        Account me = me();
        MistakeReport report = visibleReport(command.reportId(), me);
        if (!me.leads(report.teamId())) {
            throw new AccessRefused();
        }
        if (command.expectedVersion() != null && command.expectedVersion() != report.version()) {
            throw new StaleRecord();
        }
        Check check = Check.input()
                .required("decision", command.decision(), "field.decision")
                .maxLength("note", strip(command.note()), MistakeReport.MAX_TRIAGE_NOTE, "field.noteForTheReporter");
        TriageReport.Decision decision = check.known("decision", command.decision(), TriageReport.Decision.class, "field.decision");
        MistakeReport original = null;
        Review joining = null;
        if (decision == TriageReport.Decision.DUPLICATE) {
            check.required("duplicateOf", command.duplicateOf(), "field.originalReport");
            original = Optional.ofNullable(command.duplicateOf()).filter(Ids::looksLikeId).flatMap(reports::findById)
                    .filter(r -> r.isVisibleTo(me)).orElse(null);
            check.that(command.duplicateOf() == null || original != null, "duplicateOf", "input.triage.noSuchOriginal");
        }
        if (decision == TriageReport.Decision.REVIEW && command.reviewId() != null && !command.reviewId().isBlank()) {
            joining = Optional.of(command.reviewId()).filter(Ids::looksLikeId).flatMap(reviews::findById)
                    .filter(r -> r.teamId().equals(report.teamId()) && !r.isFrozen()).orElse(null);
            check.that(joining != null, "reviewId", "input.triage.noSuchReview");
        }
        check.orRefuse();

        Instant now = clock.instant();
        Review review = null;
        switch (decision) {
            case NOTED -> report.triageAsNoted(me, command.note(), now);
            case DUPLICATE -> report.markDuplicateOf(me, original, command.note(), now);
            case REVIEW -> {
                review = joining != null ? joining : Review.open(report.id(), report.teamId(), report.title(), me.id(), now);
                report.startReview(me, review.id(), command.note(), now);
                review.cover(report.id(), report.teamId(), now);
                reviews.save(review);
                for (var change : review.takeChanges()) {
                    history.append(HistoryEntry.of(review.id(), null, me.id(), change, now));
                }
            }
        }
        reports.save(report);
        notifications.save(Notification.to(report.reporterAccountId(), NotificationKind.REPORT_TRIAGED, tellReporter(report, original),
                "report/view.xhtml?id=" + report.id(), now));
        audit.recordAs(me.username(), AuditAction.REPORT_TRIAGED, report.number(),
                "decision=" + decision + (review == null ? "" : ", review=" + review.id())
                        + (original == null ? "" : ", original=" + original.number()));
        return new TriageOutcome(report.id(), report.status().name(), review == null ? null : review.id());
    }

    /** What the reporter reads: the outcome and the leader's note, never who the reporter is. */
    private static String tellReporter(MistakeReport report, MistakeReport original) {
        String which = "Your report " + report.number() + " (\u201C" + report.title() + "\u201D)";
        String told = switch (report.status()) {
            case NOTED -> which + " was noted by the team's leaders; no review is needed.";
            case IN_REVIEW -> which + " goes into a blameless review. Thank you: this is how the team learns.";
            case DUPLICATE -> which + " tells of the same thing as report " + original.number()
                    + ", which the team is already looking into. Thank you for reporting it too.";
            default -> which + " was triaged.";
        };
        return report.triageNote() == null ? told : told + " Note from the team: " + report.triageNote();
    }

    /** The triage of one report, for its reporter and the leaders of its team. */
    @RequiresPermissions(Permission.SELF_USE)
    public TriageView find(String reportId) {
        Account me = me();
        MistakeReport report = visibleReport(reportId, me);
        boolean leader = me.leads(report.teamId()) && currentUser.isPermitted(Permission.REPORT_TRIAGE);
        boolean mayTriage = leader && report.status().awaitsTriage();
        String duplicateOfNumber = report.duplicateOfId() == null ? null
                : reports.findById(report.duplicateOfId()).map(MistakeReport::number).orElse(null);
        boolean reviewVisible = report.reviewId() != null && currentUser.isPermitted(Permission.REVIEW_READ)
                && reviews.findById(report.reviewId()).filter(r -> r.isVisibleTo(me)).isPresent();
        List<TriageView.Option> originals = List.of();
        List<TriageView.Option> openReviews = List.of();
        if (mayTriage) {
            originals = reports.search(new ReportQuery(Set.of(report.teamId()), null, null, null, null, null), PageRequest.first(CHOICES))
                    .items().stream()
                    .filter(r -> !r.id().equals(report.id()) && r.status() != ReportStatus.DUPLICATE && r.status() != ReportStatus.WITHDRAWN)
                    .map(r -> new TriageView.Option(r.id(), r.number() + " \u2014 " + r.title())).toList();
            openReviews = reviews.search(ReviewQuery.openIn(Set.of(report.teamId())), PageRequest.first(CHOICES)).items().stream()
                    .map(r -> new TriageView.Option(r.id(), r.title() + " (" + r.status() + ")")).toList();
        }
        boolean reporterView = report.isReportedBy(me.id()) && !leader;
        return new TriageView(report.id(), report.number(), report.status().name(), report.triagedAt(), report.triageNote(),
                reporterView ? null : report.duplicateOfId(), duplicateOfNumber, report.reviewId(), reviewVisible, mayTriage,
                originals, openReviews, report.version());
    }

    private MistakeReport visibleReport(String reportId, Account me) {
        if (!Ids.looksLikeId(reportId)) {
            throw new RecordNotFound("report");
        }
        return reports.findById(reportId).filter(r -> r.isVisibleTo(me)).orElseThrow(() -> new RecordNotFound("report"));
    }

    private Account me() {
        return accounts.findByUsername(currentUser.require()).orElseThrow(NotSignedIn::new);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
