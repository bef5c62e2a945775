package dimple.domain.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: the aggregated figures of learning health for a set of teams (or the whole organisation when
 * {@code teamIds} is null) over [from, to). Counts only: never a person, a narrative or anything of the
 * accountability lane.
 */
public interface InsightFigures {
    /** Reports submitted per month ("2026-11") and kind. */
    List<MonthCount> reportsPerMonth(Collection<String> teamIds, Instant from, Instant to);

    /** For each lesson published in the range: days from its (first) report's submission to publication. */
    List<Double> daysFromReportToLesson(Collection<String> teamIds, Instant from, Instant to);

    /** Action items due in the range: how many were done by their due date, done late, and how many in all. */
    ActionTimeliness actionTimeliness(Collection<String> teamIds, Instant from, Instant to);

    /**
     * Recovery cases closed in the range, per outcome ("UNKNOWN" when none was given). Open cases are left out:
     * their outcome is not settled yet.
     */
    Map<String, Long> recoveryOutcomes(Collection<String> teamIds, Instant from, Instant to);

    /**
     * Reports submitted in the range, of one of these kinds (those that need a recovery case), that name no affected
     * customer and so have no recovery case; withdrawn reports and duplicates are left out. None when no kind is given.
     */
    long reportsWithoutRecoveryCase(Collection<String> teamIds, Instant from, Instant to, Collection<String> kinds);

    /** Reports submitted in the range that matched an existing lesson when they were submitted. */
    long repeatMistakes(Collection<String> teamIds, Instant from, Instant to);

    /** The most endorsed current lessons of the teams, published in the range. */
    List<Lesson> mostEndorsed(Collection<String> teamIds, Instant from, Instant to, int max);

    /** Remembers that a report matched an existing lesson when it was submitted (a repeat mistake). */
    void recordRepeat(String reportId, String lessonId, String teamId, Instant at);

    record MonthCount(String month, String kind, long count) {
    }

    record ActionTimeliness(long onTime, long late, long due) {
    }
}
