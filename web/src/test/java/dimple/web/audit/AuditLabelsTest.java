package dimple.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.audit.AuditAction;
import dimple.web.shared.Words;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditLabelsTest {
    @Test
    void everyAuditedAction_hasALabel_andIsOnThePickList_inTheOrderOfItsWords() throws IllegalAccessException {
        List<String> audited = new ArrayList<>();
        for (Field f : AuditAction.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && ((String) f.get(null)).matches("[A-Z_]+")) {
                audited.add((String) f.get(null));
            }
        }
        assertThat(audited).hasSizeGreaterThan(40);
        assertThat(AuditLabels.ACTIONS.names()).containsExactlyInAnyOrderElementsOf(audited);
        List<String> pickList = AuditLabels.actions(Locale.ENGLISH);
        assertThat(pickList).containsExactlyInAnyOrderElementsOf(audited);
        List<String> words = pickList.stream().map(a -> Words.text(Locale.ENGLISH, AuditLabels.ACTIONS.key(a))).toList();
        assertThat(words).isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH)::compare).doesNotHaveDuplicates()
                .allSatisfy(w -> assertThat(w).doesNotContain("_").doesNotStartWith("label."));
        assertThat(words).contains("Signed in", "Report filed", "Coaching record shared");
    }

    /** An action written as a literal where it is audited would have no words (the log showed PRACTICE_LOGGED as it is). */
    @Test
    void everyAuditCall_namesItsActionByAConstant_soEveryActionHasWords() throws Exception {
        Pattern literalAction = Pattern.compile("audit\\.record\\w*\\((?:[^,;]+?,\\s*)?\"([A-Z_]+)\"");
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "application", "src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literalAction.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(literals).isEmpty();
        assertThat(literalAction.matcher("audit.recordAs(me.username(), \"PRACTICE_LOGGED\", target").find()).as("the check can fail").isTrue();
    }

    @Test
    void aTarget_readsAsWhatItIs_andARecordIdIsToldByItsKindOnly() {
        assertThat(AuditLabels.target(AuditAction.SIGNED_IN, "emma", Locale.ENGLISH)).isEqualTo("Account emma");
        assertThat(AuditLabels.target(AuditAction.REPORT_SUBMITTED, "R-2026-000012", Locale.ENGLISH)).isEqualTo("Report R-2026-000012");
        assertThat(AuditLabels.target(AuditAction.REPORT_SUBMITTED, "C-2026-7KQ3-M9XD", Locale.ENGLISH))
                .as("a confidential report's entry says what it said before: its receipt, nothing more").isEqualTo("Report C-2026-7KQ3-M9XD");
        assertThat(AuditLabels.target(AuditAction.TEAM_CREATED, "Front Desk", Locale.ENGLISH)).isEqualTo("Team Front Desk");
        String uuid = "0b5c2f6e-4d3a-4f8e-9a51-6c2d7e8f9a10";
        assertThat(AuditLabels.target(AuditAction.REVIEW_CHANGED, "review " + uuid, Locale.ENGLISH)).isEqualTo("A review");
        assertThat(AuditLabels.target(AuditAction.COACHING_RECORD_SHARED, uuid, Locale.ENGLISH)).isEqualTo("A coaching record");
        assertThat(AuditLabels.target(AuditAction.ASSESSMENT_READ, uuid, Locale.ENGLISH)).isEqualTo("An assessment");
        assertThat(AuditLabels.target(AuditAction.ASSESSMENTS_LISTED, null, Locale.ENGLISH)).isEqualTo("—");
        assertThat(AuditLabels.target(AuditAction.SIGN_IN_FAILED, "emmma", Locale.ENGLISH)).isEqualTo("Username “emmma”");
        assertThat(AuditLabels.target(AuditAction.SIGNED_IN, "emma", Locale.GERMAN)).isEqualTo("Konto emma");
        assertThat(AuditLabels.target(AuditAction.SETTING_CHANGED, "SECOND_LEADER_APPROVES_REVIEWS", Locale.ENGLISH))
                .isEqualTo("Setting \u201CA second leader must approve a review\u201D");
        assertThat(AuditLabels.target(AuditAction.SETTING_CHANGED, "A_SETTING_WITHOUT_WORDS", Locale.ENGLISH))
                .isEqualTo("Setting \u201CA_SETTING_WITHOUT_WORDS\u201D");
        assertThat(AuditLabels.target(AuditAction.RETENTION_SWEPT, "AUDIT_LOG", Locale.ENGLISH)).isEqualTo("Records: Audit log");
        assertThat(AuditLabels.target(AuditAction.RETENTION_PERIOD_CHANGED, "RECOVERY_CASES", Locale.GERMAN))
                .isEqualTo("Aufzeichnungen: Wiedergutmachungsfälle");
    }
}
