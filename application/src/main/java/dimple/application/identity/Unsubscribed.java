package dimple.application.identity;

import java.util.List;

/** What an unsubscribe link did: the kinds now off, or why it was refused ({@code mail.unsubscribe.expired}, {@code mail.unsubscribe.invalid}). */
public record Unsubscribed(List<String> kinds, String refusal) {
    public boolean done() {
        return refusal == null;
    }
}
