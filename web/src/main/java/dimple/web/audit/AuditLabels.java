package dimple.web.audit;

import dimple.application.audit.AuditAction;
import dimple.web.shared.LabelSet;
import dimple.web.shared.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit log in words: each action by its label ("Signed in", not {@code SIGNED_IN}) and each target by
 * what it is ("Report R-2026-000012", "Account emma"). A target that is a record id (a review, a coaching
 * record, an assessment) is told by its kind only: administrators may not read those records, and an id
 * tells a person nothing. The stored entry and the API's answer keep the names and targets as recorded.
 *
 * <p>The words only re-word what the entry already says: a confidential report's entries name its receipt
 * and nothing else, as before (ADR 7).
 */
@Named
@ApplicationScoped
public class AuditLabels {
    static final LabelSet ACTIONS = LabelSet.of("label.audit.actions", "SIGNED_IN", "SIGNED_OUT", "SIGN_IN_FAILED", "SIGN_IN_REFUSED",
            "SIGN_IN_DELAYED", "SIGN_IN_DELAY_CLEARED", "SESSIONS_ENDED", "ACCOUNT_CREATED", "ACCOUNT_CHANGED", "ACCOUNT_DISABLED",
            "ACCOUNT_ENABLED", "PASSWORD_RESET", "PASSWORD_CHANGED", "TEAM_CREATED", "TEAM_RENAMED", "FIRST_ADMIN_CREATED",
            "DEMO_DATA_SEEDED", "ACCESS_REFUSED", "REPORT_SUBMITTED", "REPORT_WITHDRAWN", "REPORT_QUESTION_ASKED",
            "REPORT_QUESTION_ANSWERED", "RECOVERY_STEP_RECORDED", "BENT_RULE_DECIDED", "REPORT_TRIAGED", "REVIEW_CHANGED",
            "REVIEW_MOVED", "REVIEW_PUBLISHED", "REVIEW_PUBLISH_REFUSED", "ACTION_PLANNED", "ACTION_MOVED", "ASSESSMENT_RECORDED", "ASSESSMENT_READ",
            "ASSESSMENTS_LISTED", "COACHING_RECORD_DRAFTED", "COACHING_RECORD_REVISED", "COACHING_RECORD_SHARED",
            "COACHING_RECORD_ACKNOWLEDGED", "COACHING_RECORD_DECLINED", "COACHING_RECORD_CLOSED", "COACHING_RECORD_READ",
            "COACHING_RECORDS_LISTED", "COACHING_RECORDS_EXPORTED", "COACHING_RETENTION_SWEPT", "SETTING_CHANGED", "SCENARIO_WRITTEN", "PRACTICE_LOGGED",
            "LESSON_ARCHIVED", "LESSON_SUPERSEDED", "BACKUP_TAKEN", "CUSTOM_FIELD_CHANGED", "REPORTS_EXPORTED",
            "LETTER_TEMPLATE_CHANGED", "CATEGORY_CHANGED", "RETENTION_PERIOD_CHANGED", "RETENTION_SWEPT", "LEGAL_HOLD_PLACED", "LEGAL_HOLD_LIFTED",
            "COACHING_LEGAL_HOLD_PLACED", "COACHING_LEGAL_HOLD_LIFTED");

