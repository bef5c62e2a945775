package dimple.application.learning;

import dimple.domain.shared.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Learning-health insights of a scope (a team, the teams one leads, or the organisation), aggregated
 * only. {@code reportsPerMonth}: month ("2026-11") to kind to count; {@code reportingTrend}: RISING,
 * STEADY or FALLING (a rising reporting rate is good news); shares are percentages; {@code
 * medianDaysToLesson} is null without lessons; {@code actionsOnTimePercent} null without due actions;
 * {@code reportsWithoutRecoveryCase}: reports of a kind that needs a recovery case that name no affected customer (docs/adr/0051).
 */
public record InsightsView(Message scope, LocalDate from, LocalDate to, long reports, Map<String, Map<String, Long>> reportsPerMonth,
                           String reportingTrend, double nearMissAndGoodCatchPercent, Double medianDaysToLesson,
                           long actionsDue, long actionsOnTime, long actionsLate, Double actionsOnTimePercent,
                           Map<String, Long> recoveryOutcomes, long repeatMistakes, double repeatMistakePercent,
                           List<LessonCard> mostEndorsed, List<String> teams, long reportsWithoutRecoveryCase) implements java.io.Serializable {
    public InsightsView {
        reportsPerMonth = Map.copyOf(reportsPerMonth);
        recoveryOutcomes = Map.copyOf(recoveryOutcomes);
        mostEndorsed = List.copyOf(mostEndorsed);
        teams = List.copyOf(teams);
    }
}
