package dimple.domain.reporting;

/** What kind of event a report describes. Positive reports (a good catch) are first-class. */
public enum ReportKind {
    CUSTOMER_HARMED, NO_HARM, NEAR_MISS, UNSAFE_CONDITION, GOOD_CATCH
}
