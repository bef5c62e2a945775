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
 * An export of 100 000 records streams: the heap in use after garbage collection, sampled while the
 * file is being written, stays within a bound far below what holding the records would take
 * (100 000 records of about a kilobyte of text each are some 200 MB as Java strings).
 */
class CoachingExportStreamingIT {
    private static final int RECORDS = 100_000;
    /** Generous: a chunk of 500 records, the writers' buffers and the JDBC/EclipseLink machinery. */
    private static final long BOUND = 48L * 1024 * 1024;

    private final CoachingWorld w = new CoachingWorld();

    @AfterEach
    void drop() throws Exception {
        w.close();
    }

    @Test
    void export_100000Records_asCsvAndXlsx_keepsTheHeapFlat() throws Exception {
        try (Connection connection = w.db.connection()) {
            GeneratedRecords.insert(connection, RECORDS, w.emma.id(), w.lena.id(), w.frontDesk.id());
        }
        ExportHeading heading = new ExportHeading(CoachingFilter.everything(), "Hana HR (hana)", CoachingWorld.T0, ZoneId.of("UTC"));

        for (ExportFormat format : new ExportFormat[] {ExportFormat.CSV, ExportFormat.XLSX}) {
            // About a dozen samples each: the CSV is some 110 MB, the compressed XLSX some 15 MB.
            HeapSampler out = new HeapSampler(format == ExportFormat.CSV ? 8 : 1);
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

        HeapSampler(int everyMegabytes) {
            every = everyMegabytes * 1024L * 1024;
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
