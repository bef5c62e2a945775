package dimple.application.learning;

import dimple.application.shared.EventPublisher;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.LessonStatus;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemClosed;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * An action item reached a final state: each published lesson it belongs to becomes IMPLEMENTED, in the
 * same transaction, when all of its items are closed and at least one is done (an item dropped with a
 * reason does not hold a lesson back for ever). The lesson records {@code LessonImplemented}; its
 * reporters are told after the commit.
 */
@ApplicationScoped
public class ClosedActionItems {
    private LessonRepository lessons;
    private LessonBoard board;
    private ActionItemRepository actions;
    private EventPublisher events;

    protected ClosedActionItems() {
    }

    @Inject
    public ClosedActionItems(LessonRepository lessons, LessonBoard board, ActionItemRepository actions, EventPublisher events) {
        this.lessons = lessons;
        this.board = board;
        this.actions = actions;
        this.events = events;
    }

    public void on(@Observes ActionItemClosed closed) {
        for (Lesson lesson : board.withAction(closed.actionId())) {
            if (lesson.status() != LessonStatus.PUBLISHED || !allDone(lesson)) {
                continue;
            }
            lesson.implement(closed.occurredAt());
            lessons.save(lesson);
            events.publish(lesson.takeEvents());
        }
    }

    private boolean allDone(Lesson lesson) {
        boolean anyDone = false;
        for (String id : lesson.actionIds()) {
            Optional<ActionItem> found = actions.findById(id);
            if (found.isEmpty() || !found.get().status().isClosed()) {
                return false;
            }
            anyDone |= found.get().status() == ActionStatus.DONE;
        }
        return anyDone;
    }
}
