package dimple.application.reporting;

import dimple.domain.reporting.ReceiptNumbers;
import java.util.HashMap;
import java.util.Map;

/** A counter per year, like the receipt_counter table. */
public class InMemoryReceiptNumbers implements ReceiptNumbers {
    private final Map<Integer, Long> last = new HashMap<>();

    @Override
    public long next(int year) {
        return last.merge(year, 1L, Long::sum);
    }

    /** How many numbers were handed out, all years together. */
    public long used() {
        return last.values().stream().mapToLong(Long::longValue).sum();
    }
}
