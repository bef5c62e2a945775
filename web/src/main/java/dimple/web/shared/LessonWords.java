package dimple.web.shared;

import dimple.application.shared.LessonText;
import java.util.List;
import java.util.Locale;

/**
 * A lesson's story as a person reads it (ADR 20): each section under its heading
 * ({@code lesson.section.*}), the contributing factors as a list with their category and whys, the
 * actions with their type, in the reader's language; a story without sections as written. The page and
 * the API's {@code body} show the same text; in English it is word for word what lessons stored before
 * they kept sections.
 */
public final class LessonWords {
    private static final int MAX_CHARACTERS = 60_000;

    private LessonWords() {
    }

    public static String render(LessonText story, Locale locale) {
        if (story == null) {
            return null;
        }
        if (story.sections().isEmpty()) {
            return story.written();
        }
        List<LessonText.Section> sections = story.sections();
        StringBuilder body = new StringBuilder();
        int i = 0;
        while (i < sections.size()) {
            String part = sections.get(i).part();
            StringBuilder text = new StringBuilder();
            if (isFactor(part)) {
                for (; i < sections.size() && isFactor(sections.get(i).part()); i++) {
                    LessonText.Section s = sections.get(i);
                    if ("FACTOR".equals(s.part())) {
                        text.append("- ").append(Words.text(locale, "label.review.categories." + s.label())).append(": ");
                    } else {
                        text.append("  ").append(Words.text(locale, "lesson.section.FACTOR_WHY")).append(' ');
                    }
                    text.append(s.text()).append('\n');
                }
                part = "FACTOR";
            } else if ("ACTION".equals(part)) {
                for (; i < sections.size() && "ACTION".equals(sections.get(i).part()); i++) {
                    LessonText.Section s = sections.get(i);
                    text.append("- ").append(s.text()).append(" (").append(Words.text(locale, "lesson.section.actionTypes." + s.label()))
                            .append(")\n");
                }
            } else {
                text.append(sections.get(i++).text());
            }
            if (!text.toString().isBlank()) {
                body.append(Words.text(locale, "lesson.section." + part)).append('\n').append(text.toString().strip()).append("\n\n");
            }
        }
        String all = body.toString().strip();
        return all.codePointCount(0, all.length()) <= MAX_CHARACTERS ? all
                : all.substring(0, all.offsetByCodePoints(0, MAX_CHARACTERS - 1)) + "…";
    }

    private static boolean isFactor(String part) {
        return "FACTOR".equals(part) || "FACTOR_WHY".equals(part);
    }
}
