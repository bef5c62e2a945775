package dimple.infrastructure.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The outbox messages written by the use case running in this thread, so that they can be handed on
 * as soon as it commits ({@link OutboxDeliveryInterceptor}). Only while such a use case runs; messages
 * written anywhere else wait for the scheduled run.
 */
final class WrittenHere {
    private static final ThreadLocal<List<Long>> WRITTEN = new ThreadLocal<>();

    private WrittenHere() {
    }

    /** Starts collecting; false when this thread collects already (a nested use case). */
    static boolean open() {
        if (WRITTEN.get() != null) {
            return false;
        }
        WRITTEN.set(new ArrayList<>());
        return true;
    }

    static void add(long position) {
        List<Long> written = WRITTEN.get();
        if (written != null) {
            written.add(position);
        }
    }

    /** What was written since {@link #open}, in order; collecting stops. */
    static List<Long> take() {
        List<Long> written = WRITTEN.get();
        WRITTEN.remove();
        return written == null ? List.of() : written;
    }
}
