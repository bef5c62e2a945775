package dimple.application.reporting;

import dimple.domain.shared.Message;

/** A blaming or hindsight phrase found in a text, with a neutral suggestion. */
public record HintView(String phrase, Message suggestion) implements java.io.Serializable {
}
