package dimple.domain.coaching;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A restricted Just Culture assessment of one person's behaviour, opened by a leader of their team on
 * a named report: the reason, the four tests, the behaviour found and the response chosen, and whether
 * the person reported their own mistake in time (recorded in their favour). Seen by the assessor, the
 * person assessed and HR only; never on the learning side. Written once, then only read and, after its
 * retention date, deleted.
 */
@Entity
@Table(name = "assessment")
public class Assessment {
    public static final int MAX_REASON = AssessmentReason.MAX;
    /** How long an assessment is kept unless the leader says otherwise. */
    public static final Period DEFAULT_RETENTION = Period.ofYears(2);

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "report_id", nullable = false, length = 36)
    private String reportId;

    @Column(name = "report_number", length = 20)
    private String reportNumber;

    @Column(name = "subject_account_id", nullable = false, length = 36)
    private String subjectAccountId;

    @Column(name = "assessor_account_id", nullable = false, length = 36)
    private String assessorAccountId;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(nullable = false, length = 2 * MAX_REASON)
    private String reason;

    @Embedded
    private FourTests tests;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Behaviour behaviour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Response response;

    @Column(name = "self_report_credit", nullable = false)
    private boolean selfReportCredit;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "retain_until", nullable = false)
    private LocalDate retainUntil;

    @Version
    private long version;

    protected Assessment() {
    }

    /**
     * Records an assessment. The caller has checked that the assessor leads {@code teamId} and that the
     * person belongs to it.
     *
     * @param retainUntil the last day it is kept, or null for {@link #DEFAULT_RETENTION} after today
     * @throws ConfidentialReportsAreNotAssessed when the report is confidential
     * @throws NobodyAssessesThemselves when the assessor is the person assessed
     */
    public static Assessment record(AssessedReport report, String subjectAccountId, String assessorAccountId, String teamId, String reason,
                                    FourTests tests, Behaviour behaviour, Response response, LocalDate retainUntil, Instant at) {
        Objects.requireNonNull(report);
        if (report.confidential()) {
            throw new ConfidentialReportsAreNotAssessed();
        }
        if (Objects.requireNonNull(subjectAccountId).equals(assessorAccountId)) {
            throw new NobodyAssessesThemselves();
        }
        String cleanReason = AssessmentReason.of(reason).text();
        LocalDate today = at.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate keepUntil = retainUntil == null ? today.plus(DEFAULT_RETENTION) : retainUntil;
        if (!keepUntil.isAfter(today)) {
            throw new IllegalArgumentException("the retention date must be after the day of the assessment");
        }
        Assessment assessment = new Assessment();
        assessment.id = Ids.newId();
        assessment.reportId = report.reportId();
        assessment.reportNumber = report.number();
        assessment.subjectAccountId = subjectAccountId;
        assessment.assessorAccountId = Objects.requireNonNull(assessorAccountId);
        assessment.teamId = Objects.requireNonNull(teamId);
        assessment.reason = cleanReason;
        assessment.tests = Objects.requireNonNull(tests);
        assessment.behaviour = Objects.requireNonNull(behaviour);
        assessment.response = Objects.requireNonNull(response);
        assessment.selfReportCredit = report.isTimelySelfReportBy(subjectAccountId);
        assessment.assessedAt = Objects.requireNonNull(at);
        assessment.retainUntil = keepUntil;
        return assessment;
    }

    /** The assessor (while they lead the team), the person assessed and HR; nobody else. */
    public boolean isVisibleTo(CoachingViewer viewer) {
        return viewer.readsAll() || subjectAccountId.equals(viewer.accountId()) || viewer.isLeadingAuthor(assessorAccountId, teamId);
    }

    public boolean isAbout(String accountId) {
        return subjectAccountId.equals(accountId);
    }

    /** Kept through its retention date, deleted on any later day. */
    public boolean isPastRetentionOn(LocalDate today) {
        return retainUntil.isBefore(today);
    }

    public String id() {
        return id;
    }

    public String reportId() {
        return reportId;
    }

    public String reportNumber() {
        return reportNumber;
    }

    public String subjectAccountId() {
        return subjectAccountId;
    }

    public String assessorAccountId() {
        return assessorAccountId;
    }

    public String teamId() {
        return teamId;
    }

    public String reason() {
        return reason;
    }

    public FourTests tests() {
        return tests;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    public Response response() {
        return response;
    }

    public boolean selfReportCredit() {
        return selfReportCredit;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public LocalDate retainUntil() {
        return retainUntil;
    }

    public long version() {
        return version;
    }
}
