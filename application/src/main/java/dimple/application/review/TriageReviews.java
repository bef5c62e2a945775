package dimple.application.review;

import dimple.application.reporting.ReviewsForTriage;
import dimple.application.reporting.TriageView;
import dimple.domain.identity.Account;
import dimple.domain.review.ReviewQuery;
import dimple.domain.review.ReviewRepository;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** The team's reviews as triage sees them, for the reporting context. */
@ApplicationScoped
public class TriageReviews implements ReviewsForTriage {
    private ReviewRepository reviews;

    protected TriageReviews() {
    }

    @Inject
    public TriageReviews(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<TriageView.Option> openIn(String teamId, int limit) {
        return reviews.search(ReviewQuery.openIn(Set.of(teamId)), PageRequest.first(limit)).items().stream()
                .map(r -> new TriageView.Option(r.id(), r.title() + " (" + r.status() + ")")).toList();
    }

    @Override
    public boolean isOpenIn(String reviewId, String teamId) {
        return reviews.findById(reviewId).filter(r -> r.teamId().equals(teamId) && !r.isFrozen()).isPresent();
    }

    @Override
    public boolean isVisibleTo(String reviewId, Account viewer) {
        return reviews.findById(reviewId).filter(r -> r.isVisibleTo(viewer)).isPresent();
    }
}
