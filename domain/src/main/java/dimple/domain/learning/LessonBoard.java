package dimple.domain.learning;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the lessons board's reads, built to stay fast with a hundred thousand lessons. */
public interface LessonBoard {
    /** One page of current lessons, as the query asks. */
    Page<Lesson> page(LessonQuery query, PageRequest page);

    List<Lesson> findByIds(Collection<String> ids);

    /** A current lesson published on this month and day in an earlier year than {@code before}'s, if any. */
    Optional<Lesson> publishedOnThisDay(int month, int day, Instant before);

    /** The oldest current lesson nobody has endorsed yet, published before {@code before}. */
    Optional<Lesson> oldestUnendorsed(Instant before);

    /** The current lessons whose actions include this one (usually one). */
    List<Lesson> withAction(String actionId);

    /** The tags in use on current lessons, most used first. */
    List<String> tags(int max);
}
