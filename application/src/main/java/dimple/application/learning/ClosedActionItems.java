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
import java.util.List;
import java.util.Optional;

/**
 * An action item reached a final state: each published lesson it belongs to becomes IMPLEMENTED, in the
 * same transaction, when all of its items are closed and at least one is done (an item dropped with a
 * reason does not hold a lesson back for ever). The lesson records {@code LessonImplemented}; its
 * reporters are told after the commit.
 *
 * <p>The last items of a lesson may be closed at the same moment, each transaction seeing the others'
 * items still open. So the lesson is locked before its items are looked at, and the lock is held until
 * the commit: of two such transactions the second to take the lock reads the first's item as committed
 * (and a lesson the first implemented as implemented), so exactly one of them implements the lesson and
 * its reporters are told once (issue 20).
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
        List<String> ids = board.withAction(closed.actionId()).stream().map(Lesson::id).sorted().toList();
        for (String id : ids) {
            Optional<Lesson> locked = lessons.lock(id);
            if (locked.isEmpty() || locked.get().status() != LessonStatus.PUBLISHED || !allDone(locked.get())) {
                continue;
            }
            Lesson lesson = locked.get();
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
