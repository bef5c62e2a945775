package dimple.application.shared;

/** One thing wrong with one field of the input, in words for the person who typed it. */
public record FieldProblem(String field, String message) {
}
