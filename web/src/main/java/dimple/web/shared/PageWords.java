package dimple.web.shared;

import dimple.application.shared.LessonText;
import dimple.domain.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Pages render a message a view carries ({@code #{words.of(v.scope())}}) and a lesson's story
 * ({@code #{words.story(l.body())}}) and counts ({@code #{words.count(...)}}) in the page's language (ADR 20).
 */
@Named("words")
@ApplicationScoped
public class PageWords {
    public String of(Message message) {
        return message == null ? null : Words.render(message, Words.current());
    }

    /**
     * A count in words, in the page's language: {@code <code>.one} for exactly one, {@code <code>.other}
     * otherwise, with the number as the pattern's argument ({@code #{words.count('dashboard.questionsWaiting', n)}}).
     */
    public String count(String code, long n) {
        return Words.text(Words.current(), code + (n == 1 ? ".one" : ".other"), n);
    }

    /** Words with one argument, in the page's language ({@code #{words.with('settings.timeZone.organisation', zone)}}). */
    public String with(String code, String argument) {
        return Words.text(Words.current(), code, argument);
    }

    /** Words with two arguments, in the page's language ({@code #{words.both('page.insights.endorsed', a, b)}}). */
    public String both(String code, String first, String second) {
        return Words.text(Words.current(), code, first, second);
    }

    public String story(LessonText story) {
        return LessonWords.render(story, Words.current());
    }
}
