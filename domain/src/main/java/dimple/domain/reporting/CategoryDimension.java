package dimple.domain.reporting;

/** Which fixed enumeration of a report a category belongs to: its kind ({@link ReportKind}) or its customer impact ({@link CustomerImpact}). */
public enum CategoryDimension {
    KIND, IMPACT;

    /** The enumeration's values as the API spells them, in their order. */
    public java.util.List<String> keys() {
        Enum<?>[] values = this == KIND ? ReportKind.values() : CustomerImpact.values();
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
