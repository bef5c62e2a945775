package dimple.web.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words on screen for the enumerations of triage, reviews and action items (their names are the
 * API's), and for the fields the history names. Pages show these labels as text, so no state is told
 * by colour alone.
 */
@Named
@ApplicationScoped
public class ReviewLabels {
    private static final Map<String, String> DECISIONS = ordered(
            "REVIEW", "Open a blameless review", "NOTED", "Noted: close it without a review", "DUPLICATE", "Duplicate of an earlier report");
    private static final Map<String, String> STATES = ordered(
            "DRAFTING", "Drafting", "IN_REVIEW", "In review", "APPROVED", "Approved", "PUBLISHED", "Published");
    /** What the button that moves a review to a state says. */
    private static final Map<String, String> MOVES = ordered(
            "IN_REVIEW", "Submit for review", "DRAFTING", "Send back to drafting", "APPROVED", "Approve", "PUBLISHED", "Publish as a lesson");
    private static final Map<String, String> KINDS = ordered(
            "EVENT", "Event", "DETECTION", "Noticed", "DECISION", "Decision", "COMMUNICATION", "Communication", "RECOVERY", "Put right");
    private static final Map<String, String> CATEGORIES = ordered(
            "PROCESS", "Process", "TOOLS", "Tools", "TRAINING", "Training", "COMMUNICATION", "Communication", "WORKLOAD", "Workload",
            "ENVIRONMENT", "Environment", "POLICY", "Policy", "HANDOVER", "Handover");
    private static final Map<String, String> TYPES = ordered(
            "CORRECTIVE", "Corrective: fix what went wrong", "PREVENTIVE", "Preventive: keep it from happening again",
            "DETECTIVE", "Detective: notice it sooner");
    private static final Map<String, String> SHORT_TYPES = ordered(
            "CORRECTIVE", "Corrective", "PREVENTIVE", "Preventive", "DETECTIVE", "Detective");
    private static final Map<String, String> PRIORITIES = ordered("LOW", "Low", "MEDIUM", "Medium", "HIGH", "High");
    private static final Map<String, String> ACTION_STATES = ordered(
            "OPEN", "Open", "IN_PROGRESS", "In progress", "DONE", "Done", "NOT_DOING", "Not doing");
    private static final Map<String, String> FIELDS = ordered(
            "status", "State", "returnReason", "Reason for going back", "title", "Title", "summary", "Summary",
            "takeaway", "One-line takeaway", "whatHappened", "What happened", "why", "Why it happened", "howFixed", "How it can be fixed",
            "wentWell", "What went well", "wentWrong", "What went wrong", "gotLucky", "Where we got lucky",
            "noActionReason", "Why no action is needed", "facilitator", "Facilitator", "participants", "Participants", "tags", "Tags",
            "reports", "Reports covered", "timeline", "Timeline entry", "factors", "Contributing factor", "action", "Planned",
            "reason", "Reason not to do it");

    public List<String> getDecisions() {
        return List.copyOf(DECISIONS.keySet());
    }

    public List<String> getKinds() {
        return List.copyOf(KINDS.keySet());
    }

    public List<String> getCategories() {
        return List.copyOf(CATEGORIES.keySet());
    }

    public List<String> getTypes() {
        return List.copyOf(TYPES.keySet());
    }

    public List<String> getPriorities() {
        return List.copyOf(PRIORITIES.keySet());
    }

    public List<String> getStates() {
        return List.copyOf(STATES.keySet());
    }

    public String decision(String name) {
        return label(DECISIONS, name);
    }

    public String state(String name) {
        return label(STATES, name);
    }

    public String move(String name) {
        return label(MOVES, name);
    }

    public String kind(String name) {
        return label(KINDS, name);
    }

    public String category(String name) {
        return label(CATEGORIES, name);
    }

    public String type(String name) {
        return label(TYPES, name);
    }

    public String shortType(String name) {
        return label(SHORT_TYPES, name);
    }

    public String priority(String name) {
        return label(PRIORITIES, name);
    }

    public String actionState(String name) {
        return label(ACTION_STATES, name);
    }

    /** A history value: states by their labels, everything else as it is. */
    public String value(String field, String value) {
        if (value == null) {
            return "—";
        }
        return "status".equals(field) ? (STATES.containsKey(value) ? STATES.get(value) : label(ACTION_STATES, value)) : value;
    }

    public String field(String name) {
        return label(FIELDS, name);
    }

    private static String label(Map<String, String> labels, String name) {
        return name == null ? "" : labels.getOrDefault(name, name);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
