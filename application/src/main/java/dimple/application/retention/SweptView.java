package dimple.application.retention;

/** What one run of the sweep did to one kind of record. */
public record SweptView(String recordType, String treatment, int count, int batches) {
}
