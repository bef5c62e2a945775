package dimple.web.shared;

import dimple.application.shared.LessonText;
import dimple.domain.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Pages render a message a view carries ({@code #{words.of(v.scope())}}) and a lesson's story
 * ({@code #{words.story(l.body())}}) in the page's language (ADR 20).
 */
@Named("words")
@ApplicationScoped
public class PageWords {
    public String of(Message message) {
        return message == null ? null : Words.render(message, Words.current());
    }

    public String story(LessonText story) {
        return LessonWords.render(story, Words.current());
    }
}
