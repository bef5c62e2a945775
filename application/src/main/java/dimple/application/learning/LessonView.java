package dimple.application.learning;

import dimple.application.shared.LessonText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One lesson as its page and the API show it: the story, the contributing factors and the actions with
 * their status, and endorsements per kind. Never names a reporter, and nothing of the accountability
 * lane is ever in it. {@code supersededBy} is the id of the newer lesson, when there is one;
 * {@code mine} are the kinds the caller endorsed it with.
 */
public record LessonView(String id, String title, String takeaway, LessonText body, List<String> tags, String team, String kind,
                         String status, Instant publishedAt, Instant implementedAt, String supersededBy,
                         Map<String, Integer> endorsements, List<String> mine, List<Factor> factors, List<Action> actions,
                         List<ScenarioSummary> scenarios, boolean mayCurate, long version) implements java.io.Serializable {
    public LessonView {
        tags = List.copyOf(tags);
        endorsements = Map.copyOf(endorsements);
        mine = List.copyOf(mine);
        factors = List.copyOf(factors);
        actions = List.copyOf(actions);
        scenarios = List.copyOf(scenarios);
    }

    /** A contributing factor: about systems, never about a person. */
    public record Factor(String category, String description, List<String> whys) implements java.io.Serializable {
    }

    /** An action item that puts the lesson into practice, with its state (not its owner). */
    public record Action(String title, String type, String status, LocalDate dueDate) implements java.io.Serializable {
    }

    /** A scenario card made from the lesson. */
    public record ScenarioSummary(String id, String persona, int practised) implements java.io.Serializable {
    }

    public boolean endorsedByMe(String kind) {
        return mine.contains(kind);
    }

    public boolean current() {
        return "PUBLISHED".equals(status) || "IMPLEMENTED".equals(status);
    }
}