    /** What kind of thing each action's target is; the words are {@code audit.target.<kind>}. */
    private static final Map<String, String> TARGET_KINDS = Map.ofEntries(
            Map.entry(AuditAction.SIGNED_IN, "account"), Map.entry(AuditAction.SIGNED_OUT, "account"),
            Map.entry(AuditAction.SESSIONS_ENDED, "account"), Map.entry(AuditAction.ACCOUNT_CREATED, "account"),
            Map.entry(AuditAction.ACCOUNT_CHANGED, "account"), Map.entry(AuditAction.ACCOUNT_DISABLED, "account"),
            Map.entry(AuditAction.ACCOUNT_ENABLED, "account"), Map.entry(AuditAction.PASSWORD_RESET, "account"),
            Map.entry(AuditAction.PASSWORD_CHANGED, "account"), Map.entry(AuditAction.FIRST_ADMIN_CREATED, "account"),
            Map.entry(AuditAction.SIGN_IN_FAILED, "username"), Map.entry(AuditAction.SIGN_IN_REFUSED, "username"),
            Map.entry(AuditAction.SIGN_IN_DELAYED, "signIns"), Map.entry(AuditAction.SIGN_IN_DELAY_CLEARED, "signIns"),
            Map.entry(AuditAction.TEAM_CREATED, "team"), Map.entry(AuditAction.TEAM_RENAMED, "team"),
            Map.entry(AuditAction.ACCESS_REFUSED, "address"),
            Map.entry(AuditAction.REPORT_SUBMITTED, "report"), Map.entry(AuditAction.REPORT_WITHDRAWN, "report"),
            Map.entry(AuditAction.REPORT_QUESTION_ASKED, "report"), Map.entry(AuditAction.REPORT_QUESTION_ANSWERED, "report"),
            Map.entry(AuditAction.RECOVERY_STEP_RECORDED, "report"), Map.entry(AuditAction.REPORT_TRIAGED, "report"),
            Map.entry(AuditAction.BENT_RULE_DECIDED, "bentRule"), Map.entry(AuditAction.CUSTOM_FIELD_CHANGED, "team"),
            Map.entry(AuditAction.LETTER_TEMPLATE_CHANGED, "letterTemplate"), Map.entry(AuditAction.CATEGORY_CHANGED, "categories"),
            Map.entry(AuditAction.RETENTION_PERIOD_CHANGED, "recordType"), Map.entry(AuditAction.RETENTION_SWEPT, "recordType"),
            Map.entry(AuditAction.LEGAL_HOLD_PLACED, "report"), Map.entry(AuditAction.LEGAL_HOLD_LIFTED, "report"),
            Map.entry(AuditAction.REVIEW_CHANGED, "review"), Map.entry(AuditAction.REVIEW_MOVED, "review"),
            Map.entry(AuditAction.REVIEW_PUBLISHED, "review"), Map.entry(AuditAction.REVIEW_PUBLISH_REFUSED, "review"),
            Map.entry(AuditAction.ACTION_PLANNED, "review"),
            Map.entry(AuditAction.ACTION_MOVED, "review"),
            Map.entry(AuditAction.ASSESSMENT_RECORDED, "assessment"), Map.entry(AuditAction.ASSESSMENT_READ, "assessment"),
            Map.entry(AuditAction.COACHING_RECORD_DRAFTED, "coachingRecord"), Map.entry(AuditAction.COACHING_RECORD_REVISED, "coachingRecord"),
            Map.entry(AuditAction.COACHING_RECORD_SHARED, "coachingRecord"),
            Map.entry(AuditAction.COACHING_LEGAL_HOLD_PLACED, "coachingRecord"), Map.entry(AuditAction.COACHING_LEGAL_HOLD_LIFTED, "coachingRecord"),
            Map.entry(AuditAction.COACHING_RECORD_ACKNOWLEDGED, "coachingRecord"),
            Map.entry(AuditAction.COACHING_RECORD_DECLINED, "coachingRecord"), Map.entry(AuditAction.COACHING_RECORD_CLOSED, "coachingRecord"),
            Map.entry(AuditAction.COACHING_RECORD_READ, "coachingRecord"), Map.entry(AuditAction.COACHING_RECORDS_EXPORTED, "file"),
            Map.entry(AuditAction.SETTING_CHANGED, "setting"), Map.entry(AuditAction.BACKUP_TAKEN, "file"), Map.entry(AuditAction.REPORTS_EXPORTED, "file"),
            Map.entry(AuditAction.SCENARIO_WRITTEN, "scenario"), Map.entry(AuditAction.PRACTICE_LOGGED, "scenario"),
            Map.entry(AuditAction.LESSON_ARCHIVED, "lesson"), Map.entry(AuditAction.LESSON_SUPERSEDED, "lesson"));

    /** The action names for the filter's pick-list, in the order of their words. */
    public List<String> getActions() {
        return actions(Words.current());
    }

    public String action(String name) {
        return ACTIONS.of(name);
    }

    public String target(String action, String target) {
        return target(action, target, Words.current());
    }

    static List<String> actions(Locale locale) {
        Collator collator = Collator.getInstance(locale == null ? Words.DEFAULT : locale);
        return ACTIONS.names().stream().sorted(Comparator.comparing(n -> Words.text(locale, ACTIONS.key(n)), collator)).toList();
    }

    /** A target in words: its kind and, where it is a name or a receipt (not a record id), the target itself. */
    static String target(String action, String target, Locale locale) {
        if (target == null || target.isBlank()) {
            return "—";
        }
        String kind = TARGET_KINDS.get(action);
        if ("setting".equals(kind)) {
            String key = "label.settings." + target;
            String name = Words.text(locale, key);
            return Words.text(locale, "audit.target.setting", name.equals(key) ? target : name);
        }
        if ("recordType".equals(kind)) {
            String key = "retention.type." + target;
            String name = Words.text(locale, key);
            return Words.text(locale, "audit.target.recordType", name.equals(key) ? target : name);
        }
        return kind == null ? target : Words.text(locale, "audit.target." + kind, target);
    }
}
