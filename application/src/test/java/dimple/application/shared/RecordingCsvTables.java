package dimple.application.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Keeps the tables written, headings first, as lists of cells (null cells as written). */
public class RecordingCsvTables implements CsvTables {
    public final List<List<String>> rows = new ArrayList<>();
    public int flushes;

    @Override
    public CsvTable open(OutputStream out, List<String> headings) {
        rows.add(List.copyOf(headings));
        return new CsvTable() {
            @Override
            public void row(List<String> cells) throws IOException {
                out.write(1);
                rows.add(new ArrayList<>(cells));
            }

            @Override
            public void flush() {
                flushes++;
            }
        };
    }

    public List<String> headings() {
        return rows.get(0);
    }

    public List<List<String>> body() {
        return rows.subList(1, rows.size());
    }
}
