package dimple.domain.coaching;

/** How the employee answered a shared coaching record; kept after the record is closed. */
public enum EmployeeResponse {
    ACKNOWLEDGED,
    DECLINED
}
