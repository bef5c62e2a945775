package dimple.application.review;

import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportTriaged;
import dimple.domain.review.FieldChange;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewHistory;
import dimple.domain.review.ReviewRepository;
import dimple.domain.review.ReviewText;
import dimple.domain.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A report triaged into a review goes into it, in the triage's transaction: into the open review the
 * leader chose, or into a new one (titled like the report, the leader facilitating) opened under the id
 * the triage named. The review's history says the leader did it. A review that is published meanwhile
 * or belongs to another team refuses, and the whole triage with it.
 *
 * <p>A new review of a named report starts with the report's story: its "what happened" is prefilled
 * with the report's narrative, which the team's leaders (the only people who see a new review) already
 * read on the report; the leader edits it before inviting anyone. A confidential report's narrative is
 * not copied: participants read the review, and the reporter's own words can point to them (ADR 7). A
 * narrative longer than the field holds is shortened, ending in "…", and the report stays linked.
 */
@ApplicationScoped
public class TriagedReports {
    private ReviewRepository reviews;
    private ReviewHistory history;
    private MistakeReportRepository reports;

    protected TriagedReports() {
    }

    @Inject
    public TriagedReports(ReviewRepository reviews, ReviewHistory history, MistakeReportRepository reports) {
        this.reviews = reviews;
        this.history = history;
        this.reports = reports;
    }

    public void on(@Observes ReportTriaged triaged) {
        if (!triaged.intoReview()) {
            return;
        }
        String leader = triaged.triagedByAccountId();
        Review review = reviews.findById(triaged.reviewId()).orElseGet(() -> opened(triaged, leader));
        review.cover(triaged.reportId(), triaged.teamId(), triaged.occurredAt());
        reviews.save(review);
        for (FieldChange change : review.takeChanges()) {
            history.append(HistoryEntry.of(review.id(), null, leader, change, triaged.occurredAt()));
        }
    }

    private Review opened(ReportTriaged triaged, String leader) {
        Review review = Review.openAs(triaged.reviewId(), triaged.reportId(), triaged.teamId(), triaged.title(), leader, triaged.occurredAt());
        // A confidential reporter's own words are not copied: participants read the review, and a way of writing can
        // point to its writer (ADR 7). The leader tells that story in their own words.
        reports.findById(triaged.reportId()).filter(r -> !r.isConfidential()).map(MistakeReport::narrative).map(TriagedReports::fitted)
                .ifPresent(story -> review.write(ReviewText.WHAT_HAPPENED, story, triaged.occurredAt()));
        return review;
    }

    /** The narrative as "what happened" holds it: whole, or shortened at the field's length with "…". */
    static String fitted(String narrative) {
        String clean = Text.trimToNull(narrative);
        int max = ReviewText.WHAT_HAPPENED.max();
        if (clean == null || Text.length(clean) <= max) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }
}
