package dimple.application.learning;

import java.time.LocalDate;
import java.util.List;

/** A team practised a scenario card: when, who took part, and notes. */
public record LogPractice(LocalDate heldOn, List<String> participants, String notes) {
}
