package dimple.domain.learning;

import dimple.domain.review.FactorCategory;
import dimple.domain.review.ReviewPublished;
import dimple.domain.shared.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lesson a published review becomes, drawn from what the review found ({@link ReviewPublished}):
 * its title, a one-line takeaway, a body from the candour statement, the factors and what went well,
 * wrong and lucky (no names, not the timeline), its tags with the factor categories, and its planned
 * actions. The learning context publishes it under the id the review named ({@link Lesson#publish(LessonDraft, java.time.Instant)}).
 */
public record LessonDraft(String lessonId, String reviewId, String teamId, String title, String takeaway, String body, List<String> tags,
                          List<String> actionIds) {

    public static LessonDraft of(ReviewPublished review) {
        return new LessonDraft(review.lessonId(), review.reviewId(), review.teamId(), review.title(), takeaway(review), body(review),
                tags(review), review.actions().stream().map(ReviewPublished.PlannedAction::actionId).toList());
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

    static String body(ReviewPublished review) {
        StringBuilder body = new StringBuilder();
        section(body, "Summary", review.summary());
        section(body, "What happened", review.whatHappened());
        section(body, "Why it happened", review.whyItHappened());
        if (!review.factors().isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (ReviewPublished.Factor factor : review.factors()) {
                list.append("- ").append(label(factor.category())).append(": ").append(factor.description()).append('\n');
                factor.whys().forEach(why -> list.append("  Why? ").append(why).append('\n'));
            }
            section(body, "Contributing factors", list.toString());
        }
        section(body, "How it can be fixed", review.howFixed());
        section(body, "What went well", review.wentWell());
        section(body, "What went wrong", review.wentWrong());
        section(body, "Where we got lucky", review.gotLucky());
        if (!review.actions().isEmpty()) {
            StringBuilder list = new StringBuilder();
            review.actions().forEach(a -> list.append("- ").append(a.title()).append(" (").append(label(a.type())).append(")\n"));
            section(body, "Actions", list.toString());
        } else if (review.noActionReason() != null) {
            section(body, "Why no action is needed", review.noActionReason());
        }
        String text = body.toString().strip();
        if (text.isEmpty()) {
            text = review.title();
        }
        return Text.length(text) <= Lesson.MAX_BODY ? text : text.substring(0, text.offsetByCodePoints(0, Lesson.MAX_BODY - 1)) + "…";
    }

    static List<String> tags(ReviewPublished review) {
        Set<String> all = new LinkedHashSet<>(review.tags());
        review.factors().forEach(f -> all.add(FactorCategory.valueOf(f.category()).tag()));
        return List.copyOf(all);
    }

    private static void section(StringBuilder body, String heading, String text) {
        if (text != null && !text.isBlank()) {
            body.append(heading).append('\n').append(text.strip()).append("\n\n");
        }
    }

    /** An enumeration's name as words: {@code NOT_DOING} becomes "Not doing". */
    private static String label(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
