package dimple.application.review;

import java.time.Instant;
import java.util.List;

/**
 * A review as leaders of its team, its facilitator and its participants see it. It never says who
 * filed the reports it covers.
 *
 * @param why why it happened (the candour statement is whatHappened, why, howFixed)
 * @param returnReason why it last went back to drafting
 * @param hints blaming or hindsight phrases in its free-text fields
 * @param reportsVisible the viewer may open the reports it covers (a leader of the team)
 * @param mayEdit the viewer may change it (a leader of the team or the facilitator, while it is not published)
 * @param nextStates the states the viewer may move it to now
 * @param lessonId the lesson it became, once published; {@code lesson} has its text
 * @param firstApprovedBy where a second leader must approve: the leader who approved first (null until one did)
 * @param firstApprovedAt when that first approval was given
 * @param version changes with every change of the review itself; the API sends it as the ETag
 */
public record ReviewView(String id, String status, String title, String summary, String takeaway, List<String> tags, String team,
                         List<ReportLink> reports, PersonView facilitator, List<PersonView> participants, String whatHappened, String why,
                         String howFixed, String wentWell, String wentWrong, String gotLucky, String noActionReason, String returnReason,
                         List<TimelineEntryView> timeline, List<FactorView> factors, List<ActionView> actions, List<ReviewHint> hints,
                         Instant openedAt, Instant updatedAt, Instant approvedAt, Instant publishedAt, String lessonId,
                         LessonSummary lesson, boolean reportsVisible, boolean mayEdit, List<String> nextStates,
                         PersonView firstApprovedBy, Instant firstApprovedAt, long version) implements java.io.Serializable {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /** Timeline moments, factors and actions are corrected and taken out by those who edit it, while it is drafting. */
    public boolean mayCorrect() {
        return mayEdit && "DRAFTING".equals(status);
    }

    /** A first leader approved it and it waits for a second one. */
    public boolean awaitsSecondApproval() {
        return "IN_REVIEW".equals(status) && firstApprovedBy != null;
    }

    /** The hints found in one field. */
    public List<ReviewHint> hintsFor(String field) {
        return hints.stream().filter(h -> h.field().equals(field)).toList();
    }
}
