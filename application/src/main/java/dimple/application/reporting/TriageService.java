package dimple.application.reporting;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.EventPublisher;
import dimple.application.shared.PublishesEvents;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.StaleRecord;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.reporting.TriageNote;
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
 * an earlier report. The report records {@code ReportTriaged}: the review context opens or extends the
 * review in this transaction, and the learning context tells the reporter the outcome in the app after
 * it (confidential reporters too, by a notification only they can read).
 */
@ApplicationScoped
@Transactional
@PublishesEvents
public class TriageService {
    /** How many reports and reviews a leader is offered to choose from. */
    static final int CHOICES = 50;

    private MistakeReportRepository reports;
    private ReviewsForTriage reviews;
    private AccountRepository accounts;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private EventPublisher events;
    private Clock clock;

    protected TriageService() {
    }

    @Inject
    public TriageService(MistakeReportRepository reports, ReviewsForTriage reviews, AccountRepository accounts, CurrentUser currentUser,
                         CurrentActor actor, AuditTrail audit, EventPublisher events, Clock clock) {
        this.reports = reports;
        this.reviews = reviews;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Triages a report that waits for it. A reporter who does not lead the team is refused (403); anyone else gets 404. */
    @RequiresPermissions(Permission.REPORT_TRIAGE)
    public TriageOutcome triage(TriageReport command) {
        Account me = me();
        if (command.duplicateOf() != null && Ids.looksLikeId(command.duplicateOf()) && Ids.looksLikeId(command.reportId())) {
            // Before either report is read: two leaders marking A a duplicate of B and B of A (or A of B
            // and B of C) at the same moment then go one after the other, and the second reads what the
            // first committed, so it is refused as it would be one after the other (issue 20).
            reports.lock(List.of(command.reportId(), command.duplicateOf()));
        }
        MistakeReport report = visibleReport(command.reportId(), me);
        if (!me.leads(report.teamId())) {
            throw new AccessRefused();
        }
        if (command.expectedVersion() != null && command.expectedVersion() != report.version()) {
            throw new StaleRecord();
        }
        Check check = Check.input()
                .required("decision", command.decision(), "field.decision");
        check.valid("note", TriageNote::of, command.note());
        TriageReport.Decision decision = check.known("decision", command.decision(), TriageReport.Decision.class, "field.decision");
        MistakeReport original = null;
        String joining = null;
        if (decision == TriageReport.Decision.DUPLICATE) {
            check.required("duplicateOf", command.duplicateOf(), "field.originalReport");
            original = Optional.ofNullable(command.duplicateOf()).filter(Ids::looksLikeId).flatMap(reports::findById)
                    .filter(r -> r.isVisibleTo(me)).orElse(null);
            check.that(command.duplicateOf() == null || original != null, "duplicateOf", "input.triage.noSuchOriginal");
        }
        if (decision == TriageReport.Decision.REVIEW && command.reviewId() != null && !command.reviewId().isBlank()) {
            joining = Optional.of(command.reviewId()).filter(Ids::looksLikeId).filter(id -> reviews.isOpenIn(id, report.teamId()))
                    .orElse(null);
            check.that(joining != null, "reviewId", "input.triage.noSuchReview");
        }
        check.orRefuse();

        Instant now = clock.instant();
        String reviewId = null;
        switch (decision) {
            case NOTED -> report.triageAsNoted(me, command.note(), now);
            case DUPLICATE -> report.markDuplicateOf(me, original, reports.isPointedAtByDuplicates(report.id()), command.note(), now);
            case REVIEW -> {
                // A new review is opened by the review context, under the id the report names for it.
                reviewId = joining != null ? joining : Ids.newId();
                report.startReview(me, reviewId, command.note(), now);
            }
        }
        reports.save(report);
        events.publish(report.takeEvents());
        audit.recordAs(me.username(), AuditAction.REPORT_TRIAGED, report.number(),
                "decision=" + decision + (reviewId == null ? "" : ", review=" + reviewId)
                        + (original == null ? "" : ", original=" + original.number()));
        return new TriageOutcome(report.id(), report.status().name(), reviewId);
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
                && reviews.isVisibleTo(report.reviewId(), me);
        List<TriageView.Option> originals = List.of();
        List<TriageView.Option> openReviews = List.of();
        if (mayTriage) {
            originals = reports.search(new ReportQuery(Set.of(report.teamId()), null, null, null, null, null), PageRequest.first(CHOICES))
                    .items().stream()
                    .filter(r -> !r.id().equals(report.id()) && r.status() != ReportStatus.DUPLICATE && r.status() != ReportStatus.WITHDRAWN)
                    .map(r -> new TriageView.Option(r.id(), r.number() + " \u2014 " + r.title())).toList();
            openReviews = reviews.openIn(report.teamId(), CHOICES);
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
        return actor.account(accounts);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
