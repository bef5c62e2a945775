package dimple.web.coaching;

import dimple.web.shared.LabelSet;
import dimple.web.shared.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The words of the accountability lane: labels for its enumerations (whose names are the API's) and
 * the guidance a leader reads while assessing, in plain words.
 */
@Named
@ApplicationScoped
public class CoachingLabels {
    /** One question of the decision aid: what it asks, and how to read a yes. */
    public record Test(String id, String question, String guidance) {
    }

    /** The decision aid's questions, by the names the API uses; their words are {@code label.coaching.test.<id>.*}. */
    private static final List<String> TESTS = List.of("deliberateHarm", "health", "foresight", "substitution");

    private static final LabelSet BEHAVIOURS = LabelSet.of("label.coaching.behaviours", "HUMAN_ERROR", "AT_RISK", "RECKLESS");
    private static final LabelSet BEHAVIOUR_GUIDANCE = LabelSet.of("label.coaching.behaviourGuidance", "HUMAN_ERROR", "AT_RISK", "RECKLESS");
    private static final LabelSet RESPONSES = LabelSet.of("label.coaching.responses", "CONSOLE", "COACH", "REFER_TO_HR");
    private static final LabelSet STATUSES = LabelSet.of("label.coaching.statuses", "DRAFT", "SHARED", "ACKNOWLEDGED", "DECLINED", "CLOSED");
    private static final LabelSet DECISIONS = LabelSet.of("label.coaching.decisions", "ACKNOWLEDGED", "DECLINED");

    public List<Test> getTests() {
        return TESTS.stream().map(id -> new Test(id, words("label.coaching.test." + id + ".question"), words("label.coaching.test." + id + ".guidance")))
                .toList();
    }

    public List<String> getBehaviours() {
        return BEHAVIOURS.names();
    }

    public List<String> getResponses() {
        return RESPONSES.names();
    }

    public List<String> getStatuses() {
        return STATUSES.names();
    }

    /** The states HR can see: a draft is the coach's alone. */
    public List<String> getSharedStatuses() {
        return STATUSES.names().stream().filter(s -> !s.equals("DRAFT")).toList();
    }

    public String behaviour(String name) {
        return BEHAVIOURS.of(name);
    }

    public String behaviourGuidance(String name) {
        return BEHAVIOUR_GUIDANCE.orElse(name, "");
    }

    public String response(String name) {
        return RESPONSES.of(name);
    }

    public String status(String name) {
        return STATUSES.of(name);
    }

    public String decision(String name) {
        return name == null ? words("label.coaching.decisions.none") : DECISIONS.of(name);
    }

    public String yesNo(boolean answer) {
        return words(answer ? "label.yes" : "label.no");
    }

    /** The test's question, by the name the API uses. */
    public String question(String id) {
        return TESTS.contains(id) ? words("label.coaching.test." + id + ".question") : id;
    }

    private static String words(String code) {
        return Words.text(Words.current(), code);
    }
}
