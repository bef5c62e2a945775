package dimple.application.coaching;

import java.time.Instant;
import java.time.LocalDate;

/** One assessment, for the assessor, the person assessed and HR. Never shown on the learning side. */
public record AssessmentView(String id, String reportId, String reportNumber, String subject, String subjectName, String assessor,
                             String assessorName, String team, String reason, TestsView tests, String behaviour, String response,
                             boolean selfReportCredit, Instant assessedAt, LocalDate retainUntil) implements java.io.Serializable {
    public record TestsView(boolean deliberateHarm, boolean health, boolean foresight, boolean substitution) implements java.io.Serializable {
    }
}
