package dimple.application.coaching;

import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An exporter that writes one line per record (id, topic, status) and remembers what it was asked;
 * it can be told to fail after some records, as a client that goes away would make it.
 */
public class RecordingExporter implements CoachingExporter {
    private final InMemoryCoachingRecords records;
    public CoachingRecordQuery lastQuery;
    public ExportFormat lastFormat;
    public ExportHeading lastHeading;
    public ExportWords lastWords;
    public int failAfter = -1;

    public RecordingExporter(InMemoryCoachingRecords records) {
        this.records = records;
    }

    @Override
    public long write(CoachingRecordQuery query, ExportFormat format, ExportHeading heading, ExportWords words, OutputStream out) {
        lastQuery = query;
        lastWords = words;
        lastFormat = format;
        lastHeading = heading;
        List<CoachingRecord> rows = records.matching(query);
        long written = 0;
        try {
            for (CoachingRecord r : rows) {
                if (written == failAfter) {
                    throw new IOException("Broken pipe");
                }
                out.write((r.id() + "|" + r.topic() + "|" + r.status() + "\n").getBytes(StandardCharsets.UTF_8));
                written++;
            }
        } catch (IOException e) {
            throw new ExportInterrupted(written, e);
        }
        return written;
    }
}
