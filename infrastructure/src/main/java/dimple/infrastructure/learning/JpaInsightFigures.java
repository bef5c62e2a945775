package dimple.infrastructure.learning;

import dimple.domain.learning.InsightFigures;
import dimple.domain.learning.Lesson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Insight figures as aggregate SQL, in standard SQL every supported database takes: counts per group, never rows about people. */
@ApplicationScoped
public class JpaInsightFigures implements InsightFigures {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaInsightFigures() {
    }

    public JpaInsightFigures(EntityManager em) {
        this.em = em;
    }

    /** "and x.team_id in (?, ?)" for the teams, or nothing for the whole organisation. */
    private static String teams(LessonSql sql, String column, Collection<String> teamIds) {
        if (teamIds == null) {
            return "";
        }
        StringBuilder in = new StringBuilder();
        for (String id : teamIds) {
            in.append(in.isEmpty() ? "" : ", ").append(sql.bind(id));
        }
        return " and " + column + " in (" + in + ")";
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MonthCount> reportsPerMonth(Collection<String> teamIds, Instant from, Instant to) {
        LessonSql sql = new LessonSql();
        String month = "extract(year from r.submitted_at), extract(month from r.submitted_at), r.kind";
        String q = "select " + month + ", count(*) from mistake_report r"
                + " where r.submitted_at >= " + sql.bind(at(from)) + " and r.submitted_at < " + sql.bind(at(to))
                + " and r.status <> 'WITHDRAWN'" + teams(sql, "r.team_id", teamIds) + " group by " + month + " order by " + month;
        List<MonthCount> counts = new ArrayList<>();
        for (Object[] row : (List<Object[]>) sql.query(em, q).getResultList()) {
            counts.add(new MonthCount(String.format("%04d-%02d", ((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    String.valueOf(row[2]), ((Number) row[3]).longValue()));
        }
        return counts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Double> daysFromReportToLesson(Collection<String> teamIds, Instant from, Instant to) {
        LessonSql sql = new LessonSql();
        String q = "select min(r.submitted_at), l.published_at from lesson l join mistake_report r on r.review_id = l.review_id"
                + " where l.published_at >= " + sql.bind(at(from)) + " and l.published_at < " + sql.bind(at(to))
                + teams(sql, "l.team_id", teamIds) + " group by l.id, l.published_at";
        List<Double> days = new ArrayList<>();
        for (Object[] row : (List<Object[]>) sql.query(em, q).getResultList()) {
            Instant reported = instant(row[0]);
            Instant published = instant(row[1]);
            days.add(Math.max(0, ChronoUnit.MINUTES.between(reported, published)) / 1440.0);
        }
        return days;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return OffsetDateTime.parse(String.valueOf(value)).toInstant();
    }

    @Override
    public ActionTimeliness actionTimeliness(Collection<String> teamIds, Instant from, Instant to) {
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC).minusDays(1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LessonSql sql = new LessonSql();
        // due in the range and either done or already past due: the ones that could be on time
        String q = "select count(*),"
                + " sum(case when a.status = 'DONE' and cast(a.closed_at as date) <= a.due_date then 1 else 0 end),"
                + " sum(case when a.status = 'DONE' and cast(a.closed_at as date) > a.due_date then 1 else 0 end)"
                + " from action_item a where a.due_date >= " + sql.bind(first) + " and a.due_date <= " + sql.bind(last)
                + " and a.status <> 'NOT_DOING' and (a.status = 'DONE' or a.due_date < " + sql.bind(today) + ")"
                + teams(sql, "a.team_id", teamIds);
        Object[] row = (Object[]) sql.query(em, q).getSingleResult();
        return new ActionTimeliness(number(row[1]), number(row[2]), number(row[0]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Long> recoveryOutcomes(Collection<String> teamIds, Instant from, Instant to) {
        LessonSql sql = new LessonSql();
        String q = "select coalesce(c.outcome, 'UNKNOWN'), count(*) from recovery_case c where c.status = 'CLOSED' and c.closed_at >= "
                + sql.bind(at(from)) + " and c.closed_at < " + sql.bind(at(to)) + teams(sql, "c.team_id", teamIds)
                + " group by coalesce(c.outcome, 'UNKNOWN')";
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) sql.query(em, q).getResultList()) {
            outcomes.put(String.valueOf(row[0]), number(row[1]));
        }
        return outcomes;
    }

    @Override
    public long repeatMistakes(Collection<String> teamIds, Instant from, Instant to) {
        LessonSql sql = new LessonSql();
        return sql.count(em, "select count(*) from report_lesson_match m where m.matched_at >= " + sql.bind(at(from))
                + " and m.matched_at < " + sql.bind(at(to)) + teams(sql, "m.team_id", teamIds));
    }

    @Override
    public long reportsWithoutRecoveryCase(Collection<String> teamIds, Instant from, Instant to, Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        LessonSql sql = new LessonSql();
        StringBuilder in = new StringBuilder();
        for (String kind : kinds) {
            in.append(in.isEmpty() ? "" : ", ").append(sql.bind(kind));
        }
        return sql.count(em, "select count(*) from mistake_report r where r.submitted_at >= " + sql.bind(at(from))
                + " and r.submitted_at < " + sql.bind(at(to)) + " and r.status not in ('WITHDRAWN', 'DUPLICATE') and r.kind in (" + in + ")"
                + teams(sql, "r.team_id", teamIds) + " and not exists (select 1 from recovery_case c where c.report_id = r.id)");
    }

    @Override
    public List<Lesson> mostEndorsed(Collection<String> teamIds, Instant from, Instant to, int max) {
        LessonSql sql = new LessonSql();
        String q = "select l.id from lesson l where " + LessonSql.CURRENT + " and l.endorsement_count > 0 and l.published_at >= "
                + sql.bind(at(from)) + " and l.published_at < " + sql.bind(at(to)) + teams(sql, "l.team_id", teamIds)
                + " order by l.endorsement_count desc, l.published_at desc, l.id" + sql.first(max);
        return LessonSql.load(em, sql.ids(em, q));
    }

    @Override
    public void recordRepeat(String reportId, String lessonId, String teamId, Instant at) {
        em.flush();
        em.createNativeQuery("insert into report_lesson_match (report_id, lesson_id, team_id, matched_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, reportId).setParameter(2, lessonId).setParameter(3, teamId).setParameter(4, at(at)).executeUpdate();
    }
}
