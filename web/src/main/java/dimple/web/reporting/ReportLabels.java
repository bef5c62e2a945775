package dimple.web.reporting;

import dimple.web.shared.LabelSet;
import dimple.web.shared.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * Words on screen for the enumerations of reports and recoveries (their names are the API's). Pages
 * show these labels as text, so no state is told by colour alone. Kinds and impact levels speak the administrator's
 * words where there are some ({@link CategoryWords}).
 */
@Named
@ApplicationScoped
public class ReportLabels {
    @Inject
    CategoryWords categoryWords;

    private static final LabelSet KINDS = LabelSet.of("label.report.kinds", "CUSTOMER_HARMED", "NO_HARM", "NEAR_MISS", "UNSAFE_CONDITION", "GOOD_CATCH");
    private static final LabelSet IMPACTS = LabelSet.of("label.report.impacts", "NONE", "MINOR", "MAJOR", "SEVERE");
    private static final LabelSet STATUSES = LabelSet.of("label.report.statuses", "SUBMITTED", "NOTED", "IN_REVIEW", "CLOSED", "DUPLICATE", "WITHDRAWN");
    private static final LabelSet RECOVERY_STATUSES = LabelSet.of("label.report.recoveryStatuses", "OPEN", "CONTACTED", "REMEDY_DELIVERED", "FOLLOWED_UP", "CLOSED");
    private static final LabelSet STEPS = LabelSet.of("label.report.steps", "CONTACTED", "REMEDY_DELIVERED", "FOLLOWED_UP", "CLOSED", "BYSTANDERS_THANKED", "LETTER_SENT");
    private static final LabelSet REMEDIES = LabelSet.of("label.report.remedies", "REPLACEMENT", "REFUND", "CREDIT", "EXPEDITE", "PERSONAL_CALL", "FEE_WAIVER", "OTHER");
    private static final LabelSet OUTCOMES = LabelSet.of("label.report.outcomes", "DELIGHTED", "SATISFIED", "STILL_UNHAPPY", "LOST", "UNKNOWN");
    private static final LabelSet CHANNELS = LabelSet.of("label.report.channels", "IN_PERSON", "PHONE", "EMAIL", "CHAT", "LETTER", "SOCIAL_MEDIA", "OTHER");
    private static final LabelSet DECISIONS = LabelSet.of("label.report.decisions", "KEEP", "CHANGE", "RETIRE");

    public List<String> getKinds() {
        return KINDS.names();
    }

    public List<String> getImpacts() {
        return IMPACTS.names();
    }

    public List<String> getStatuses() {
        return STATUSES.names();
    }

    public List<String> getRemedies() {
        return REMEDIES.names();
    }

    public List<String> getOutcomes() {
        return OUTCOMES.names();
    }

    public List<String> getChannels() {
        return CHANNELS.names();
    }

    public List<String> getDecisions() {
        return DECISIONS.names();
    }

    /** A kind as the administrator named it in the page's language, else the bundle's words (docs/adr/0051). */
    public String kind(String name) {
        return KINDS.knows(name) ? categoryWords.kind(name) : KINDS.of(name);
    }

    public String impact(String name) {
        return IMPACTS.knows(name) ? categoryWords.impact(name) : IMPACTS.of(name);
    }

    /**
     * A report's title, or words saying it was removed: a title is never blank, except after the retention sweep blanked
     * the report's words (docs/adr/0052), and an empty heading or cell would say nothing.
     */
    public String title(String title) {
        return title == null || title.isBlank() ? title(title, Words.current()) : title;
    }

    static String title(String title, Locale locale) {
        return title == null || title.isBlank() ? Words.text(locale, "report.anonymised.title") : title;
    }

    public String status(String name) {
        return STATUSES.of(name);
    }

    public String recoveryStatus(String name) {
        return RECOVERY_STATUSES.of(name);
    }

    public String step(String name) {
        return STEPS.of(name);
    }

    public String remedy(String name) {
        return REMEDIES.of(name);
    }

    public String outcome(String name) {
        return OUTCOMES.of(name);
    }

    public String channel(String name) {
        return CHANNELS.of(name);
    }

    public String decision(String name) {
        return DECISIONS.of(name);
    }


}
