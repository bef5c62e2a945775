package dimple.web.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words on screen for the enumerations of reports and recoveries (their names are the API's). Pages
 * show these labels as text, so no state is told by colour alone.
 */
@Named
@ApplicationScoped
public class ReportLabels {
    private static final Map<String, String> KINDS = ordered(
            "CUSTOMER_HARMED", "A customer was harmed",
            "NO_HARM", "It went wrong, but nobody was harmed",
            "NEAR_MISS", "Near miss: caught before it reached anyone",
            "UNSAFE_CONDITION", "Unsafe condition",
            "GOOD_CATCH", "Good catch");
    private static final Map<String, String> IMPACTS = ordered(
            "NONE", "None", "MINOR", "Minor", "MAJOR", "Major", "SEVERE", "Severe");
    private static final Map<String, String> STATUSES = ordered(
            "SUBMITTED", "Submitted, awaiting triage", "NOTED", "Noted", "IN_REVIEW", "In review", "CLOSED", "Closed",
            "DUPLICATE", "Duplicate", "WITHDRAWN", "Withdrawn");
    private static final Map<String, String> RECOVERY_STATUSES = ordered(
            "OPEN", "Open", "CONTACTED", "Apologised", "REMEDY_DELIVERED", "Remedy delivered", "FOLLOWED_UP", "Followed up",
            "CLOSED", "Closed");
    private static final Map<String, String> STEPS = ordered(
            "CONTACTED", "Apologised to the customer", "REMEDY_DELIVERED", "Delivered a remedy", "FOLLOWED_UP", "Followed up",
            "CLOSED", "Closed the case", "BYSTANDERS_THANKED", "Thanked the people who waited");
    private static final Map<String, String> REMEDIES = ordered(
            "REPLACEMENT", "Replacement", "REFUND", "Refund", "CREDIT", "Credit", "EXPEDITE", "Expedited", "PERSONAL_CALL", "Personal call",
            "FEE_WAIVER", "Fee waived", "OTHER", "Other");
    private static final Map<String, String> OUTCOMES = ordered(
            "DELIGHTED", "Delighted", "SATISFIED", "Satisfied", "STILL_UNHAPPY", "Still unhappy", "LOST", "Lost as a customer",
            "UNKNOWN", "Unknown");
    private static final Map<String, String> CHANNELS = ordered(
            "IN_PERSON", "In person", "PHONE", "Phone", "EMAIL", "Email", "CHAT", "Chat", "LETTER", "Letter",
            "SOCIAL_MEDIA", "Social media", "OTHER", "Other");
    private static final Map<String, String> DECISIONS = ordered(
            "KEEP", "Keep the rule", "CHANGE", "Change the rule", "RETIRE", "Retire the rule");

    public List<String> getKinds() {
        return List.copyOf(KINDS.keySet());
    }

    public List<String> getImpacts() {
        return List.copyOf(IMPACTS.keySet());
    }

    public List<String> getStatuses() {
        return List.copyOf(STATUSES.keySet());
    }

    public List<String> getRemedies() {
        return List.copyOf(REMEDIES.keySet());
    }

    public List<String> getOutcomes() {
        return List.copyOf(OUTCOMES.keySet());
    }

    public List<String> getChannels() {
        return List.copyOf(CHANNELS.keySet());
    }

    public List<String> getDecisions() {
        return List.copyOf(DECISIONS.keySet());
    }

    public String kind(String name) {
        return label(KINDS, name);
    }

    public String impact(String name) {
        return label(IMPACTS, name);
    }

    public String status(String name) {
        return label(STATUSES, name);
    }

    public String recoveryStatus(String name) {
        return label(RECOVERY_STATUSES, name);
    }

    public String step(String name) {
        return label(STEPS, name);
    }

    public String remedy(String name) {
        return label(REMEDIES, name);
    }

    public String outcome(String name) {
        return label(OUTCOMES, name);
    }

    public String channel(String name) {
        return label(CHANNELS, name);
    }

    public String decision(String name) {
        return label(DECISIONS, name);
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
