package dimple.application.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A scenario card for a team's training hour, with the practice sessions logged on it (latest first). */
public record ScenarioView(String id, String lessonId, String lessonTitle, String team, String persona, String situation,
                           String mayOffer, String goodLooksLike, List<String> debriefQuestions, Instant createdAt,
                           List<Practice> sessions) implements java.io.Serializable {
    public ScenarioView {
        debriefQuestions = List.copyOf(debriefQuestions);
        sessions = List.copyOf(sessions);
    }

    /** One practice of the card. */
    public record Practice(String id, LocalDate heldOn, List<String> participants, String notes) implements java.io.Serializable {
        public Practice {
            participants = List.copyOf(participants);
        }
    }
}
