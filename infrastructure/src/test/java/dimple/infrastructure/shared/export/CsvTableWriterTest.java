package dimple.infrastructure.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {
    @Test
    void aTable_isUtf8WithAByteOrderMark_rfc4180_andNoCellReadsAsAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter table = CsvTableWriter.open(out, List.of("Receipt", "=Title"));
        table.row(List.of("R-2026-000001", "=HYPERLINK(\"http://evil.example\",\"click\")"));
        table.row(Arrays.asList("R-2026-000002", null));
        table.row(List.of("+41 44", "Café, \"quoted\"\nsecond line"));
        table.row(List.of("\tTab", "\r=1"));
        table.flush();

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("Receipt,'=Title\r\n"
                + "R-2026-000001,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n"
                + "R-2026-000002,\r\n"
                + "'+41 44,\"Café, \"\"quoted\"\"\nsecond line\"\r\n"
                + "'\tTab,\"'\r=1\"\r\n");
    }
}
