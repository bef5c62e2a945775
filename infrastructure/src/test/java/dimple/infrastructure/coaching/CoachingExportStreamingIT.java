package dimple.infrastructure.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.coaching.ExportFormat;
import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.ExportHeading;
import dimple.domain.coaching.CoachingRecordQuery;
import java.io.OutputStream;
import java.time.ZoneId;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An export of 30 000 records streams: the heap in use after garbage collection, sampled while the
 * file is being written, stays within a bound far below what holding the records would take
 * (30 000 records of about a kilobyte of text each are some 60 MB as Java strings; a streaming export grows the
 * heap by a few megabytes, and by no more with 100 000 records, as measured before the count was lowered to keep
 * the build short)
 */
class CoachingExportStreamingIT {
    private static final int RECORDS = 30_000;
    /** Generous: a chunk of 500 records, the writers' buffers and the JDBC/EclipseLink machinery. */
    private static final long BOUND = 16L * 1024 * 1024;

    private final CoachingWorld w = new CoachingWorld();

    @AfterEach
    void drop() throws Exception {
        w.close();
    }

    @Test
    void export_30000Records_asCsvAndXlsx_keepsTheHeapFlat() throws Exception {
        try (Connection connection = w.db.connection()) {
            GeneratedRecords.insert(connection, RECORDS, w.emma.id(), w.lena.id(), w.frontDesk.id());
        }
        ExportHeading heading = new ExportHeading(CoachingFilter.everything(), "Hana HR (hana)", CoachingWorld.T0, ZoneId.of("UTC"));

        for (ExportFormat format : new ExportFormat[] {ExportFormat.CSV, ExportFormat.XLSX}) {
            // About a dozen samples each: the CSV is some 33 MB, the compressed XLSX some 4.5 MB.
            HeapSampler out = new HeapSampler(format == ExportFormat.CSV ? 2048 : 384);
            long started = System.nanoTime();
            long rows = w.db.inTransaction(em -> new JpaCoachingExporter(em).write(CoachingRecordQuery.visibleTo(w.hr()), format, heading, EnglishWords.EXPORT, out));
            long millis = (System.nanoTime() - started) / 1_000_000;

            System.out.printf("%s export of %,d records: %,d bytes in %,d ms; heap after GC: baseline %,d KB, peak growth %,d KB over %d samples%n",
                    format, rows, out.bytes, millis, out.baseline / 1024, out.peakGrowth() / 1024, out.samples);
            assertThat(rows).isEqualTo(RECORDS);
            assertThat(out.samples).as("samples taken while writing").isGreaterThanOrEqualTo(5);
            assertThat(out.peakGrowth()).as("%s heap growth while exporting", format).isLessThan(BOUND);
        }
    }

    /** Counts the bytes and, every few megabytes written, collects garbage and notes the heap still in use. */
    private static final class HeapSampler extends OutputStream {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final long every;
        final long baseline;
        long bytes;
        long peak;
        int samples;
        private long nextSample;

        HeapSampler(int everyKilobytes) {
            every = everyKilobytes * 1024L;
            nextSample = every;
            baseline = usedAfterGc();
            peak = baseline;
        }

        private long usedAfterGc() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        long peakGrowth() {
            return Math.max(0, peak - baseline);
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            count(length);
        }

        private void count(int n) {
            bytes += n;
            if (bytes >= nextSample) {
                nextSample += every;
                peak = Math.max(peak, usedAfterGc());
                samples++;
            }
        }
    }
}
