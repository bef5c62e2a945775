package dimple.application.review;

import dimple.domain.reporting.ReportTriaged;
import dimple.domain.review.FieldChange;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewHistory;
import dimple.domain.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A report triaged into a review goes into it, in the triage's transaction: into the open review the
 * leader chose, or into a new one (titled like the report, the leader facilitating) opened under the id
 * the triage named. The review's history says the leader did it. A review that is published meanwhile
 * or belongs to another team refuses, and the whole triage with it.
 */
@ApplicationScoped
public class TriagedReports {
    private ReviewRepository reviews;
    private ReviewHistory history;

    protected TriagedReports() {
    }

    @Inject
    public TriagedReports(ReviewRepository reviews, ReviewHistory history) {
        this.reviews = reviews;
        this.history = history;
    }

    public void on(@Observes ReportTriaged triaged) {
        if (!triaged.intoReview()) {
            return;
        }
        String leader = triaged.triagedByAccountId();
        Review review = reviews.findById(triaged.reviewId()).orElseGet(() -> Review.openAs(triaged.reviewId(), triaged.reportId(),
                triaged.teamId(), triaged.title(), leader, triaged.occurredAt()));
        review.cover(triaged.reportId(), triaged.teamId(), triaged.occurredAt());
        reviews.save(review);
        for (FieldChange change : review.takeChanges()) {
            history.append(HistoryEntry.of(review.id(), null, leader, change, triaged.occurredAt()));
        }
    }
}
