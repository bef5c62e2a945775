package dimple.domain.learning;

import dimple.domain.review.FactorCategory;
import dimple.domain.review.ReviewPublished;
import dimple.domain.shared.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lesson a published review becomes, drawn from what the review found ({@link ReviewPublished}):
 * its title, a one-line takeaway, the sections of its story from the candour statement, the factors with
 * their category and whys, what went well, wrong and lucky and the actions with their type (no names, not
 * the timeline; no headings either: the web tier words them, ADR 20), its tags with the factor
 * categories, and its planned actions. A review that wrote none of it gives its title as the written
 * {@code body}; otherwise {@code body} is null. The learning context publishes it under the id the review
 * named ({@link Lesson#publish(LessonDraft, java.time.Instant)}).
 */
public record LessonDraft(String lessonId, String reviewId, String teamId, String title, String takeaway, List<LessonSection> sections,
                          String body, List<String> tags, List<String> actionIds) {

    public LessonDraft {
        sections = List.copyOf(sections);
    }

    public static LessonDraft of(ReviewPublished review) {
        List<LessonSection> sections = sections(review);
        return new LessonDraft(review.lessonId(), review.reviewId(), review.teamId(), review.title(), takeaway(review), sections,
                sections.isEmpty() ? review.title() : null, tags(review),
                review.actions().stream().map(ReviewPublished.PlannedAction::actionId).toList());
    }

    /** The takeaway as written, else the first sentence of how it can be fixed, of the summary, or the title. */
    static String takeaway(ReviewPublished review) {
        for (String source : new String[] {review.takeaway(), firstSentence(review.howFixed()), firstSentence(review.summary()),
                review.title()}) {
            if (source != null) {
                String line = source.replaceAll("\\s+", " ").strip();
                return Text.length(line) <= Lesson.MAX_TAKEAWAY ? line
                        : line.substring(0, line.offsetByCodePoints(0, Lesson.MAX_TAKEAWAY - 1)) + "…";
            }
        }
        return review.title();
    }

    /** The story's sections in reading order; a text left empty gives no section. */
    static List<LessonSection> sections(ReviewPublished review) {
        List<LessonSection> sections = new ArrayList<>();
        section(sections, LessonPart.SUMMARY, review.summary());
        section(sections, LessonPart.WHAT_HAPPENED, review.whatHappened());
        section(sections, LessonPart.WHY_IT_HAPPENED, review.whyItHappened());
        for (ReviewPublished.Factor factor : review.factors()) {
            sections.add(new LessonSection(LessonPart.FACTOR, factor.category(), factor.description()));
            factor.whys().forEach(why -> sections.add(LessonSection.of(LessonPart.FACTOR_WHY, why)));
        }
        section(sections, LessonPart.HOW_FIXED, review.howFixed());
        section(sections, LessonPart.WENT_WELL, review.wentWell());
        section(sections, LessonPart.WENT_WRONG, review.wentWrong());
        section(sections, LessonPart.GOT_LUCKY, review.gotLucky());
        if (!review.actions().isEmpty()) {
            review.actions().forEach(a -> sections.add(new LessonSection(LessonPart.ACTION, a.type(), a.title())));
        } else {
            section(sections, LessonPart.NO_ACTION_NEEDED, review.noActionReason());
        }
        return sections;
    }

    static List<String> tags(ReviewPublished review) {
        Set<String> all = new LinkedHashSet<>(review.tags());
        review.factors().forEach(f -> all.add(FactorCategory.valueOf(f.category()).tag()));
        return List.copyOf(all);
    }

    private static void section(List<LessonSection> sections, LessonPart part, String text) {
        if (text != null && !text.isBlank()) {
            sections.add(LessonSection.of(part, text.strip()));
        }
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip();
        int end = flat.length();
        for (String stop : new String[] {". ", ".\n", "\n"}) {
            int at = flat.indexOf(stop);
            if (at >= 0 && at + 1 < end) {
                end = at + (stop.startsWith(".") ? 1 : 0);
            }
        }
        return Text.trimToNull(flat.substring(0, end));
    }
}
