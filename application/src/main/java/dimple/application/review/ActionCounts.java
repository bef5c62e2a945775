package dimple.application.review;

/** Numbers for the dashboard: the caller's open and overdue action items, and overdue ones of the teams they lead. */
public record ActionCounts(long mineOpen, long mineOverdue, long teamOverdue) {
}
