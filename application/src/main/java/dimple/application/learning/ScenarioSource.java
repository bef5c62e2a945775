package dimple.application.learning;

/** The lesson a leader is turning into a scenario card, as the card form shows it. */
public record ScenarioSource(String lessonId, String title, String takeaway) implements java.io.Serializable {
}
