package dimple.web.coaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static final List<Test> TESTS = List.of(
            new Test("deliberateHarm", "Did they mean to cause the harm?",
                    "Almost never. Answer yes only if they wanted the bad outcome itself, not just took a shortcut. "
                            + "A yes takes the matter outside coaching: refer it to HR."),
            new Test("health", "Was their health part of it?",
                    "Illness, exhaustion, medication, stress or a substance. If yes, look after the person first and "
                            + "offer support; this is not a matter of blame."),
            new Test("foresight", "Did they knowingly take a risk that people in their role would see as unjustified?",
                    "For example leaving out a step they knew mattered and could have done. No if they did not see the "
                            + "risk or believed the step was safe to skip: that is how slips and drift look."),
            new Test("substitution", "Would a comparable colleague, in the same situation, probably have done the same?",
                    "Picture someone with the same training, time pressure and tools. If yes, the system invited this: "
                            + "fix the system, and do not single the person out."));

    private static final Map<String, String> BEHAVIOURS = ordered(
            "HUMAN_ERROR", "Human error: an unintended slip, lapse or mistake",
            "AT_RISK", "At-risk behaviour: a choice whose risk was not seen, or was believed justified",
            "RECKLESS", "Reckless behaviour: a conscious disregard of a substantial, unjustifiable risk");
    private static final Map<String, String> BEHAVIOUR_GUIDANCE = ordered(
            "HUMAN_ERROR", "Console the person. Look at what made the error easy, and change that.",
            "AT_RISK", "Coach: talk about the choice and the risk, remove the reasons for the shortcut, agree what to do differently.",
            "RECKLESS", "Rare. Refer to HR; the learning from the report still goes to everyone, without the person.");
    private static final Map<String, String> RESPONSES = ordered(
            "CONSOLE", "Console", "COACH", "Coach (write a coaching record)", "REFER_TO_HR", "Refer to HR");
    private static final Map<String, String> STATUSES = ordered(
            "DRAFT", "Draft (only you see it)", "SHARED", "Shared, waiting for the employee", "ACKNOWLEDGED", "Acknowledged",
            "DECLINED", "Declined", "CLOSED", "Closed");
    private static final Map<String, String> DECISIONS = ordered(
            "ACKNOWLEDGED", "Acknowledged", "DECLINED", "Declined");

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public List<Test> getTests() {
        return TESTS;
    }

    public List<String> getBehaviours() {
        return List.copyOf(BEHAVIOURS.keySet());
    }

    public List<String> getResponses() {
        return List.copyOf(RESPONSES.keySet());
    }

    public List<String> getStatuses() {
        return List.copyOf(STATUSES.keySet());
    }

    /** The states HR can see: a draft is the coach's alone. */
    public List<String> getSharedStatuses() {
        return STATUSES.keySet().stream().filter(s -> !s.equals("DRAFT")).toList();
    }

    public String behaviour(String name) {
        return BEHAVIOURS.getOrDefault(name, name);
    }

    public String behaviourGuidance(String name) {
        return BEHAVIOUR_GUIDANCE.getOrDefault(name, "");
    }

    public String response(String name) {
        return RESPONSES.getOrDefault(name, name);
    }

    public String status(String name) {
        return STATUSES.getOrDefault(name, name);
    }

    public String decision(String name) {
        return name == null ? "Not yet" : DECISIONS.getOrDefault(name, name);
    }

    public String yesNo(boolean answer) {
        return answer ? "Yes" : "No";
    }

    /** The test's question, by the name the API uses. */
    public String question(String id) {
        return TESTS.stream().filter(t -> t.id().equals(id)).map(Test::question).findFirst().orElse(id);
    }
}
