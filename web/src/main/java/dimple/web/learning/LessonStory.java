package dimple.web.learning;

import dimple.application.shared.LessonText;
import dimple.web.shared.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A lesson's story on its page, told once: each section of the story under its own heading (what happened,
 * why it happened, how it can be fixed, ...), leaving out the contributing factors and the actions, which
 * the page shows in sections of their own; a story stored without sections as written. Whys read as
 * answers: "Because the till timed out".
 */
@Named
@ApplicationScoped
public class LessonStory {
    /** Parts the page shows in sections of their own. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("FACTOR", "FACTOR_WHY", "ACTION");

    /** One section of the story: its heading (empty for a story without sections) and its text. */
    public record Part(String name, String heading, String text) implements java.io.Serializable {
    }

    public List<Part> sections(LessonText story) {
        return sections(story, Words.current());
    }

    public String because(String why) {
        return because(why, Words.current());
    }

    static List<Part> sections(LessonText story, Locale locale) {
        if (story == null) {
            return List.of();
        }
        if (story.sections().isEmpty()) {
            return story.written() == null || story.written().isBlank() ? List.of() : List.of(new Part("WRITTEN", "", story.written()));
        }
        List<Part> parts = new ArrayList<>();
        for (LessonText.Section s : story.sections()) {
            if (SHOWN_ELSEWHERE.contains(s.part()) || s.text() == null || s.text().isBlank()) {
                continue;
            }
            parts.add(new Part(s.part(), Words.text(locale, "lesson.section." + s.part()), s.text().strip()));
        }
        return parts;
    }

    /** A why as an answer: "Because …", without a second "because" when the writer began with one. */
    static String because(String why, Locale locale) {
        if (why == null || why.isBlank()) {
            return "";
        }
        String text = why.strip();
        String lead = Words.text(locale, "lesson.because.word");
        if (text.regionMatches(true, 0, lead, 0, lead.length())
                && (text.length() == lead.length() || !Character.isLetter(text.charAt(lead.length())))) {
            text = text.substring(lead.length()).replaceFirst("^[\\s:,;—–-]+", "");
        }
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return Words.text(locale, "lesson.because", text);
    }
}
