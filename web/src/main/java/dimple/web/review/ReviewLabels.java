package dimple.web.review;

import dimple.web.shared.LabelSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Words on screen for the enumerations of triage, reviews and action items (their names are the
 * API's), and for the fields the history names. Pages show these labels as text, so no state is told
 * by colour alone.
 */
@Named
@ApplicationScoped
public class ReviewLabels {
    private static final LabelSet DECISIONS = LabelSet.of("label.review.decisions", "REVIEW", "NOTED", "DUPLICATE");
    private static final LabelSet STATES = LabelSet.of("label.review.states", "DRAFTING", "IN_REVIEW", "APPROVED", "PUBLISHED");
    /** What the button that moves a review to a state says. */
    private static final LabelSet MOVES = LabelSet.of("label.review.moves", "IN_REVIEW", "DRAFTING", "APPROVED", "PUBLISHED");
    private static final LabelSet KINDS = LabelSet.of("label.review.kinds", "EVENT", "DETECTION", "DECISION", "COMMUNICATION", "RECOVERY");
    private static final LabelSet CATEGORIES = LabelSet.of("label.review.categories", "PROCESS", "TOOLS", "TRAINING", "COMMUNICATION", "WORKLOAD", "ENVIRONMENT", "POLICY", "HANDOVER");
    private static final LabelSet TYPES = LabelSet.of("label.review.types", "CORRECTIVE", "PREVENTIVE", "DETECTIVE");
    private static final LabelSet SHORT_TYPES = LabelSet.of("label.review.shortTypes", "CORRECTIVE", "PREVENTIVE", "DETECTIVE");
    private static final LabelSet PRIORITIES = LabelSet.of("label.review.priorities", "LOW", "MEDIUM", "HIGH");
    private static final LabelSet ACTION_STATES = LabelSet.of("label.review.actionStates", "OPEN", "IN_PROGRESS", "DONE", "NOT_DOING");
    private static final LabelSet FIELDS = LabelSet.of("label.review.fields", "status", "returnReason", "title", "summary", "takeaway", "whatHappened", "why", "howFixed", "wentWell", "wentWrong", "gotLucky", "noActionReason", "facilitator", "participants", "tags", "reports", "timeline", "factors", "action", "reason", "type", "owner", "dueDate", "priority", "firstApproval");

    public List<String> getDecisions() {
        return DECISIONS.names();
    }

    public List<String> getKinds() {
        return KINDS.names();
    }

    public List<String> getCategories() {
        return CATEGORIES.names();
    }

    public List<String> getTypes() {
        return TYPES.names();
    }

    public List<String> getPriorities() {
        return PRIORITIES.names();
    }

    public List<String> getStates() {
        return STATES.names();
    }

    public String decision(String name) {
        return DECISIONS.of(name);
    }

    public String state(String name) {
        return STATES.of(name);
    }

    public String move(String name) {
        return MOVES.of(name);
    }

    public String kind(String name) {
        return KINDS.of(name);
    }

    public String category(String name) {
        return CATEGORIES.of(name);
    }

    public String type(String name) {
        return TYPES.of(name);
    }

    public String shortType(String name) {
        return SHORT_TYPES.of(name);
    }

    public String priority(String name) {
        return PRIORITIES.of(name);
    }

    public String actionState(String name) {
        return ACTION_STATES.of(name);
    }

    /** A history value: states by their labels, everything else as it is. */
    public String value(String field, String value) {
        if (value == null) {
            return "—";
        }
        return switch (field) {
            case "status" -> STATES.knows(value) ? STATES.of(value) : ACTION_STATES.of(value);
            case "type" -> TYPES.orElse(value, value);
            case "priority" -> PRIORITIES.orElse(value, value);
            default -> value;
        };
    }

    public String field(String name) {
        return FIELDS.of(name);
    }


}
