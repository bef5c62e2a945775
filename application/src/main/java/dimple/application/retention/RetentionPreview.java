package dimple.application.retention;

import java.time.LocalDate;
import java.util.List;

/** What the sweep would do if it ran on {@code day}, one line per kind of record. */
public record RetentionPreview(LocalDate day, List<DueView> types) implements java.io.Serializable {
}
