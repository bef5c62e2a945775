package dimple.application.learning;

import dimple.application.audit.AuditTrail;
import dimple.application.review.AddFactor;
import dimple.application.review.EditReview;
import dimple.application.review.MoveReview;
import dimple.application.review.PlanAction;
import dimple.application.review.ReviewFixture;
import dimple.application.review.ReviewView;
import dimple.domain.learning.Endorsement;
import dimple.domain.learning.EndorsementKind;
import dimple.domain.learning.EndorsementRepository;
import dimple.domain.learning.ScenarioCard;
import dimple.domain.learning.ScenarioCardRepository;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review fixture (reports, triage, reviews, actions, inbox over fakes) plus the lessons board,
 * endorsements and scenario cards, wired as the container would wire them.
 */
public class LearningFixture {
    public final ReviewFixture reviews = new ReviewFixture();
    public final Endorsements endorsements = new Endorsements(reviews.lessons);
    public final Cards cards = new Cards();
    public final LessonService lessons;
    public final ScenarioService scenarios;

    public LearningFixture() {
        var world = reviews.world;
        AuditTrail trail = new AuditTrail(world.audit, new dimple.application.audit.InMemoryConfidentialActivity(), world.currentUser, world.clock);
        lessons = new LessonService(reviews.lessons, reviews.lessonIndex, reviews.lessonIndex, endorsements, reviews.reviews, reviews.actions,
                cards, world.accounts, world.teams, world.currentUser, world.actor, trail, world.clock);
        scenarios = new ScenarioService(cards, reviews.lessons, world.accounts, world.teams, world.currentUser, world.actor, trail, world.clock);
    }

    public LearningFixture as(String username) {
        reviews.as(username);
        return this;
    }

    /**
     * Emma files a report (named or confidential) for Front Desk; Lena reviews it with one factor and
     * one action owned by herself, and publishes the lesson. Lena stays signed in.
     */
    public ReviewView publishedLesson(String mode, String title, String takeaway) {
        String id = reviews.reviewOfEmmasReport(mode);
        reviews.review.addFactor(new AddFactor(id, "TOOLS", "The terminal shows no result after a timeout", List.of("Never configured"), null));
        reviews.review.planAction(new PlanAction(id, "Switch on the timeout screen", "CORRECTIVE", "lena", null, null));
        reviews.review.edit(new EditReview(id, title, null, takeaway, null, null, null, null, null, null, null, null, null,
                List.of("payments"), null));
        reviews.review.move(new MoveReview(id, "IN_REVIEW", null, null));
        reviews.review.move(new MoveReview(id, "APPROVED", null, null));
        return reviews.review.move(new MoveReview(id, "PUBLISHED", null, null));
    }

    public static final class Endorsements implements EndorsementRepository {
        public final List<Endorsement> all = new ArrayList<>();
        private final ReviewFixture.Lessons lessons;

        public Endorsements(ReviewFixture.Lessons lessons) {
            this.lessons = lessons;
        }

        @Override
        public boolean exists(String lessonId, String accountId, EndorsementKind kind) {
            return all.stream().anyMatch(e -> e.lessonId().equals(lessonId) && e.accountId().equals(accountId) && e.kind() == kind);
        }

        @Override
        public Set<EndorsementKind> kindsBy(String lessonId, String accountId) {
            return all.stream().filter(e -> e.lessonId().equals(lessonId) && e.accountId().equals(accountId))
                    .map(Endorsement::kind).collect(Collectors.toSet());
        }

        @Override
        public boolean add(Endorsement endorsement) {
            if (exists(endorsement.lessonId(), endorsement.accountId(), endorsement.kind())) {
                return false;
            }
            all.add(endorsement);
            lessons.findById(endorsement.lessonId()).orElseThrow().counted(endorsement);
            return true;
        }
    }

    public static final class Cards implements ScenarioCardRepository {
        public final Map<String, ScenarioCard> byId = new LinkedHashMap<>();

        @Override
        public Optional<ScenarioCard> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<ScenarioCard> ofLesson(String lessonId) {
            return byId.values().stream().filter(c -> c.lessonId().equals(lessonId)).toList();
        }

        @Override
        public Page<ScenarioCard> all(PageRequest page) {
            List<ScenarioCard> sorted = byId.values().stream().sorted(Comparator.comparing(ScenarioCard::createdAt).reversed()).toList();
            return Page.of(sorted.stream().skip(page.offset()).limit(page.size()).toList(), page, sorted.size());
        }

        @Override
        public void save(ScenarioCard card) {
            byId.put(card.id(), card);
        }
    }
}
