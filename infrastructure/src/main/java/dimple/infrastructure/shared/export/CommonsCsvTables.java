package dimple.infrastructure.shared.export;

import dimple.application.shared.CsvTables;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** CSV files with Apache Commons CSV, every cell formula-safe ({@link CsvTableWriter}). */
@ApplicationScoped
public class CommonsCsvTables implements CsvTables {
    @Override
    public CsvTable open(OutputStream out, List<String> headings) throws IOException {
        return CsvTableWriter.open(out, headings);
    }
}
