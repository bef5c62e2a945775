package dimple.application.learning;

import dimple.domain.learning.InsightFigures;
import dimple.domain.learning.Lesson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Insight figures as a test sets them: whatever the fields hold is answered, whatever the scope. */
public class InMemoryInsightFigures implements InsightFigures {
    public final List<MonthCount> months = new ArrayList<>();
    public final List<Double> days = new ArrayList<>();
    public ActionTimeliness actions = new ActionTimeliness(0, 0, 0);
    public final Map<String, Long> outcomes = new LinkedHashMap<>();
    public final List<String> repeats = new ArrayList<>();
    public final List<Lesson> endorsed = new ArrayList<>();
    public Collection<String> lastTeams;
    /** Answered for any kinds asked; the kinds asked are kept in {@link #lastKinds}. */
    public long withoutRecoveryCase;
    public Collection<String> lastKinds;

    @Override
    public long reportsWithoutRecoveryCase(Collection<String> teamIds, Instant from, Instant to, Collection<String> kinds) {
        lastKinds = List.copyOf(kinds);
        return kinds.isEmpty() ? 0 : withoutRecoveryCase;
    }

    @Override
    public List<MonthCount> reportsPerMonth(Collection<String> teamIds, Instant from, Instant to) {
        lastTeams = teamIds;
        return months;
    }

    @Override
    public List<Double> daysFromReportToLesson(Collection<String> teamIds, Instant from, Instant to) {
        return days;
    }

    @Override
    public ActionTimeliness actionTimeliness(Collection<String> teamIds, Instant from, Instant to) {
        return actions;
    }

    @Override
    public Map<String, Long> recoveryOutcomes(Collection<String> teamIds, Instant from, Instant to) {
        return outcomes;
    }

    @Override
    public long repeatMistakes(Collection<String> teamIds, Instant from, Instant to) {
        return repeats.size();
    }

    @Override
    public List<Lesson> mostEndorsed(Collection<String> teamIds, Instant from, Instant to, int max) {
        return endorsed;
    }

    @Override
    public void recordRepeat(String reportId, String lessonId, String teamId, Instant at) {
        repeats.add(reportId);
    }
}
