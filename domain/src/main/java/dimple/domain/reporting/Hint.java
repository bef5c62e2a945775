package dimple.domain.reporting;

/** A blaming or hindsight phrase found in a text, with a neutral way to say what is meant. */
public record Hint(String phrase, String suggestion) {
}
