package dimple.infrastructure.coaching;

import dimple.application.coaching.CoachingExporter;
import dimple.application.coaching.ExportFormat;
import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportInterrupted;
import dimple.application.coaching.ExportWords;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.infrastructure.shared.metrics.Meters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Streams the coaching records of a query into a CSV, XLSX or PDF file, in the order of HR's list on
 * screen (newest day first, then the latest written, then by id). The records are read as a projection
 * (no entities) in chunks of {@value #CHUNK}, with a keyset instead of an offset: the rest of the last
 * row's moment after its id, the rest of its day, then the earlier days. Each step is a range scan of the
 * index on (held_on desc, created_at desc, id), so each chunk costs the same however far the export has
 * got. The lessons of a chunk come in one query; names of people and teams and titles of lessons are
 * fetched when first met and kept for the export (bounded by the organisation, not by the number of
 * records). Each chunk is written and flushed, then the persistence context is cleared, so memory
 * stays flat however many records there are. The stream is left open for its owner.
 */
@ApplicationScoped
public class JpaCoachingExporter implements CoachingExporter {
    static final int CHUNK = 500;
    private static final String SELECT = "select r.id, r.employeeAccountId, r.coachAccountId, r.teamId, r.heldOn, r.topic, r.expectation, "
            + "r.observations, r.agreedActions, r.followUpOn, r.status, r.sharedAt, r.employeeResponse, r.employeeComment, r.respondedAt, "
            + "r.closedAt, r.retainUntil, r.assessmentId, r.createdAt from CoachingRecord r where ";
    private static final String ORDER = " order by r.heldOn desc, r.createdAt desc, r.id";

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    MeterRegistry meters = Meters.registry();

    public JpaCoachingExporter() {
    }

    public JpaCoachingExporter(EntityManager em) {
        this.em = em;
    }

    /**
     * Also counts and times the export for the operator's metrics ({@code dimple_exports_seconds{kind, format, outcome}}):
     * completed ({@code ok}), cut off part-way ({@code interrupted}, as when the download is abandoned) or {@code failed}.
     */
    @Override
    public long write(CoachingRecordQuery query, ExportFormat format, ExportHeading heading, ExportWords words, OutputStream out) {
        Tags tags = Tags.of("kind", "coaching", "format", format.name().toLowerCase(Locale.ROOT));
        return Meters.timed(meters, "dimple.exports", "Exports by kind and format", tags, e -> e instanceof ExportInterrupted ? "interrupted" : "failed",
                () -> records(query, format, heading, words, out));
    }

    private long records(CoachingRecordQuery query, ExportFormat format, ExportHeading heading, ExportWords words, OutputStream out) {
        OutputStream shielded = CloseShieldOutputStream.wrap(out);
        CoachingQueries where = CoachingQueries.of(query);
        long written = 0;
        try {
            ExportWording wording = new ExportWording(words, heading);
            RowWriter rows = switch (format) {
                case CSV -> new CsvRowWriter(shielded, wording);
                case XLSX -> new XlsxRowWriter(shielded, wording);
                case PDF -> new PdfRowWriter(shielded, wording);
            };
            rows.begin(heading);
            Object[] last = null;
            Names names = new Names(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            while (true) {
                List<Object[]> chunk = chunkAfter(where, last);
                if (chunk.isEmpty()) {
                    break;
                }
                namesOf(chunk, names);
                for (Object[] row : chunk) {
                    rows.row(toRow(row, names));
                    written++;
                }
                rows.flush();
                last = chunk.get(chunk.size() - 1);
                em.clear();
                if (chunk.size() < CHUNK) {
                    break;
                }
            }
            rows.end();
            shielded.flush();
            return written;
        } catch (IOException e) {
            throw new ExportInterrupted(written, e);
        } catch (UncheckedIOException e) {
            throw new ExportInterrupted(written, e.getCause());
        } catch (RuntimeException e) {
            if (causedByIo(e)) {
                throw new ExportInterrupted(written, e);
            }
            throw e;
        }
    }

    /**
     * The next {@value #CHUNK} rows after {@code last} (or the first ones): the rest of its moment after its
     * id, the rest of its day, then earlier days.
     */
    private List<Object[]> chunkAfter(CoachingQueries where, Object[] last) {
        if (last == null) {
            return rows(where, ORDER, null, null, null, CHUNK);
        }
        List<Object[]> chunk = new ArrayList<>(rows(where, " and r.heldOn = :lastHeld and r.createdAt = :lastCreated and r.id > :lastId"
                + " order by r.id", last[4], last[18], last[0], CHUNK));
        if (chunk.size() < CHUNK) {
            chunk.addAll(rows(where, " and r.heldOn = :lastHeld and r.createdAt < :lastCreated order by r.createdAt desc, r.id", last[4],
                    last[18], null, CHUNK - chunk.size()));
        }
        if (chunk.size() < CHUNK) {
            chunk.addAll(rows(where, " and r.heldOn < :lastHeld" + ORDER, last[4], null, null, CHUNK - chunk.size()));
        }
        return chunk;
    }

    private List<Object[]> rows(CoachingQueries where, String rest, Object lastHeld, Object lastCreated, Object lastId, int limit) {
        TypedQuery<Object[]> q = where.bind(em.createQuery(SELECT + where.conditions() + rest, Object[].class));
        if (lastHeld != null) {
            q.setParameter("lastHeld", lastHeld);
        }
        if (lastCreated != null) {
            q.setParameter("lastCreated", lastCreated);
        }
        if (lastId != null) {
            q.setParameter("lastId", lastId);
        }
        return q.setHint("eclipselink.jdbc.fetch-size", CHUNK).setMaxResults(limit).getResultList();
    }

    private record Names(Map<String, String[]> people, Map<String, String> teams, Map<String, TreeSet<String>> lessons,
                         Map<String, String> lessonTitles) {
    }

    /**
     * Adds the people, teams and lesson titles of this chunk not met before (they are few: an organisation's
     * people and lessons, not its records) and replaces the lessons with this chunk's, one query each.
     */
    private void namesOf(List<Object[]> chunk, Names names) {
        List<String> ids = new ArrayList<>(chunk.size());
        Set<String> people = new HashSet<>();
        Set<String> teams = new HashSet<>();
        for (Object[] row : chunk) {
            ids.add((String) row[0]);
            people.add((String) row[1]);
            people.add((String) row[2]);
            teams.add((String) row[3]);
        }
        people.removeAll(names.people().keySet());
        teams.removeAll(names.teams().keySet());
        if (!people.isEmpty()) {
            em.createQuery("select a.id, a.username, a.displayName from Account a where a.id in :ids", Object[].class)
                    .setParameter("ids", people).getResultList()
                    .forEach(a -> names.people().put((String) a[0], new String[] {(String) a[1], (String) a[2]}));
        }
        if (!teams.isEmpty()) {
            em.createQuery("select t.id, t.name from Team t where t.id in :ids", Object[].class)
                    .setParameter("ids", teams).getResultList()
                    .forEach(t -> names.teams().put((String) t[0], (String) t[1]));
        }
        names.lessons().clear();
        em.createQuery("select r.id, l from CoachingRecord r join r.lessonIds l where r.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.lessons().computeIfAbsent((String) row[0], k -> new TreeSet<>()).add((String) row[1]));
        Set<String> lessons = new HashSet<>();
        names.lessons().values().forEach(lessons::addAll);
        lessons.removeAll(names.lessonTitles().keySet());
        if (!lessons.isEmpty()) {
            em.createQuery("select l.id, l.title from Lesson l where l.id in :ids", Object[].class)
                    .setParameter("ids", lessons).getResultList()
                    .forEach(l -> names.lessonTitles().put((String) l[0], (String) l[1]));
        }
    }

    private static ExportRow toRow(Object[] r, Names names) {
        String[] employee = names.people().getOrDefault((String) r[1], new String[2]);
        String[] coach = names.people().getOrDefault((String) r[2], new String[2]);
        return new ExportRow((LocalDate) r[4], (String) r[5], employee[1], employee[0], names.teams().get((String) r[3]), coach[1], coach[0],
                name(r[10]), name(r[12]), (String) r[6], (String) r[7], (String) r[8], (LocalDate) r[9], lessonTitles(r, names),
                (Instant) r[11], (String) r[13], (Instant) r[14], (Instant) r[15], (LocalDate) r[16], (String) r[17], (String) r[0]);
    }

    /** The record's lessons by their titles, in order of title, "; " between them; a lesson that has gone by its id. */
    private static String lessonTitles(Object[] r, Names names) {
        TreeSet<String> ids = names.lessons().get((String) r[0]);
        if (ids == null) {
            return null;
        }
        return String.join("; ", ids.stream().map(id -> names.lessonTitles().getOrDefault(id, id)).sorted().toList());
    }

    private static String name(Object value) {
        return value == null ? null : ((Enum<?>) value).name();
    }

    private static boolean causedByIo(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
