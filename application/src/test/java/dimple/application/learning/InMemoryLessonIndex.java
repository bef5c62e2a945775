package dimple.application.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonSearch;
import dimple.domain.learning.SearchTerms;
import dimple.domain.learning.Typos;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The board and search over the lessons of an in-memory repository: simple, for use-case tests (the real ranking is tested on H2). */
public class InMemoryLessonIndex implements LessonBoard, LessonSearch {
    private final Map<String, Lesson> lessons;
    public final Set<String> indexed = new HashSet<>();

    public InMemoryLessonIndex(Map<String, Lesson> lessons) {
        this.lessons = lessons;
    }

    @Override
    public Page<Lesson> page(LessonQuery query, PageRequest page) {
        Comparator<Lesson> order = query.order() == LessonQuery.Order.MOST_ENDORSED
                ? Comparator.comparingInt(Lesson::endorsementCount).reversed().thenComparing(Lesson::publishedAt, Comparator.reverseOrder())
                : Comparator.comparing(Lesson::publishedAt, Comparator.reverseOrder());
        List<Lesson> all = current().filter(matches(query)).sorted(order).toList();
        return slice(all, page);
    }

    @Override
    public List<Lesson> findByIds(Collection<String> ids) {
        return ids.stream().map(lessons::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<Lesson> publishedOnThisDay(int month, int day, Instant before) {
        return current().filter(l -> l.publishedAt().isBefore(before)).filter(l -> {
            var d = l.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
            return d.getMonthValue() == month && d.getDayOfMonth() == day;
        }).max(Comparator.comparing(Lesson::publishedAt));
    }

    @Override
    public Optional<Lesson> oldestUnendorsed(Instant before) {
        return current().filter(l -> l.endorsementCount() == 0 && l.publishedAt().isBefore(before)).min(Comparator.comparing(Lesson::publishedAt));
    }

    @Override
    public List<Lesson> withAction(String actionId) {
        return lessons.values().stream().filter(l -> l.actionIds().contains(actionId)).toList();
    }

    @Override
    public List<String> tags(int max) {
        return current().flatMap(l -> l.tags().stream()).distinct().limit(max).toList();
    }

    @Override
    public void index(Lesson lesson) {
        indexed.add(lesson.id());
    }

    @Override
    public Page<Lesson> search(String text, LessonQuery filter, PageRequest page) {
        List<String> terms = SearchTerms.query(text, 12);
        Map<Lesson, Integer> scores = new LinkedHashMap<>();
        current().filter(matches(filter)).forEach(l -> {
            int score = score(l, terms);
            if (score > 0) {
                scores.put(l, score);
            }
        });
        List<Lesson> ranked = scores.entrySet().stream().sorted(Map.Entry.<Lesson, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        return slice(ranked, page);
    }

    @Override
    public List<Lesson> similar(String text, int max) {
        return search(text, LessonQuery.everything(), new PageRequest(0, max)).items();
    }

    /** The same rule as the real index ({@link Typos}), over the terms of the current lessons. */
    @Override
    public Map<String, String> corrections(Collection<String> terms) {
        Map<String, Long> counts = current().flatMap(l -> Stream.of(l.title(), l.takeaway(), l.body(), String.join(" ", l.tags()))
                        .flatMap(t -> SearchTerms.of(t).stream()).distinct())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        List<Typos.Known> vocabulary = counts.entrySet().stream().map(e -> new Typos.Known(e.getKey(), e.getValue())).toList();
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String term : terms) {
            Typos.closest(term, vocabulary).ifPresent(c -> corrections.put(term, c));
        }
        return corrections;
    }

    private static int score(Lesson l, List<String> terms) {
        Set<String> title = Set.copyOf(SearchTerms.of(l.title()));
        Set<String> rest = Stream.of(l.takeaway(), l.body(), String.join(" ", l.tags()))
                .flatMap(t -> SearchTerms.of(t).stream()).collect(Collectors.toSet());
        return terms.stream().mapToInt(t -> title.contains(t) ? 8 : rest.contains(t) ? 1 : 0).sum();
    }

    private Stream<Lesson> current() {
        return lessons.values().stream().filter(l -> l.status().isCurrent());
    }

    private static Predicate<Lesson> matches(LessonQuery q) {
        return l -> (q.tag() == null || l.tags().contains(q.tag()))
                && (q.teamId() == null || l.teamId().equals(q.teamId()))
                && (q.kind() == null || q.kind() == l.kind())
                && (q.from() == null || !l.publishedAt().isBefore(q.from()))
                && (q.to() == null || l.publishedAt().isBefore(q.to()));
    }

    private static Page<Lesson> slice(List<Lesson> all, PageRequest page) {
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }
}
