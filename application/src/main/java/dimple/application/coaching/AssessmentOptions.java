package dimple.application.coaching;

import java.util.List;

/** What the assessment form offers the leader: the people they may assess and the named reports of their teams. */
public record AssessmentOptions(List<PersonOption> people, List<ReportOption> reports) implements java.io.Serializable {
}
