package dimple.application.learning;

import dimple.application.shared.OutboxHandler;
import dimple.application.shared.WebhookEvent;
import dimple.application.shared.Webhooks;
import dimple.domain.review.ReviewPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * After a review is published, its team's webhooks (Slack, Teams, generic) announce the new lesson: its title
 * and a link, as the lessons board shows them to everybody; nothing of the reports or who took part.
 */
@ApplicationScoped
public class AnnounceLessonPublished implements OutboxHandler<ReviewPublished> {
    private Webhooks webhooks;

    protected AnnounceLessonPublished() {
    }

    @Inject
    public AnnounceLessonPublished(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public String name() {
        return "learning.announce-lesson-published";
    }

    @Override
    public Class<ReviewPublished> event() {
        return ReviewPublished.class;
    }

    @Override
    public void handle(ReviewPublished published) {
        webhooks.announce(published.teamId(), WebhookEvent.LESSON_PUBLISHED, List.of(published.title()),
                "lesson/view.xhtml?id=" + published.lessonId(), published.occurredAt());
    }
}
