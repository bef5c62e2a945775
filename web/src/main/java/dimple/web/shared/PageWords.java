package dimple.web.shared;

import dimple.domain.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Pages render a message a view carries ({@code #{words.of(v.scope())}}) in the page's language (ADR 20). */
@Named("words")
@ApplicationScoped
public class PageWords {
    public String of(Message message) {
        return message == null ? null : Words.render(message, Words.current());
    }
}
