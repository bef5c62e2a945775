package dimple.application.reporting;

/** A blaming or hindsight phrase found in a text, with a neutral suggestion. */
public record HintView(String phrase, String suggestion) implements java.io.Serializable {
}
