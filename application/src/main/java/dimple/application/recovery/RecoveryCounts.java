package dimple.application.recovery;

/** How many recoveries the signed-in person should look at: overdue, and due within 48 hours. */
public record RecoveryCounts(long overdue, long dueSoon) {
    public long total() {
        return overdue + dueSoon;
    }
}
