package dimple.domain.reporting;

import dimple.domain.shared.Message;

/** A blaming or hindsight phrase found in a text, with a neutral way to say what is meant (a message the web tier renders). */
public record Hint(String phrase, Message suggestion) {
}
